using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using NarrativeAssist.Server.Tests.Support;
using NarrativeAssist.Tests.Hostile;
using Xunit.Abstractions;

namespace NarrativeAssist.Server.Tests.Hostile;

[CollectionDefinition("hostile", DisableParallelization = true)]
public sealed class HostileCollection;

/// <summary>One server for the corpus, and a loopback listener the external relationships point at: nobody may come.</summary>
public sealed class HostileServer : IAsyncLifetime
{
    public ServerFactory Factory { get; } = new();
    public HttpClient Admin { get; private set; } = null!;
    public Guid Unit { get; private set; }
    public TcpListener Bait { get; } = new(IPAddress.Loopback, 0);
    public int BaitConnections;

    public async Task InitializeAsync()
    {
        Bait.Start();
        HostileCorpus.RemoteTarget = $"http://127.0.0.1:{((IPEndPoint)Bait.LocalEndpoint).Port}/umpan";
        _ = Task.Run(async () =>
        {
            while (true)
            {
                try { using var c = await Bait.AcceptTcpClientAsync(); Interlocked.Increment(ref BaitConnections); }
                catch (ObjectDisposedException) { return; }
                catch (SocketException) { return; }
            }
        });
        Admin = await Factory.ClientAsync();
        Unit = await Admin.SampleUnitId();
    }

