using System.Net;
using System.Net.Http.Json;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Library;

public class LibraryApiTests(LibraryServer s) : IClassFixture<LibraryServer>
{
    private const string Sensitive = "Kepala KPPN Contoh, Budi Santoso, telah membentuk tim penggerak inovasi melalui Surat Keputusan Kepala KPPN Contoh Nomor KEP-12/KPPN.0101/2024 "
        + "tanggal 8 Januari 2024. Koordinator Dewi Lestari dapat dihubungi di 0812-3456-7890 atau zi@kppn-contoh.go.id; anggaran kegiatan Rp 12.500.000. "
        + "Rencana kerja memuat target, jadwal, penanggung jawab dan pemantauan bulanan; hasil pemantauan dilaporkan kepada pimpinan setiap bulan.";

    [Fact]
    public async Task Built_in_starter_entries_are_listed_with_checklist_scores()
    {
        var narratives = await (await s.Admin.GetAsync("/api/library?kind=narasi")).Json();
        var builtIn = narratives.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("builtIn").GetBoolean()).ToList();
        builtIn.Should().HaveCount(87);
        builtIn.Should().OnlyContain(i => i.GetProperty("score").GetInt32() >= 70, "built-in templates, once filled in, are strong narratives");
        (await s.Admin.Ids("?kind=presentasi")).Should().Contain(["bawaan-biru-formal", "bawaan-kontras-tinggi"]);

        var one = await (await s.Admin.GetAsync("/api/library/bawaan-P.MP.1.a")).Json();
        one.GetProperty("questionIds").EnumerateArray().Select(x => x.GetString()).Should().Equal("P.MP.1.a");
        one.GetProperty("html").GetString().Should().Contain("<mark class=\"placeholder\">[nomor SK]</mark>");
        one.GetProperty("placeholders").EnumerateArray().Select(x => x.GetString()).Should().Contain("[nomor SK]");
        one.GetProperty("provenance").GetProperty("origin").GetString().Should().Be("bawaan");

