using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Decks;
using NarrativeAssist.Domain.Profile;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Api;

[Collection("api")]
public class DeckApiTests(SharedServer s)
{
    private static readonly string SampleYaml = File.ReadAllText(RepoRoot.File("templates/units/contoh.yaml"));

    [Fact]
    public async Task Plan_of_the_sample_unit_has_the_timing_table_and_the_profile_warnings()
    {
        var plan = await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual", unitId = s.SampleUnit })).Json();

        var expected = DeckPlanner.Plan(DeckKind.WawancaraVirtual, UnitProfileParser.Parse(SampleYaml, BuiltInData.Catalog.AreaCodes), BuiltInData.Catalog);
        plan.GetProperty("kind").GetString().Should().Be("wawancara-virtual");
        plan.GetProperty("limitSeconds").GetInt32().Should().Be(1200);
        plan.GetProperty("totalSeconds").GetInt32().Should().Be(expected.TotalSeconds);
        plan.GetProperty("slides").EnumerateArray().Select(x => x.GetProperty("title").GetString()).Should().Equal(expected.Slides.Select(x => x.Title));
        plan.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).Should().Contain("indikator_tidak_membaik");
    }

    [Fact]
    public async Task Plan_from_a_profile_given_as_text_or_as_a_json_object()
    {
        var fromText = await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "observasi-lapangan", profile = SampleYaml })).Json();
        fromText.GetProperty("slides")[0].GetProperty("title").GetString().Should().Be("Selamat Datang di KPPN Contoh");

        var obj = new
        {
            unit = new { nama = "Balai Objek", instansi = "Kementerian Uji", predikat_target = "WBK", tahun_penilaian = 2025 },
            indikator_kinerja = new[] { new { nama = "Indeks Kepuasan", satuan = "indeks", nilai = new Dictionary<string, double> { ["2023"] = 3.1, ["2024"] = 3.4 } } },
        };
        var fromObject = await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual", profile = obj, wordsPerMinute = 100, limitMinutes = 15 })).Json();
        fromObject.GetProperty("title").GetString().Should().Contain("Balai Objek");
        fromObject.GetProperty("limitSeconds").GetInt32().Should().Be(900);
        fromObject.GetProperty("wordsPerMinute").GetInt32().Should().Be(100);
        fromObject.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).Should().Contain(["tanpa_testimoni", "tanpa_replikasi"]);
    }

    [Fact]
    public async Task Bad_profiles_get_field_level_Indonesian_messages()
    {
        var noName = SampleYaml.Replace("  nama: KPPN Contoh\n", "");
        var noNameProblem = await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual", profile = noName })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        noNameProblem.GetProperty("errors").EnumerateArray().Should().Contain(e => e.GetProperty("path").GetString() == "unit.nama");

        var badArea = SampleYaml.Replace("  - area: TL\n", "  - area: XY\n");
        var areaProblem = await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual", profile = badArea })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        areaProblem.GetProperty("detail").GetString().Should().Contain("XY");

        var textForNumber = SampleYaml.Replace("target: 3.5", "target: tinggi");
        var numberProblem = await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual", profile = textForNumber })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        numberProblem.GetProperty("errors").EnumerateArray().Should().Contain(e => e.GetProperty("path").GetString() == "indikator_kinerja[0].target");

        var bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n";
        await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual", profile = bomb })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");

        var huge = "kondisi_awal:\n" + string.Concat(Enumerable.Repeat("  - \"" + new string('x', 1000) + "\"\n", 5 * 1024));
        var tooLarge = await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual", profile = huge });
        tooLarge.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await tooLarge.Json()).GetProperty("detail").GetString().Should().Contain("terlalu besar");
    }

    [Fact]
    public async Task Bad_requests_are_4xx_with_a_reason()
    {
        await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "presentasi", unitId = s.SampleUnit })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual" })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual", unitId = s.SampleUnit, profile = SampleYaml })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual", profile = 42 })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        var wpm = await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual", unitId = s.SampleUnit, wordsPerMinute = 5 })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        wpm.GetProperty("detail").GetString().Should().Contain("kata per menit");
        await (await s.Admin.PostAsync("/api/decks/plan", new StringContent("{\"kind\": ", System.Text.Encoding.UTF8, "application/json"))).ShouldBeProblem(HttpStatusCode.BadRequest, "bad_request");

        var empty = await s.Admin.CreateUnit("Tanpa Profil " + Guid.NewGuid().ToString("N")[..6]);
        await (await s.Admin.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual", unitId = empty })).ShouldBeProblem(HttpStatusCode.BadRequest, "profile_missing");
        var other = await s.Admin.CreateUnit("Unit Lain " + Guid.NewGuid().ToString("N")[..6]);
        var outsider = await s.Factory.Member(s.Admin, other, "pimpinan");
        await (await outsider.PostAsJsonAsync("/api/decks/plan", new { kind = "wawancara-virtual", unitId = s.SampleUnit })).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
    }
}
