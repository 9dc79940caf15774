using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using NarrativeAssist.Domain.Library;
using NarrativeAssist.Server.Library;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Library;

/// <summary>Issue 13, attack 2, through the API: what another unit can read after draft → confirm.</summary>
public class LibraryAnonymisationTests(LibraryServer s) : IClassFixture<LibraryServer>
{
    // The sample unit's profile: KPPN Contoh, pimpinan Budi Santoso, tim Dewi Lestari, address "Jl. Contoh No. 1, Kota Contoh".
    private const string Attack = "Pembangunan ZI di KPPN Contoh dipimpin Drs. Budi Santoso, M.M. (NIP 197805122003121002); SAMBUTAN BAPAK BUDI SANTOSO "
        + "membuka apel. Ketua tim Dewi Lestari (NIP 19900215 201402 2 003) menyusun rencana aksi berdasarkan SK 12/SK-KPPN.1234/2023. "
        + "Layanan tatap muka di jalan Yos Sudarso nomor 3, Tanjung Selor; konsultasi lewat wa.me/6281350001234 atau layanan.kppn[at]gmail.com; "
        + "informasi di kppncontoh.kemenkeu.go.id. Inovasi kami kini dipelajari Unit Tetangga Anonimisasi. Rencana kerja memuat target, jadwal dan "
        + "penanggung jawab; hasil pemantauan dilaporkan kepada pimpinan setiap bulan.";

    private static readonly string[] Secrets =
    [
        "KPPN Contoh", "Budi Santoso", "BUDI SANTOSO", "197805122003121002", "Dewi Lestari", "19900215 201402 2 003", "12/SK-KPPN.1234/2023",
        "Yos Sudarso", "Tanjung Selor", "6281350001234", "layanan.kppn", "kppncontoh", "Unit Tetangga Anonimisasi",
    ];