        var byArea = await s.Admin.Ids("?area=MP&kind=narasi");
        byArea.Should().NotBeEmpty().And.OnlyContain(id => id.StartsWith("bawaan-P.MP.") || id.Length == 36);
        await (await s.Admin.GetAsync("/api/library/tidak-ada")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        await (await s.Factory.CreateClient().GetAsync("/api/library")).ShouldBeProblem(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Stemmed_query_ranks_the_template_about_forming_the_team_first()
    {
        var hits = await (await s.Admin.GetAsync("/api/library?q=pembentukan%20tim")).Json();
        var items = hits.GetProperty("items").EnumerateArray().ToList();
        items[0].GetProperty("id").GetString().Should().Be("bawaan-P.MP.1.a");
        items.Select(i => i.GetProperty("relevance").GetDouble()).Should().BeInDescendingOrder();
        // "dibentuk"/"membentuk" match "pembentukan": every hit holds both stems
        (await s.Admin.Ids("?q=membentuk%20tim")).Should().Contain("bawaan-P.MP.1.a");
        (await s.Admin.Ids("?q=pembentukan%20tim&questionId=P.MP.1.a")).Should().Equal("bawaan-P.MP.1.a");
        (await s.Admin.Ids("?q=zzzqqq")).Should().BeEmpty();
    }

    [Fact]
    public async Task Anonymize_is_a_preview_that_knows_the_unit()
    {
        var r = await (await s.Admin.PostAsJsonAsync("/api/library/anonymize", new { text = Sensitive, unitId = s.SampleUnit })).Json();
        var text = r.GetProperty("text").GetString()!;
        text.Should().NotContainAny("KPPN Contoh", "Budi Santoso", "Dewi Lestari", "KEP-12", "0812", "zi@", "12.500.000");
        text.Should().Contain("[nama unit]").And.Contain("[nama orang]").And.Contain("[nomor SK]").And.Contain("[nomor telepon]").And.Contain("[surel]").And.Contain("[jumlah rupiah]");
        r.GetProperty("replacements").EnumerateArray().Select(x => x.GetProperty("kind").GetString()).Distinct()
            .Should().BeEquivalentTo(["unit", "person", "decree", "phone", "email", "amount"]);
        r.GetProperty("replacements")[0].GetProperty("original").GetString().Should().Be("KPPN Contoh");

        // Without the unit only patterns are known; a stranger's unit is not disclosed.
        var plain = await (await s.Admin.PostAsJsonAsync("/api/library/anonymize", new { text = "Hubungi Bapak Joko di 021-3456789." })).Json();
        plain.GetProperty("text").GetString().Should().Be("Hubungi Bapak [nama orang] di [nomor telepon].");
        var other = await s.Admin.CreateUnit("Unit Lain Anonim");
        var stranger = await s.Factory.Member(s.Admin, other, "pimpinan");
        await (await stranger.PostAsJsonAsync("/api/library/anonymize", new { text = "x", unitId = s.SampleUnit })).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        await (await s.Admin.PostAsJsonAsync("/api/library/anonymize", new { })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
    }

    [Fact]
    public async Task Publishing_removes_names_decrees_and_phone_numbers_and_requires_the_review()
    {
        await s.Admin.SaveNarrative(s.SampleUnit, "P.MP.2.a", Sensitive);
        var pimpinan = await s.Factory.Member(s.Admin, s.SampleUnit, "pimpinan");

        var created = await pimpinan.PostAsJsonAsync("/api/library/drafts", new { unitId = s.SampleUnit, kind = "narasi", questionId = "P.MP.2.a", tags = new[] { "rencana kerja" } });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var draft = await created.Json();
        var id = draft.GetProperty("id").GetString()!;
        draft.GetProperty("status").GetString().Should().Be("draf");
        draft.GetProperty("original").GetString().Should().Be(Sensitive);
        var preview = draft.GetProperty("text").GetString()!;
        preview.Should().NotContainAny("Budi Santoso", "Dewi Lestari", "KEP-12/KPPN.0101/2024", "0812-3456-7890", "zi@kppn-contoh.go.id", "KPPN Contoh", "12.500.000");
        preview.Should().Contain("Surat Keputusan Kepala [nama unit] Nomor [nomor SK] tanggal 8 Januari 2024");
        draft.GetProperty("replacements").EnumerateArray().Should().Contain(x => x.GetProperty("original").GetString() == "Budi Santoso" && x.GetProperty("placeholder").GetString() == "[nama orang]");

        // Not published yet: no reader finds it.
        (await s.Admin.Ids("?q=menggerakkan")).Should().NotContain(id);
        await (await s.Admin.GetAsync($"/api/library/{id}")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");

        // The review step: no hash → refused; a stale hash → refused.
        await (await pimpinan.PostAsJsonAsync($"/api/library/drafts/{id}/confirm", new { })).ShouldBeProblem(HttpStatusCode.BadRequest, "review_required");
        var oldHash = draft.GetProperty("reviewHash").GetString();
        var edited = await (await pimpinan.PutAsJsonAsync($"/api/library/drafts/{id}", new { text = preview + " Tim juga didampingi Ibu Ratna Sari." })).Json();
        edited.GetProperty("text").GetString().Should().EndWith("didampingi Ibu [nama orang].");
        await (await pimpinan.PostAsJsonAsync($"/api/library/drafts/{id}/confirm", new { reviewHash = oldHash })).ShouldBeProblem(HttpStatusCode.Conflict, "review_stale");
        var ok = await pimpinan.PostAsJsonAsync($"/api/library/drafts/{id}/confirm", new { reviewHash = edited.GetProperty("reviewHash").GetString() });
        ok.StatusCode.Should().Be(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());

        // Published: found by a stemmed query, shows provenance, and nothing of the unit's originals.
        var reader = await s.Factory.Member(s.Admin, await s.Admin.CreateUnit("Unit Pembaca"), "peninjau");
        (await reader.Ids("?q=menggerakkan%20inovasi")).Should().Contain(id);
        var raw = await (await reader.GetAsync($"/api/library/{id}")).Content.ReadAsStringAsync();
        raw.Should().NotContainAny("Budi Santoso", "Dewi Lestari", "Ratna", "KEP-12", "0812", "zi@kppn", "12.500.000");
        var entry = await (await reader.GetAsync($"/api/library/{id}")).Json();
        entry.GetProperty("provenance").GetProperty("sourceUnit").GetString().Should().Be("KPPN Contoh");
        entry.GetProperty("provenance").GetProperty("predikat").GetString().Should().Be("WBK");
        entry.GetProperty("provenance").GetProperty("tahun").GetInt32().Should().Be(2022);
        entry.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Should().Equal("rencana kerja");
        entry.GetProperty("score").GetInt32().Should().BeInRange(1, 100);
        entry.GetProperty("html").GetString().Should().Contain("<mark class=\"placeholder\">[nomor SK]</mark>");
        var listed = (await (await reader.GetAsync("/api/library?questionId=P.MP.2.a&predikat=WBK&tahun=2022")).Json()).GetProperty("items");
        listed.EnumerateArray().Select(i => i.GetProperty("id").GetString()).Should().Equal(id);
        listed[0].GetProperty("questionIds")[0].GetString().Should().Be("P.MP.2.a");

        // The checker flags the template's unfilled placeholders when a writer inserts it as is.
        var check = await (await reader.PostAsJsonAsync("/api/check", new { questionId = "P.MP.2.a", text = entry.GetProperty("markdown").GetString() })).Json();
        check.GetProperty("findings").EnumerateArray().Should().Contain(f => f.GetProperty("rule").GetString() == "placeholder");

        // Unpublish: gone for every reader.
        await (await reader.PostAsync($"/api/library/{id}/unpublish", null)).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        (await pimpinan.PostAsync($"/api/library/{id}/unpublish", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await reader.GetAsync($"/api/library/{id}")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        (await reader.Ids("?q=menggerakkan")).Should().NotContain(id);
    }

    [Fact]
    public async Task Only_pimpinan_or_admin_of_the_unit_publishes()
    {
        await s.Admin.SaveNarrative(s.SampleUnit, "P.MP.2.b", Sensitive);
        var penulis = await s.Factory.Member(s.Admin, s.SampleUnit, "penulis", "MP");
        var peninjau = await s.Factory.Member(s.Admin, s.SampleUnit, "peninjau");
        var outsider = await s.Factory.Member(s.Admin, await s.Admin.CreateUnit("Unit Luar"), "pimpinan");
        var body = new { unitId = s.SampleUnit, kind = "narasi", questionId = "P.MP.2.b" };
        await (await penulis.PostAsJsonAsync("/api/library/drafts", body)).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await peninjau.PostAsJsonAsync("/api/library/drafts", body)).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await outsider.PostAsJsonAsync("/api/library/drafts", body)).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");

        var draft = await (await s.Admin.PostAsJsonAsync("/api/library/drafts", new { unitId = s.SampleUnit, kind = "narasi", questionId = "P.MP.2.b", anonymous = true })).Json();
        var id = draft.GetProperty("id").GetString()!;
        await (await outsider.GetAsync($"/api/library/drafts/{id}")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        await (await penulis.PostAsJsonAsync($"/api/library/drafts/{id}/confirm", new { reviewHash = draft.GetProperty("reviewHash").GetString() }))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await s.Admin.PostAsJsonAsync("/api/library/drafts", new { unitId = s.SampleUnit, kind = "narasi", questionId = "P.MP.4.b" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "narrative_empty");
        var published = await s.Admin.Publish(new { unitId = s.SampleUnit, kind = "narasi", questionId = "P.MP.2.b", anonymous = true });
        var entry = await (await peninjau.GetAsync($"/api/library/{published}")).Json();
        entry.GetProperty("provenance").GetProperty("sourceUnit").GetString().Should().Be("anonim");
    }

    [Fact]
    public async Task Admin_curates_and_the_Word_pane_reads_featured_entries_from_the_library()
    {
        await s.Admin.SaveNarrative(s.SampleUnit, "P.MP.3.a", Sensitive);
        var id = await s.Admin.Publish(new { unitId = s.SampleUnit, kind = "narasi", questionId = "P.MP.3.a" });
        var reader = await s.Factory.Member(s.Admin, await s.Admin.CreateUnit("Unit Kurasi"), "pimpinan");

        // Before featuring: the built-in template.
        var before = await (await reader.GetAsync("/api/templates/narratives/P.MP.3.a")).Json();
        before.GetProperty("libraryId").GetString().Should().Be("bawaan-P.MP.3.a");

        await (await reader.PutAsJsonAsync($"/api/library/{id}/curation", new { featured = true })).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        (await s.Admin.PutAsJsonAsync($"/api/library/{id}/curation", new { featured = true })).StatusCode.Should().Be(HttpStatusCode.OK);
        var word = await (await reader.GetAsync("/api/templates/narratives/P.MP.3.a")).Json();
        word.GetProperty("libraryId").GetString().Should().Be(id);
        word.GetProperty("questionId").GetString().Should().Be("P.MP.3.a");
        word.GetProperty("markdown").GetString().Should().Contain("[nomor SK]").And.NotContain("Budi Santoso");
        word.GetProperty("html").GetString().Should().Contain("<mark class=\"placeholder\">");
        word.GetProperty("placeholders").EnumerateArray().Select(p => p.GetString()).Should().Contain("[nama orang]");
        word.GetProperty("uses").GetInt32().Should().Be(1);
        (await (await reader.GetAsync($"/api/library/{id}")).Json()).GetProperty("featured").GetBoolean().Should().BeTrue();

        // Hide a built-in entry: gone for readers, still visible to the admin on request.
        (await s.Admin.PutAsJsonAsync("/api/library/bawaan-P.MP.3.b/curation", new { hidden = true })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await reader.Ids("?questionId=P.MP.3.b")).Should().NotContain("bawaan-P.MP.3.b");
        (await reader.Ids("?questionId=P.MP.3.b&includeHidden=true")).Should().NotContain("bawaan-P.MP.3.b");
        (await s.Admin.Ids("?questionId=P.MP.3.b&includeHidden=true")).Should().Contain("bawaan-P.MP.3.b");
        await (await reader.GetAsync("/api/templates/narratives/P.MP.3.b")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        (await s.Admin.PutAsJsonAsync("/api/library/bawaan-P.MP.3.b/curation", new { hidden = false })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await reader.GetAsync("/api/templates/narratives/P.MP.3.b")).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await s.Admin.PostAsync("/api/library/bawaan-P.MP.3.b/unpublish", null)).ShouldBeProblem(HttpStatusCode.BadRequest, "built_in");
    }

    [Fact]
    public async Task A_published_deck_is_anonymised_and_the_deck_engine_uses_it_as_a_template()
    {
        var pimpinan = await s.Factory.Member(s.Admin, s.SampleUnit, "pimpinan");
        var created = await pimpinan.PostAsJsonAsync("/api/library/drafts", new { unitId = s.SampleUnit, kind = "presentasi", deckKind = "wawancara-virtual", templateId = "kontras-tinggi" });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var draft = await created.Json();
        draft.GetProperty("slideCount").GetInt32().Should().BeGreaterThan(5);
        draft.GetProperty("text").GetString().Should().NotContainAny("KPPN Contoh", "Budi Santoso").And.Contain("## ");
        var id = draft.GetProperty("id").GetString()!;
        (await pimpinan.PostAsJsonAsync($"/api/library/drafts/{id}/confirm", new { reviewHash = draft.GetProperty("reviewHash").GetString() })).StatusCode.Should().Be(HttpStatusCode.OK);

        var file = await s.Admin.GetAsync($"/api/library/{id}/pptx");
        file.StatusCode.Should().Be(HttpStatusCode.OK);
        var pptx = await file.Content.ReadAsByteArrayAsync();
        var xml = LibraryHttp.AllXmlText(pptx);
        xml.Should().NotContainAny("KPPN Contoh", "Budi Santoso", "Hendra Wijaya", "Dewi Lestari", "Jl. Contoh");
        xml.Should().Contain("[nama unit]");
        Pptx.Read(pptx).Titles.Should().NotBeEmpty();
        (await s.Admin.Ids("?kind=presentasi")).Should().Contain(id);
        var offered = await (await s.Admin.GetAsync("/api/decks/templates")).Json();
        offered.EnumerateArray().Select(t => t.GetProperty("id").GetString()).Should().Contain(["biru-formal", "kontras-tinggi", id]);

        // The deck engine takes the library entry id (and the built-in ids, as library entries too).
        foreach (var templateId in new[] { id, "bawaan-kontras-tinggi" })
        {
            var deck = await s.Admin.PostAsJsonAsync("/api/decks", new { kind = "wawancara-virtual", unitId = s.SampleUnit, templateId });
            deck.StatusCode.Should().Be(HttpStatusCode.OK, await deck.Content.ReadAsStringAsync());
            LibraryHttp.AllXmlText(await deck.Content.ReadAsByteArrayAsync()).Should().Contain("KPPN Contoh", "the using unit's own deck is filled with its own profile");
        }
        (await (await s.Admin.GetAsync($"/api/library/{id}")).Json()).GetProperty("uses").GetInt32().Should().Be(1);
        await (await s.Admin.PostAsJsonAsync("/api/decks", new { kind = "wawancara-virtual", unitId = s.SampleUnit, templateId = "bawaan-P.MP.1.a" }))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
    }
}