    public Task DisposeAsync()
    {
        Bait.Stop();
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>Issue #7 part 2, server side: every hostile file of <see cref="HostileCorpus"/> → 4xx with an Indonesian
/// message, in under 5 s and with bounded allocation; never a 500, a hang or a fetch.</summary>
[Collection("hostile")]
public class HostileUploadTests(HostileServer s, ITestOutputHelper output) : IClassFixture<HostileServer>
{
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(5);
    private const long AllocationBound = 400 * Bounded.MB;

    public static TheoryData<string> DocumentCases() => new(HostileCorpus.Documents().Select(c => c.Name));
    public static TheoryData<string> PresentationCases() => new(HostileCorpus.Presentations().Select(c => c.Name));
    public static TheoryData<string> ProfileCases() => new(HostileCorpus.Profiles().Where(c => c.Kind == HostileCorpus.Kind.Yaml).Select(c => c.Name));

    [Theory]
    [MemberData(nameof(DocumentCases))]
    public async Task Hostile_documents_are_refused_by_the_document_check(string name)
    {
        var c = HostileCorpus.Documents().Single(x => x.Name == name);
        var bytes = c.Bytes();
        var (response, cost) = await Bounded.MeasureAsync(() => Upload("/api/check/document", "file", name, bytes));
        await Verdict(c, response, cost);
    }

    [Theory]
    [MemberData(nameof(PresentationCases))]
    public async Task Hostile_presentations_are_refused_as_deck_templates_and_by_the_timing_check(string name)
    {
        var c = HostileCorpus.Presentations().Single(x => x.Name == name);
        var bytes = c.Bytes();
        var (template, cost) = await Bounded.MeasureAsync(() => Upload("/api/decks", "template", name, bytes,
            ("request", $"{{\"kind\":\"wawancara-virtual\",\"unitId\":\"{s.Unit}\"}}")));
        await Verdict(c, template, cost);
        var (timing, cost2) = await Bounded.MeasureAsync(() => Upload("/api/decks/timing", "file", name, bytes));
        await Verdict(c, timing, cost2);
    }

    [Theory]
    [MemberData(nameof(ProfileCases))]
    public async Task Hostile_profiles_are_refused_when_saved_and_when_planning_a_deck(string name)
    {
        var c = HostileCorpus.Profiles().Single(x => x.Name == name);
        var bytes = c.Bytes();
        // The profile travels inside JSON: raw bytes that are not UTF-8 make the JSON itself invalid.
        var body = Encoding.UTF8.GetBytes("{\"text\":\"").Concat(JsonEscapedBytes(bytes)).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();
        var (saved, cost) = await Bounded.MeasureAsync(() => Send(HttpMethod.Put, $"/api/units/{s.Unit}/profile", body, "application/json"));
        await Verdict(c with { Expect = c.Expect == "UTF-8" ? "UTF-8|JSON" : c.Expect }, saved, cost);

        var plan = Encoding.UTF8.GetBytes("{\"kind\":\"wawancara-virtual\",\"profile\":\"").Concat(JsonEscapedBytes(bytes)).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();
        var (planned, cost2) = await Bounded.MeasureAsync(() => Send(HttpMethod.Post, "/api/decks/plan", plan, "application/json"));
        await Verdict(c with { Expect = c.Expect == "UTF-8" ? "UTF-8|JSON" : c.Expect }, planned, cost2);
    }

    [Fact]
    public async Task Text_that_is_not_UTF8_is_refused_by_the_score_endpoint()
    {
        var latin1 = Encoding.Latin1.GetBytes("P.MP.1.a: Ya\n# catatan: Kepala Kantor \u00e9\u00e8\n");
        var (r, cost) = await Bounded.MeasureAsync(() => Send(HttpMethod.Post, "/api/score", latin1, "text/plain"));
        await Verdict(new("latin1-jawaban.yaml", HostileCorpus.Kind.Yaml, () => latin1, "UTF-8"), r, cost);
    }

    [Fact]
    public async Task JSON_with_a_million_array_items_is_refused_before_parsing_with_and_without_a_length()
    {
        var c = HostileCorpus.Profiles().Single(x => x.Name == "sejuta.json");
        var bytes = c.Bytes();
        var (known, cost) = await Bounded.MeasureAsync(() => Send(HttpMethod.Post, "/api/check/document", bytes, "application/json"));
        await Verdict(c, known, cost);
        (await known.Content.ReadAsStringAsync()).Should().Contain("payload_too_large");
    }

    [Fact]
    public async Task Chunked_JSON_with_a_million_items_is_cut_off_at_the_limit_by_Kestrel()
    {
        // No Content-Length: the limit is enforced while reading, by Kestrel's request-body limit (the in-memory
        // TestServer has no such limit, so this runs on a real port).
        using var kestrel = new ServerFactory(seedSample: false);
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        var admin = await kestrel.ClientAsync();
        var c = HostileCorpus.Profiles().Single(x => x.Name == "sejuta.json");
        var bytes = c.Bytes();
        var (chunked, cost) = await Bounded.MeasureAsync(async () =>
        {
            var content = new StreamContent(new MemoryStream(bytes));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            var req = new HttpRequestMessage(HttpMethod.Post, "/api/check/document") { Content = content };
            req.Headers.TransferEncodingChunked = true;
            try { return await admin.SendAsync(req); }
            catch (HttpRequestException) { return null; } // Kestrel answered 413 and closed while the client was still writing
        });
        output.WriteLine($"chunked sejuta.json: {(chunked is null ? "connection closed by the server" : (int)chunked.StatusCode)} in {cost}");
        cost.Elapsed.Should().BeLessThan(TimeBound);
        cost.AllocatedBytes.Should().BeLessThan(AllocationBound);
        if (chunked is not null) await Verdict(c, chunked, cost);
        kestrel.Logs.Should().NotContain(l => l.StartsWith("Error", StringComparison.Ordinal), "the refusal is not a server error");
        (await admin.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK, "the server stays up");
    }

    [Theory]
    [InlineData("../../../../etc/passwd", "passwd")]
    [InlineData("..\\..\\Windows\\System32\\drivers\\etc\\hosts", "hosts")]
    [InlineData("/var/lib/narrativeassist/../../root/.ssh/authorized_keys", "authorized_keys")]
    [InlineData("SK\u0007Tim\t<script>.pdf", "SKTimscript.pdf")]
    [InlineData("....", "berkas")]
    public async Task Evidence_file_names_lose_their_folders_and_control_characters(string fileName, string stored)
    {
        var form = new MultipartFormDataContent { { new StringContent("SK Tim"), "title" } };
        var file = new ByteArrayContent("isi"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        // Set the raw header so the client does not normalise the hostile name.
        file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"file\"; filename=\"{fileName.Replace("\"", "")}\"");
        form.Add(file);
        var created = await s.Admin.PostAsync($"/api/units/{s.Unit}/evidence", form);
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var json = await created.Json();
        json.GetProperty("fileName").GetString().Should().Be(stored);

        var download = await s.Admin.GetAsync($"/api/units/{s.Unit}/evidence/{json.GetProperty("id").GetGuid()}/file");
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.Should().Be("application/octet-stream", "never rendered inline");
        var disposition = download.Content.Headers.ContentDisposition!;
        disposition.DispositionType.Should().Be("attachment");
        (disposition.FileNameStar ?? disposition.FileName)!.Should().NotContain("/").And.NotContain("\\").And.NotContain("\n");
        download.Headers.Contains("Set-Cookie").Should().BeFalse();
    }