    [Fact]
    public async Task The_attack_narrative_reaches_another_unit_without_any_of_its_identifying_items()
    {
        await s.Admin.CreateUnit("Unit Tetangga Anonimisasi");
        await s.Admin.SaveNarrative(s.SampleUnit, "P.TL.1.a", Attack);
        var pimpinan = await s.Factory.Member(s.Admin, s.SampleUnit, "pimpinan");

        var draft = await (await pimpinan.PostAsJsonAsync("/api/library/drafts", new { unitId = s.SampleUnit, kind = "narasi", questionId = "P.TL.1.a", anonymous = true })).Json();
        var preview = draft.GetProperty("text").GetString()!;
        preview.Should().NotContainAny(Secrets);

        // Every replacement is shown where it stands in the preview, with what it replaced and its kind.
        var spans = draft.GetProperty("replacements").EnumerateArray().Where(r => r.TryGetProperty("start", out var st) && st.ValueKind == System.Text.Json.JsonValueKind.Number).ToList();
        spans.Count.Should().BeGreaterThanOrEqualTo(10, "neighbouring items may merge into one replacement");
        foreach (var span in spans)
            preview.Substring(span.GetProperty("start").GetInt32(), span.GetProperty("length").GetInt32()).Should().Be(span.GetProperty("placeholder").GetString());
        spans.Select(x => x.GetProperty("kind").GetString()).Should().Contain(["nip", "person", "decree", "address", "link", "email", "unit"]);

        var ok = await pimpinan.PostAsJsonAsync($"/api/library/drafts/{draft.GetProperty("id").GetString()}/confirm", new { reviewHash = draft.GetProperty("reviewHash").GetString() });
        ok.StatusCode.Should().Be(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
        var id = draft.GetProperty("id").GetString()!;

        var otherAdmin = await s.Factory.Member(s.Admin, await s.Admin.CreateUnit("Unit Pembaca Anonimisasi"), "admin");
        var raw = await (await otherAdmin.GetAsync($"/api/library/{id}")).Content.ReadAsStringAsync();
        raw.Should().NotContainAny(Secrets);
        raw.Should().Contain("[nomor pegawai]").And.Contain("[nama orang]");

        // Searching the library for a NIP (either form) or a name finds nothing.
        (await otherAdmin.Ids("?q=197805122003121002")).Should().NotContain(id);
        (await otherAdmin.Ids("?q=19900215%20201402%202%20003")).Should().NotContain(id);
        (await otherAdmin.Ids("?q=Dewi%20Lestari")).Should().NotContain(id);
        (await otherAdmin.Ids("?q=rencana%20aksi%20pemantauan")).Should().Contain(id, "the entry is still found by its substance");
    }

    [Fact]
    public async Task The_publisher_marks_what_was_missed_and_the_confirmation_hash_covers_the_marks()
    {
        await s.Admin.SaveNarrative(s.SampleUnit, "P.TL.1.b", "Rapat koordinasi dipandu Kang Ujang di posko sengkawit; rencana kerja dipantau setiap bulan oleh pimpinan.");
        var pimpinan = await s.Factory.Member(s.Admin, s.SampleUnit, "pimpinan");
        var draft = await (await pimpinan.PostAsJsonAsync("/api/library/drafts", new { unitId = s.SampleUnit, kind = "narasi", questionId = "P.TL.1.b" })).Json();
        var id = draft.GetProperty("id").GetString()!;
        var hash = draft.GetProperty("reviewHash").GetString()!;
        MarkedSpan[] marks = [new("posko sengkawit", "unit"), new("Ujang")];

        // Marks change what is published, so the plain hash no longer confirms; nor does a hash of other marks.
        await (await pimpinan.PostAsJsonAsync($"/api/library/drafts/{id}/confirm", new { reviewHash = hash, marks }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "review_stale");
        await (await pimpinan.PostAsJsonAsync($"/api/library/drafts/{id}/confirm", new { reviewHash = LibraryPublisher.ReviewHashWithMarks(hash, marks[..1]), marks }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "review_stale");
        await (await pimpinan.PostAsJsonAsync($"/api/library/drafts/{id}/confirm", new { reviewHash = hash, marks = new[] { new { text = "x", kind = "apa" } } }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");

        var ok = await pimpinan.PostAsJsonAsync($"/api/library/drafts/{id}/confirm", new { reviewHash = LibraryPublisher.ReviewHashWithMarks(hash, marks), marks });
        ok.StatusCode.Should().Be(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
        var entry = await (await s.Admin.GetAsync($"/api/library/{id}")).Json();
        entry.GetProperty("markdown").GetString().Should().Be("Rapat koordinasi dipandu Kang [nama orang] di [nama unit]; rencana kerja dipantau setiap bulan oleh pimpinan.");
    }

    [Fact]
    public async Task Marks_in_an_edit_show_the_new_preview_before_confirmation()
    {
        await s.Admin.SaveNarrative(s.SampleUnit, "P.TL.1.c", "Inovasi si cepat lahir dari usulan pegawai di loket depan; rencana kerja dipantau setiap bulan.");
        var pimpinan = await s.Factory.Member(s.Admin, s.SampleUnit, "pimpinan");
        var draft = await (await pimpinan.PostAsJsonAsync("/api/library/drafts", new { unitId = s.SampleUnit, kind = "narasi", questionId = "P.TL.1.c" })).Json();
        var id = draft.GetProperty("id").GetString()!;
        var edited = await (await pimpinan.PutAsJsonAsync($"/api/library/drafts/{id}", new { marks = new[] { new { text = "si cepat", kind = "unit" } } })).Json();
        var preview = edited.GetProperty("text").GetString()!;
        preview.Should().StartWith("Inovasi [nama unit] lahir");
        edited.GetProperty("reviewHash").GetString().Should().NotBe(draft.GetProperty("reviewHash").GetString());
        (await pimpinan.PostAsJsonAsync($"/api/library/drafts/{id}/confirm", new { reviewHash = edited.GetProperty("reviewHash").GetString() })).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Anonymous_publishing_hides_the_instansi_the_predikat_and_the_year()
    {
        await s.Admin.SaveNarrative(s.SampleUnit, "P.TL.2.a", "Rencana kerja memuat target, jadwal dan penanggung jawab; hasil pemantauan dilaporkan setiap bulan.");
        var id = await s.Admin.Publish(new { unitId = s.SampleUnit, kind = "narasi", questionId = "P.TL.2.a", anonymous = true });
        var reader = await s.Factory.Member(s.Admin, await s.Admin.CreateUnit("Unit Pembaca Anonim"), "peninjau");
        var provenance = (await (await reader.GetAsync($"/api/library/{id}")).Json()).GetProperty("provenance");
        provenance.GetProperty("sourceUnit").GetString().Should().Be("anonim");
        foreach (var field in new[] { "instansi", "predikat", "tahun", "publishedBy" })
            (provenance.TryGetProperty(field, out var value) ? value.ValueKind : System.Text.Json.JsonValueKind.Null).Should().Be(System.Text.Json.JsonValueKind.Null, field);
    }

    [Fact]
    public async Task A_published_deck_keeps_no_name_or_region_in_slides_notes_charts_or_workbooks()
    {
        var pimpinan = await s.Factory.Member(s.Admin, s.SampleUnit, "pimpinan");
        var draft = await (await pimpinan.PostAsJsonAsync("/api/library/drafts", new { unitId = s.SampleUnit, kind = "presentasi", deckKind = "wawancara-virtual" })).Json();
        var id = draft.GetProperty("id").GetString()!;
        (await pimpinan.PostAsJsonAsync($"/api/library/drafts/{id}/confirm", new { reviewHash = draft.GetProperty("reviewHash").GetString() })).StatusCode.Should().Be(HttpStatusCode.OK);
        var pptx = await (await s.Admin.GetAsync($"/api/library/{id}/pptx")).Content.ReadAsByteArrayAsync();
        var all = EveryText(pptx);
        all.Should().Contain("ppt/notesSlides/", "notes are part of what is checked");
        all.Should().NotContainAny("KPPN Contoh", "Budi Santoso", "BUDI SANTOSO", "Dewi Lestari", "Kota Contoh", "Provinsi Contoh", "Jl. Contoh");
    }

    /// <summary>Every XML part's text, embedded workbooks' parts included, each preceded by its part name.</summary>
    private static string EveryText(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        var sb = new StringBuilder();
        foreach (var e in zip.Entries)
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            sb.Append(e.FullName).Append('\n');
            if (e.FullName.EndsWith(".xlsx", StringComparison.Ordinal)) sb.Append(EveryText(copy.ToArray()));
            else if (e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)) sb.Append(Encoding.UTF8.GetString(copy.ToArray()));
        }
        return sb.ToString();
    }
}
