using System.Net;
using System.Net.Http.Json;
using NarrativeAssist.Domain;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Api;

[Collection("api")]
public class RehearsalAndQaApiTests(SharedServer s)
{
    private static object Run(params int[] seconds) => new
    {
        kind = "wawancara-virtual",
        limitSeconds = 1200,
        slides = seconds.Select((x, i) => new { number = i + 1, title = $"Salindia {i + 1}", seconds = x }).ToArray(),
    };

    [Fact]
    public async Task Rehearsals_are_recorded_per_unit_and_listed_newest_first_with_the_count()
    {
        var unit = await s.Admin.CreateUnit("Latihan " + Guid.NewGuid().ToString("N")[..6]);
        var penulis = await s.Factory.Member(s.Admin, unit, "penulis", "MP");

        var first = await penulis.PostAsJsonAsync($"/api/units/{unit}/rehearsals", Run(300, 500, 520));
        first.StatusCode.Should().Be(HttpStatusCode.Created);
        (await first.Json()).GetProperty("totalSeconds").GetInt32().Should().Be(1320);
        await s.Admin.PostAsJsonAsync($"/api/units/{unit}/rehearsals", Run(280, 450, 400));
        await s.Admin.PostAsJsonAsync($"/api/units/{unit}/rehearsals", new { kind = "observasi-lapangan", slides = new[] { new { number = 1, title = "A", seconds = 400 } } });

        var list = await (await penulis.GetAsync($"/api/units/{unit}/rehearsals?kind=wawancara-virtual")).Json();
        list.GetProperty("count").GetInt32().Should().Be(2);
        list.GetProperty("expected").GetInt32().Should().Be(3);
        var items = list.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("totalSeconds").GetInt32()).Should().Equal(1130, 1320);
        items[1].GetProperty("fitsLimit").GetBoolean().Should().BeFalse();
        items[0].GetProperty("slides")[2].GetProperty("seconds").GetInt32().Should().Be(400);
        (await (await penulis.GetAsync($"/api/units/{unit}/rehearsals")).Json()).GetProperty("count").GetInt32().Should().Be(3);
        var fieldVisit = await (await penulis.GetAsync($"/api/units/{unit}/rehearsals?kind=observasi-lapangan")).Json();
        fieldVisit.GetProperty("items")[0].GetProperty("limitSeconds").GetInt32().Should().Be(600);
    }

    [Fact]
    public async Task Bad_rehearsals_and_outsiders_are_refused()
    {
        var unit = await s.Admin.CreateUnit("Latihan Buruk " + Guid.NewGuid().ToString("N")[..6]);
        await (await s.Admin.PostAsJsonAsync($"/api/units/{unit}/rehearsals", new { kind = "presentasi", slides = new[] { new { number = 1, seconds = 3 } } }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        await (await s.Admin.PostAsJsonAsync($"/api/units/{unit}/rehearsals", new { kind = "wawancara-virtual", slides = Array.Empty<object>() }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        await (await s.Admin.PostAsJsonAsync($"/api/units/{unit}/rehearsals", new { kind = "wawancara-virtual", slides = new[] { new { number = 1, seconds = -5 } } }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        var peninjau = await s.Factory.Member(s.Admin, unit, "peninjau");
        await (await peninjau.PostAsJsonAsync($"/api/units/{unit}/rehearsals", Run(10))).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        var outsider = await s.Factory.Member(s.Admin, await s.Admin.CreateUnit("Luar " + Guid.NewGuid().ToString("N")[..6]), "pimpinan");
        await (await outsider.GetAsync($"/api/units/{unit}/rehearsals")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        await (await outsider.GetAsync($"/api/units/{unit}/qa")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task The_unit_bank_starts_from_the_starter_bank_and_can_be_edited_extended_and_practised()
    {
        var unit = await s.Admin.CreateUnit("Bank " + Guid.NewGuid().ToString("N")[..6]);
        var bank = (await (await s.Admin.GetAsync($"/api/units/{unit}/qa")).Json()).GetProperty("items").EnumerateArray().ToList();
        bank.Should().HaveCount(BuiltInData.QaBank.Count);
        bank.Should().OnlyContain(q => q.GetProperty("source").GetString() == "bawaan");

        var mp = (await (await s.Admin.GetAsync($"/api/units/{unit}/qa?area=mp")).Json()).GetProperty("items").EnumerateArray().ToList();
        mp.Should().HaveCount(BuiltInData.QaBank.Count(q => q.Area == "MP")).And.OnlyContain(q => q.GetProperty("area").GetString() == "MP");

        var added = await s.Admin.PostAsJsonAsync($"/api/units/{unit}/qa", new { area = "PP", question = "Bagaimana antrean daring dipantau?" });
        added.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = (await added.Json()).GetProperty("id").GetGuid();
        var edited = await (await s.Admin.PutAsJsonAsync($"/api/units/{unit}/qa/{id}", new { area = "PP", question = "Bagaimana antrean daring dipantau setiap hari?" })).Json();
        edited.GetProperty("question").GetString().Should().EndWith("setiap hari?");
        edited.GetProperty("source").GetString().Should().Be("unit");

        var practice = await (await s.Admin.PostAsJsonAsync($"/api/units/{unit}/qa/{id}/practice", new { seconds = 95 })).Json();
        practice.GetProperty("practised").GetInt32().Should().Be(1);
        await s.Admin.PostAsJsonAsync($"/api/units/{unit}/qa/{id}/practice", new { seconds = 80 });
        var after = (await (await s.Admin.GetAsync($"/api/units/{unit}/qa?area=PP")).Json()).GetProperty("items").EnumerateArray()
            .Single(q => q.GetProperty("id").GetGuid() == id);
        after.GetProperty("practised").GetInt32().Should().Be(2);

        var starter = mp[0].GetProperty("id").GetGuid();
        (await s.Admin.DeleteAsync($"/api/units/{unit}/qa/{starter}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var again = (await (await s.Admin.GetAsync($"/api/units/{unit}/qa?area=MP")).Json()).GetProperty("items").EnumerateArray().ToList();
        again.Should().HaveCount(mp.Count - 1, "a deleted starter question is not copied again");
    }

    [Fact]
    public async Task Bad_questions_get_a_reason()
    {
        var unit = await s.Admin.CreateUnit("Bank Buruk " + Guid.NewGuid().ToString("N")[..6]);
        await (await s.Admin.PostAsJsonAsync($"/api/units/{unit}/qa", new { area = "XX", question = "Apa?" })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_area");
        await (await s.Admin.PostAsJsonAsync($"/api/units/{unit}/qa", new { area = "MP", question = " " })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        await (await s.Admin.PostAsJsonAsync($"/api/units/{unit}/qa/{Guid.NewGuid()}/practice", new { seconds = 10 })).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        await (await s.Admin.PostAsJsonAsync($"/api/units/{unit}/qa/{Guid.NewGuid()}/practice", new { })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        await (await s.Admin.GetAsync($"/api/units/{unit}/qa/reference")).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
    }

    [Fact]
    public async Task The_reference_answer_is_the_units_own_narratives_of_the_area()
    {
        var reference = await (await s.Admin.GetAsync($"/api/units/{s.SampleUnit}/qa/reference?area=MP")).Json();

        reference.GetProperty("name").GetString().Should().Be("Manajemen Perubahan");
        var narratives = reference.GetProperty("narratives").EnumerateArray().ToList();
        narratives.Should().NotBeEmpty();
        narratives.Should().OnlyContain(n => n.GetProperty("questionId").GetString()!.Contains(".MP."));
        narratives[0].GetProperty("text").GetString().Should().NotBeNullOrWhiteSpace();
    }
}
