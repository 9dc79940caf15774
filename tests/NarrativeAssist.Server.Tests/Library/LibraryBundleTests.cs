using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Library;

/// <summary>Export on one server, import on another (two real server instances, two databases).</summary>
public class LibraryBundleTests
{
    [Fact]
    public async Task Export_then_import_moves_entries_between_two_servers()
    {
        using var central = new ServerFactory();
        using var satker = new ServerFactory(seedSample: false);
        var centralAdmin = await central.ClientAsync();
        var unit = await centralAdmin.SampleUnitId();
        await centralAdmin.SaveNarrative(unit, "P.PP.1.a", "KPPN Contoh menetapkan standar pelayanan melalui SK Nomor KEP-7/KPPN.0101/2024 dan mempublikasikannya; hubungi 0812-1111-2222.");
        var narrative = await centralAdmin.Publish(new { unitId = unit, kind = "narasi", questionId = "P.PP.1.a" });
        var deck = await centralAdmin.Publish(new { unitId = unit, kind = "presentasi", deckKind = "wawancara-virtual" });

        var export = await centralAdmin.GetAsync("/api/library/export");
        export.StatusCode.Should().Be(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.Should().Be("application/zip");
        var bundle = await export.Content.ReadAsByteArrayAsync();

        var satkerAdmin = await satker.ClientAsync();
        var reader = await satker.Member(satkerAdmin, await satkerAdmin.CreateUnit("KPPN Penerima"), "penulis", "PP");
        await (await reader.PostAsync("/api/library/import", LibraryHttp.Zip(bundle))).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        var imported = await (await satkerAdmin.PostAsync("/api/library/import", LibraryHttp.Zip(bundle))).Json();
        imported.GetProperty("imported").EnumerateArray().Select(x => x.GetString()).Should().BeEquivalentTo([narrative, deck]);

        var source = await (await centralAdmin.GetAsync($"/api/library/{narrative}")).Json();
        var copy = await (await reader.GetAsync($"/api/library/{narrative}")).Json();
        copy.GetProperty("markdown").GetString().Should().Be(source.GetProperty("markdown").GetString()).And.Contain("[nomor SK]").And.NotContain("KEP-7");
        copy.GetProperty("title").GetString().Should().Be(source.GetProperty("title").GetString());
        copy.GetProperty("score").GetInt32().Should().Be(source.GetProperty("score").GetInt32());
        copy.GetProperty("provenance").GetProperty("origin").GetString().Should().Be("impor");
        copy.GetProperty("provenance").GetProperty("sourceUnit").GetString().Should().Be("KPPN Contoh");
        (await reader.Ids("?q=standar%20layanan&questionId=P.PP.1.a")).Should().Contain(narrative);

        var pptx = await (await reader.GetAsync($"/api/library/{deck}/pptx")).Content.ReadAsByteArrayAsync();
        pptx.Should().Equal(await (await centralAdmin.GetAsync($"/api/library/{deck}/pptx")).Content.ReadAsByteArrayAsync());

        // Importing again adds nothing.
        var again = await (await satkerAdmin.PostAsync("/api/library/import", LibraryHttp.Zip(bundle))).Json();
        again.GetProperty("imported").GetArrayLength().Should().Be(0);
        again.GetProperty("skipped").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public async Task A_bundle_is_vetted_like_any_upload()
    {
        using var server = new ServerFactory(seedSample: false);
        var admin = await server.ClientAsync();

        static byte[] ZipOf(params (string Name, string Text)[] files)
        {
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
                foreach (var (name, text) in files)
                {
                    using var s = zip.CreateEntry(name).Open();
                    s.Write(Encoding.UTF8.GetBytes(text));
                }
            return buffer.ToArray();
        }
        const string manifest = """{"format":"narrativeassist-library","version":1,"entries":[{"id":"x","kind":"narasi","title":"T","file":"entries/x.md","questionIds":["P.MP.1.a"]}]}""";

        async Task Rejected(byte[] bundle, string fragment)
        {
            var p = await (await admin.PostAsync("/api/library/import", LibraryHttp.Zip(bundle))).ShouldBeProblem(HttpStatusCode.BadRequest, "document_rejected");
            p.GetProperty("detail").GetString().Should().Contain(fragment);
        }
        await Rejected(ZipOf(("manifest.json", manifest), ("entries/x.md", "teks"), ("../evil.md", "x")), "tidak diizinkan");
        await Rejected(ZipOf(("manifest.json", manifest), ("entries/../../x.md", "teks")), "tidak diizinkan");
        await Rejected(ZipOf(("manifest.json", manifest.Replace("entries/x.md", "/etc/passwd")), ("entries/x.md", "teks")), "tidak diizinkan");
        await Rejected(ZipOf(("manifest.json", manifest)), "tidak ada di dalam bundel");
        await Rejected(ZipOf(("entries/x.md", "teks")), "manifest.json");
        await Rejected(ZipOf(("manifest.json", "{bukan json"), ("entries/x.md", "teks")), "JSON");
        await Rejected(ZipOf(("manifest.json", manifest.Replace("\"narasi\"", "\"presentasi\"").Replace("x.md", "x.pptx")), ("entries/x.pptx", "bukan pptx")), "PowerPoint");
        await Rejected(Encoding.UTF8.GetBytes("bukan zip"), "bukan arsip");

        // A valid one passes, and the narrative's placeholders are flagged by the checker as usual.
        var ok = await (await admin.PostAsync("/api/library/import", LibraryHttp.Zip(ZipOf(("manifest.json", manifest), ("entries/x.md", "Kepala [nama unit] membentuk tim."))))).Json();
        ok.GetProperty("imported").GetArrayLength().Should().Be(1);
    }
}
