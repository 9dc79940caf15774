using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using NarrativeAssist.Documents.Library;
using NarrativeAssist.Server.Tests.Library;
using NarrativeAssist.Server.Tests.Support;
using NarrativeAssist.Tests.Hostile;
using Xunit.Abstractions;

namespace NarrativeAssist.Server.Tests.Hostile;

/// <summary>Issue #13, attacks 1, 3 and 4, over HTTP: a deeply nested part under any name (word/document.dat,
/// ppt/slides/slide1.dat) used to overflow the stack and kill the server; now every upload path refuses it with an
/// Indonesian 4xx and the server keeps answering. A template linking outside content with TargetMode=" External" is
/// refused. Only run against fixed code: the attack files crash a server without the guard (their failure on the old
/// code is shown by PartDepthGuardTests, which call the guard only).</summary>
[Collection("hostile")]
public class ParseSafetyTests(HostileServer s, ITestOutputHelper output) : IClassFixture<HostileServer>
{
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(5);

    public static TheoryData<string, string> Attacks() => new()
    {
        { "bagian-dat-bersarang.docx", "/api/check/document" },
        { "bagian-dat-bersarang-200rb.docx", "/api/check/document" },
        { "bagian-terpecah.docx", "/api/check/document" },
        { "slide-dat-bersarang.pptx", "/api/decks" },
        { "slide-dat-bersarang.pptx", "/api/decks/timing" },
        { "slide-dat-bersarang.pptx", "/api/decks/timing (isi mentah)" },
        { "slide-dat-bersarang.pptx", "/api/library/import" },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task A_deep_part_under_any_name_is_refused_on_every_upload_path_and_the_server_stays_up(string name, string path)
    {
        var c = HostileCorpus.Documents().Concat(HostileCorpus.Presentations()).Single(x => x.Name == name);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var r = await Send(path, name, c.Bytes());
        clock.Elapsed.Should().BeLessThan(TimeBound);
        var detail = await Refused(r);
        detail.Should().Contain(c.Expect).And.Contain("demi keamanan");
        (await s.Admin.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK, "the server process is still alive");
    }

    [Fact]
    public async Task Four_deep_slides_at_once_are_all_refused_quickly()
    {
        // Before: 13.5 s for one, 124–133 s each for four at once, both cores pinned.
        var bytes = HostileCorpus.Presentations().Single(x => x.Name == "slide-dat-bersarang.pptx").Bytes();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Send("/api/decks/timing", $"salindia-{i}.pptx", bytes)));
        output.WriteLine($"four at once: {clock.ElapsedMilliseconds} ms");
        clock.Elapsed.Should().BeLessThan(TimeBound);
        foreach (var r in answers) (await Refused(r)).Should().Contain("bersarang");
        (await s.Admin.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>System.IO.Packaging trims TargetMode and reads numbers and comma lists; each spelling was an external
    /// link the guard let into every deck made from the template.</summary>
    [Theory]
    [InlineData(" External")]
    [InlineData("External ")]
    [InlineData("&#9;External&#10;")]
    [InlineData("1")]
    [InlineData("Internal, External")]
    [InlineData("EXTERNAL")]
    public async Task A_template_linking_a_network_share_is_refused_whatever_the_TargetMode_spelling(string targetMode)
    {
        var template = WithLinkedImage(File.ReadAllBytes(RepoRoot.File("templates/decks/biru-formal.pptx")), targetMode);
        var deck = await Send("/api/decks", "templat-unit.pptx", template);
        deck.StatusCode.Should().Be(HttpStatusCode.BadRequest, await deck.Content.ReadAsStringAsync());
        var json = await deck.Json();
        json.GetProperty("reason").GetString().Should().Be("remote_content");
        json.GetProperty("detail").GetString().Should().Contain("ditautkan dari luar berkas").And.Contain("192.0.2.1");

        var bundle = await Send("/api/library/import", "templat-unit.pptx", template);
        (await bundle.Json()).GetProperty("reason").GetString().Should().Be("remote_content");
        Volatile.Read(ref s.BaitConnections).Should().Be(0);
    }

    [Theory]
    [InlineData(" External")]
    [InlineData("1")]
    public async Task A_document_with_such_links_is_only_read_and_nothing_is_fetched(string targetMode)
    {
        var docx = HostileCorpus.WordPackage(HostileCorpus.Body(HostileCorpus.Tagged("lke:P.MP.1.a", "Tim dibentuk dengan SK Kepala Kantor.")),
            rels: $"""<Relationship Id="rIdX1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="{HostileCorpus.RemoteTarget}/gambar.png" TargetMode="{targetMode}"/><Relationship Id="rIdX2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="\\192.0.2.1\berbagi\t.dotm" TargetMode="{targetMode}"/>""");
        var r = await Send("/api/check/document", "narasi.docx", docx);
        r.StatusCode.Should().Be(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        Volatile.Read(ref s.BaitConnections).Should().Be(0, "a document's external relationships are never followed");
    }

    /// <summary>The second line of defence: whatever the guards let through is parsed under a time budget on a bounded
    /// pool. Here the budget is tiny, so even a legitimate 10 MB document runs out of it.</summary>
    [Fact]
    public async Task A_parse_that_runs_out_of_its_budget_is_cancelled_and_answered_422_in_Indonesian()
    {
        using var server = new ServerFactory(seedSample: false, new Dictionary<string, string?>
        {
            ["Parsing:Budget"] = "00:00:00.020",
            ["Parsing:Workers"] = "1",
            ["Parsing:QueueLimit"] = "4",
            ["Parsing:QueueTimeout"] = "00:00:10",
        });
        var admin = await server.ClientAsync();
        var big = HostileCorpus.WordPackage(HostileCorpus.Body(HostileCorpus.Tagged("lke:P.MP.1.a", HostileCorpus.LongText(10 * 1024 * 1024))),
            mainLevel: CompressionLevel.NoCompression);
        for (var i = 0; i < 2; i++)
        {
            // The second upload gets the one worker only if the first parse really stopped (else 429 parse_busy after 10 s).
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var r = await admin.PostAsync("/api/check/document", Form("file", "besar.docx", big));
            output.WriteLine($"budget run {i}: {(int)r.StatusCode} in {clock.ElapsedMilliseconds} ms");
            var p = await r.ShouldBeProblem((HttpStatusCode)422, "parse_budget_exceeded");
            p.GetProperty("detail").GetString().Should().Contain("melebihi batas waktu").And.Contain("unggah ulang");
            clock.Elapsed.Should().BeLessThan(TimeBound);
        }
        (await admin.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
        server.Logs.Should().Contain(l => l.Contains("exceeded its budget"));
        server.Logs.Should().NotContain(l => l.StartsWith("Error", StringComparison.Ordinal));
    }

    private async Task<string> Refused(HttpResponseMessage r)
    {
        var body = await r.Content.ReadAsStringAsync();
        output.WriteLine($"{(int)r.StatusCode}: {(body.Length > 300 ? body[..300] : body)}");
        ((int)r.StatusCode).Should().BeInRange(400, 499, body);
        r.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        var detail = (await r.Json()).GetProperty("detail").GetString()!;
        detail.Should().NotContain("Exception").And.NotContain("   at ");
        return detail;
    }

    private Task<HttpResponseMessage> Send(string path, string fileName, byte[] bytes)
    {
        switch (path)
        {
            case "/api/decks":
                var form = Form("template", fileName, bytes);
                form.Add(new StringContent($"{{\"kind\":\"wawancara-virtual\",\"unitId\":\"{s.Unit}\"}}"), "request");
                return s.Admin.PostAsync(path, form);
            case "/api/decks/timing (isi mentah)":
                var raw = new ByteArrayContent(bytes);
                raw.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.presentationml.presentation");
                return s.Admin.PostAsync("/api/decks/timing", raw);
            case "/api/library/import":
                var manifest = new BundleManifest
                {
                    Entries = [new BundleEntry { Id = "templat-unit", Kind = "presentasi", Title = "Templat unit", File = "entries/templat-unit.pptx" }],
                };
                var bundle = LibraryBundle.Write(manifest, new Dictionary<string, byte[]> { ["entries/templat-unit.pptx"] = bytes });
                return s.Admin.PostAsync(path, LibraryHttp.Zip(bundle));
            default:
                return s.Admin.PostAsync(path, Form("file", fileName, bytes));
        }
    }

    private static MultipartFormDataContent Form(string field, string fileName, byte[] bytes) =>
        new() { { new ByteArrayContent(bytes), field, fileName } };

    /// <summary>The template with a picture linked from a network share on its first layout.</summary>
    private static byte[] WithLinkedImage(byte[] pptx, string targetMode)
    {
        const string rels = "ppt/slideLayouts/_rels/slideLayout1.xml.rels";
        string text;
        using (var zip = new ZipArchive(new MemoryStream(pptx), ZipArchiveMode.Read))
        using (var reader = new StreamReader(zip.GetEntry(rels)!.Open()))
            text = reader.ReadToEnd();
        text = text.Replace("</Relationships>",
            $"""<Relationship Id="rIdLuar" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="\\192.0.2.1\berbagi\logo.png" TargetMode="{targetMode}"/></Relationships>""");
        return ZipSurgery.WithEntry(pptx, rels, Encoding.UTF8.GetBytes(text));
    }
}