    [Theory]
    [InlineData("../../../../tmp/na-templat-jahat.pptx")]
    [InlineData("..\\..\\templat.pptx")]
    public async Task Deck_template_upload_names_are_only_names(string fileName)
    {
        var before = Directory.GetFiles(Path.GetTempPath(), "na-templat-jahat*").Length;
        var template = File.ReadAllBytes(RepoRoot.File("templates/decks/biru-formal.pptx"));
        var r = await Upload("/api/decks", "template", fileName, template, ("request", $"{{\"kind\":\"wawancara-virtual\",\"unitId\":\"{s.Unit}\"}}"));
        r.StatusCode.Should().Be(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        r.Content.Headers.ContentDisposition!.FileName!.Should().NotContain("..").And.NotContain("/");
        Directory.GetFiles(Path.GetTempPath(), "na-templat-jahat*").Length.Should().Be(before, "nothing is written where the name points");
    }

    private async Task Verdict(HostileCorpus.Case c, HttpResponseMessage r, Bounded.Cost cost)
    {
        var body = await r.Content.ReadAsStringAsync();
        output.WriteLine($"{c.Name}: {(int)r.StatusCode} in {cost} — {(body.Length > 200 ? body[..200] : body)}");
        if ((int)r.StatusCode >= 500) foreach (var l in s.Factory.Logs.Where(l => l.StartsWith("Error", StringComparison.Ordinal))) output.WriteLine(l);
        cost.Elapsed.Should().BeLessThan(TimeBound, $"{c.Name} must be answered quickly");
        cost.AllocatedBytes.Should().BeLessThan(AllocationBound, $"{c.Name} must not make the server allocate without bound");
        ((int)r.StatusCode).Should().BeLessThan(500, $"{c.Name}: {body}");
        Volatile.Read(ref s.BaitConnections).Should().Be(0, "no external relationship may be fetched");
        File.Exists("/tmp/na-zip-slip.txt").Should().BeFalse("no zip entry may be written where its name points");
        if (c.Harmless)
        {
            if (c.Expect.Length > 0) body.Should().Contain(c.Expect, "a harmless case still tells the user in Indonesian");
            return;
        }
        ((int)r.StatusCode).Should().BeInRange(400, 499, $"{c.Name}: {body}");
        r.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        var detail = (await r.Json()).GetProperty("detail").GetString();
        detail.Should().NotBeNullOrWhiteSpace().And.NotContain("Exception").And.NotContain("   at ");
        c.Expect.Split('|').Should().Contain(e => detail!.Contains(e, StringComparison.OrdinalIgnoreCase), $"the detail \"{detail}\" names the reason");
    }

    private Task<HttpResponseMessage> Upload(string path, string field, string fileName, byte[] bytes, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (n, v) in fields) form.Add(new StringContent(v), n);
        form.Add(new ByteArrayContent(bytes), field, fileName);
        return s.Admin.PostAsync(path, form);
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, byte[] body, string type)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return s.Admin.SendAsync(new HttpRequestMessage(method, path) { Content = content });
    }

    /// <summary>Escapes quotes, backslashes and newlines for a JSON string but keeps every other byte as it is.</summary>
    private static IEnumerable<byte> JsonEscapedBytes(byte[] bytes) => bytes.SelectMany(b => b switch
    {
        (byte)'"' => "\\\""u8.ToArray(),
        (byte)'\\' => "\\\\"u8.ToArray(),
        (byte)'\n' => "\\n"u8.ToArray(),
        (byte)'\r' => "\\r"u8.ToArray(),
        0 => "\\u0000"u8.ToArray(),
        _ => [b],
    });
}
