using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Security;

/// <summary>Issue #7 part 1. Every endpoint the app maps (read from its own <see cref="EndpointDataSource"/>, so a new
/// endpoint cannot slip past) is called by each role of unit A, by an admin of unit B and anonymously, with unit A's
/// real ids in the route. What each caller may do is declared once, in <see cref="Table"/>.</summary>
public class TenantIsolationMatrixTests
{
    // Callers. "PenulisLain" is a penulis of unit A assigned to a different area (H) than the one written (MP).
    private const string Admin = "admin", Pimpinan = "pimpinan", Penulis = "penulis (area MP)", PenulisLain = "penulis (area H)",
        Peninjau = "peninjau", UnitB = "admin unit B", Anonymous = "anonim";

    private static readonly string[] UnitRoles = [Admin, Pimpinan, Penulis, PenulisLain, Peninjau];
    private static readonly string[] Everyone = UnitRoles; // every role of unit A
    private static readonly string[] Nobody = [];

    /// <summary>How an endpoint is scoped: to nobody (public), to any signed-in account, to unit A (through the route,
    /// the query or the body: outsiders get 404), or to server administrators.</summary>
    private enum Scope { Public, SignedIn, UnitA, ServerAdmin }

    /// <param name="Allowed">Roles of unit A that pass authorization (the others get 403).</param>
    /// <param name="Body">The request content, built from unit A's real values.</param>
    /// <param name="Special">Per-role outcomes other than 403 for refused roles: (status, code).</param>
    private sealed record Row(string Method, string Pattern, Scope Scope, string[] Allowed,
        Func<Ctx, HttpContent?>? Body = null, Func<Ctx, string>? Query = null,
        Dictionary<string, (int Status, string Code)>? Special = null, int Order = 0, string Id = "qa");

    /// <summary>THE table: route pattern + method → who may call it. An endpoint missing here fails the test.</summary>
    private static readonly Row[] Table =
    [
        // Public: catalog, health, sign-in, schema and API description.
        new("GET", "/health", Scope.Public, Everyone),
        new("GET", "/api/lke", Scope.Public, Everyone),
        new("POST", "/api/auth/login", Scope.Public, Everyone, c => Json(new { email = c.ThrowawayEmail, password = Ctx.Password })),
        // Refresh tokens rotate (a spent one revokes its sign-in), so every caller redeems a fresh one.
        new("POST", "/api/auth/refresh", Scope.Public, Everyone, c => Json(new { refreshToken = c.NextRefreshToken() })),
        // Changing one's password: signed in, or (after an admin's reset) with e-mail and the temporary password.
        new("POST", "/api/auth/password", Scope.Public, Everyone, c => Json(new { email = c.ThrowawayEmail, currentPassword = Ctx.Password })),
        new("GET", "/schemas/unit-profile.json", Scope.Public, Everyone),
        new("GET", "/openapi/{documentName}.json", Scope.Public, Everyone),
        new("GET", "/referensi-api/{documentName?}", Scope.Public, Everyone),
        new("GET", "/referensi-api/scalar.js", Scope.Public, Everyone),
        new("GET", "/referensi-api/scalar.aspnetcore.js", Scope.Public, Everyone),
        new("GET", "/referensi-api/favicon.svg", Scope.Public, Everyone),

        // Any signed-in account; nothing of a unit is named.
        new("GET", "/api/auth/me", Scope.SignedIn, Everyone),
        // Ends every session of the caller's account, so it runs after everything else (Order 2).
        new("POST", "/api/auth/logout", Scope.SignedIn, Everyone, Order: 2),
        new("GET", "/api/units/", Scope.SignedIn, Everyone),
        new("POST", "/api/score", Scope.SignedIn, Everyone, _ => Json(new Dictionary<string, string> { ["P.MP.1.a"] = "Ya" })),
        new("GET", "/api/templates/narratives/", Scope.SignedIn, Everyone),
        new("GET", "/api/templates/narratives/{questionId}", Scope.SignedIn, Everyone),
        new("GET", "/api/decks/templates", Scope.SignedIn, Everyone),
        new("POST", "/api/decks/timing", Scope.SignedIn, Everyone, _ => Raw("bukan pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation")),

        // Server administrators only.
        new("POST", "/api/units/", Scope.ServerAdmin, Nobody, _ => Json(new { nama = "Unit Baru " + Guid.NewGuid().ToString("N")[..6], instansi = "X" })),

        // Unit A named in the body or the query: the stored profile or narratives of another unit must stay out of reach.
        new("POST", "/api/check/", Scope.UnitA, Everyone, c => Json(new { questionId = "P.MP.1.a", text = "Tim dibentuk.", unitId = c.UnitA })),
        new("POST", "/api/check/document", Scope.UnitA, Everyone, _ => Json(new { narratives = new[] { new { questionId = "P.MP.1.a", text = "Tim dibentuk." } } }),
            Query: c => $"?unitId={c.UnitA}"),
        new("POST", "/api/decks/plan", Scope.UnitA, Everyone, c => Json(new { kind = "wawancara-virtual", unitId = c.UnitA })),
        new("POST", "/api/decks/", Scope.UnitA, Everyone, c => Json(new { kind = "wawancara-virtual", unitId = c.UnitA })),
        new("POST", "/api/decks/tour", Scope.UnitA, Everyone, c => Json(new { unitId = c.UnitA })),

        // The unit workspace.
        new("GET", "/api/units/{unitId:guid}", Scope.UnitA, Everyone),
        // Renaming: the unit admin (or a server admin); the matrix gives unit A its own name again.
        new("PUT", "/api/units/{unitId:guid}", Scope.UnitA, [Admin], _ => Json(new { nama = "KPPN Contoh" })),
        new("GET", "/api/units/{unitId:guid}/members/", Scope.UnitA, Everyone),
        new("POST", "/api/units/{unitId:guid}/members/", Scope.UnitA, [Admin],
            _ => Json(new { email = $"baru-{Guid.NewGuid():N}@test.local", role = "peninjau", password = Ctx.Password })),
        new("PUT", "/api/units/{unitId:guid}/members/{userId:guid}", Scope.UnitA, [Admin], _ => Json(new { role = "peninjau", areas = Array.Empty<string>() })),
        new("POST", "/api/units/{unitId:guid}/members/{userId:guid}/password-reset", Scope.UnitA, [Admin], Order: 1),
        new("DELETE", "/api/units/{unitId:guid}/members/{userId:guid}", Scope.UnitA, [Admin], Order: 1),
        new("GET", "/api/units/{unitId:guid}/profile/", Scope.UnitA, Everyone),
        new("PUT", "/api/units/{unitId:guid}/profile/", Scope.UnitA, [Admin, Pimpinan], c => Json(new { text = c.ProfileText })),
        new("GET", "/api/units/{unitId:guid}/narratives/", Scope.UnitA, Everyone),
        new("GET", "/api/units/{unitId:guid}/narratives/{questionId}", Scope.UnitA, Everyone),
        new("PUT", "/api/units/{unitId:guid}/narratives/{questionId}", Scope.UnitA, [Admin, Penulis], _ => Json(new { text = "Tim dibentuk dengan SK." })),
        new("GET", "/api/units/{unitId:guid}/narratives/{questionId}/history", Scope.UnitA, Everyone),
        new("GET", "/api/units/{unitId:guid}/narratives/{questionId}/comments", Scope.UnitA, Everyone),
        new("POST", "/api/units/{unitId:guid}/narratives/{questionId}/comments", Scope.UnitA, Everyone, _ => Json(new { text = "Lengkapi nomor SK." })),
        new("POST", "/api/units/{unitId:guid}/narratives/{questionId}/approve", Scope.UnitA, [Admin, Pimpinan]),
        new("GET", "/api/units/{unitId:guid}/answers", Scope.UnitA, Everyone),
        // A penulis of another area passes the unit check; the answer itself is refused per item (400 with the reason).
        new("PUT", "/api/units/{unitId:guid}/answers", Scope.UnitA, [Admin, Penulis], _ => Json(new { answers = new Dictionary<string, string> { ["P.MP.1.a"] = "Ya" } }),
            Special: new() { [PenulisLain] = (400, "invalid_answer") }),
        new("GET", "/api/units/{unitId:guid}/score", Scope.UnitA, Everyone),
        new("GET", "/api/units/{unitId:guid}/progress", Scope.UnitA, Everyone),
        new("GET", "/api/units/{unitId:guid}/lke/export", Scope.UnitA, Everyone),
        new("POST", "/api/units/{unitId:guid}/lke/import", Scope.UnitA, Everyone, _ => Raw("bukan xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
        new("GET", "/api/units/{unitId:guid}/evidence/", Scope.UnitA, Everyone),
        new("GET", "/api/units/{unitId:guid}/evidence/missing", Scope.UnitA, Everyone),
        new("POST", "/api/units/{unitId:guid}/evidence/", Scope.UnitA, [Admin, Pimpinan, Penulis, PenulisLain],
            _ => Json(new { title = "SK Tim ZI", questionIds = new[] { "P.MP.1.a" } })),
        new("GET", "/api/units/{unitId:guid}/evidence/{evidenceId:guid}/file", Scope.UnitA, Everyone),
        new("GET", "/api/units/{unitId:guid}/evidence/skeleton", Scope.UnitA, Everyone),
        new("POST", "/api/units/{unitId:guid}/evidence/folder-check", Scope.UnitA, Everyone, _ => new MultipartFormDataContent
        {
            { new StringContent("ZI\\AREA I\\i. Penyusunan Tim Kerja\\1.i.a SK Tim.pdf\r\n"), "file", "daftar.txt" },
        }),
        // The evidence supports P.MP.1.a: a penulis of another area may not delete it.
        new("DELETE", "/api/units/{unitId:guid}/evidence/{evidenceId:guid}", Scope.UnitA, [Admin, Pimpinan, Penulis], Order: 1),
        // Publication log and requests (issue 18): logging is evidence work (ManageEvidence), the cadence targets a unit setting (EditProfile).
        new("GET", "/api/units/{unitId:guid}/publications/", Scope.UnitA, Everyone),
        new("POST", "/api/units/{unitId:guid}/publications/", Scope.UnitA, [Admin, Pimpinan, Penulis, PenulisLain],
            _ => Json(new { date = "2024-05-17", channel = "instagram", title = "Apel pagi", link = $"https://instagram.com/p/M{Guid.NewGuid():N}" })),
        new("PUT", "/api/units/{unitId:guid}/publications/{publicationId:guid}", Scope.UnitA, [Admin, Pimpinan, Penulis, PenulisLain],
            _ => Json(new { date = "2024-05-18", channel = "media-cetak", kind = "siaran-pers", title = "Kliping Radar" })),
        new("DELETE", "/api/units/{unitId:guid}/publications/{publicationId:guid}", Scope.UnitA, [Admin, Pimpinan, Penulis, PenulisLain], Order: 1),
        new("POST", "/api/units/{unitId:guid}/publications/paste", Scope.UnitA, [Admin, Pimpinan, Penulis, PenulisLain],
            _ => Json(new { text = "https://kppncontoh.go.id/2024/05/17/apel", save = false })),
        new("POST", "/api/units/{unitId:guid}/publications/import", Scope.UnitA, [Admin, Pimpinan, Penulis, PenulisLain], _ => new MultipartFormDataContent
        {
            { new StringContent("Tanggal;Kanal;Judul\n17/05/2024;Instagram;Apel\n"), "file", "log.csv" },
        }),
        new("GET", "/api/units/{unitId:guid}/publications/cadence", Scope.UnitA, Everyone),
        new("GET", "/api/units/{unitId:guid}/publications/targets", Scope.UnitA, Everyone),
        new("PUT", "/api/units/{unitId:guid}/publications/targets", Scope.UnitA, [Admin, Pimpinan], _ => Json(new { mediaMaxGapDays = 14 })),
        new("GET", "/api/units/{unitId:guid}/requests/", Scope.UnitA, Everyone),
        new("POST", "/api/units/{unitId:guid}/requests/", Scope.UnitA, [Admin, Pimpinan, Penulis, PenulisLain],
            _ => Json(new { title = "Matriks TL", requester = "Kanwil", dueDate = "2024-06-01", personInCharge = "Rina" })),
        new("PUT", "/api/units/{unitId:guid}/requests/{requestId:guid}", Scope.UnitA, [Admin, Pimpinan, Penulis, PenulisLain],
            _ => Json(new { title = "Matriks TL", requester = "Kanwil", dueDate = "2024-06-01", status = "dikerjakan" })),
        new("DELETE", "/api/units/{unitId:guid}/requests/{requestId:guid}", Scope.UnitA, [Admin, Pimpinan, Penulis, PenulisLain], Order: 1),
        new("GET", "/api/units/{unitId:guid}/meeting/", Scope.UnitA, Everyone),
        new("GET", "/api/units/{unitId:guid}/meeting/export", Scope.UnitA, Everyone),
        new("GET", "/api/units/{unitId:guid}/rehearsals/", Scope.UnitA, Everyone),
        new("POST", "/api/units/{unitId:guid}/rehearsals/", Scope.UnitA, [Admin, Pimpinan, Penulis, PenulisLain],
            _ => Json(new { kind = "wawancara-virtual", slides = new[] { new { number = 1, title = "Pembuka", seconds = 60 } } })),
        new("GET", "/api/units/{unitId:guid}/qa/", Scope.UnitA, Everyone),
        new("GET", "/api/units/{unitId:guid}/qa/reference", Scope.UnitA, Everyone, Query: _ => "?area=MP"),
        new("POST", "/api/units/{unitId:guid}/qa/", Scope.UnitA, [Admin, Pimpinan, Penulis, PenulisLain], _ => Json(new { area = "MP", question = "Siapa ketua tim?" })),
        new("PUT", "/api/units/{unitId:guid}/qa/{id:guid}", Scope.UnitA, [Admin, Pimpinan, Penulis, PenulisLain], _ => Json(new { area = "MP", question = "Siapa ketua tim ZI?" })),
        new("POST", "/api/units/{unitId:guid}/qa/{id:guid}/practice", Scope.UnitA, [Admin, Pimpinan, Penulis, PenulisLain], _ => Json(new { seconds = 45 })),
        new("DELETE", "/api/units/{unitId:guid}/qa/{id:guid}", Scope.UnitA, [Admin, Pimpinan, Penulis, PenulisLain], Order: 1),

        // The template library: published entries are shared with every signed-in account by design (published text is
        // anonymised and confirmed by a pimpinan); drafts belong to their unit; import and curation are for server admins.
        new("GET", "/api/library/", Scope.SignedIn, Everyone),
        new("GET", "/api/library/export", Scope.SignedIn, Everyone),
        new("GET", "/api/library/{id}", Scope.SignedIn, Everyone, Id: "entry"),
        new("GET", "/api/library/{id}/pptx", Scope.SignedIn, Everyone, Id: "deck"),
        new("POST", "/api/library/{id}/use", Scope.SignedIn, Everyone, Id: "entry"),
        new("POST", "/api/library/anonymize", Scope.UnitA, Everyone, c => Json(new { text = "Kepala KPPN Contoh, SK Nomor KEP-1/2024.", unitId = c.UnitA })),
        new("POST", "/api/library/drafts", Scope.UnitA, [Admin, Pimpinan], c => Json(new { unitId = c.UnitA, kind = "narasi", questionId = "P.MP.1.b" })),
        new("GET", "/api/library/drafts", Scope.UnitA, [Admin, Pimpinan], Query: c => $"?unitId={c.UnitA}"),
        new("GET", "/api/library/drafts/{id:guid}", Scope.UnitA, [Admin, Pimpinan], Id: "draft"),
        new("PUT", "/api/library/drafts/{id:guid}", Scope.UnitA, [Admin, Pimpinan], _ => Json(new { text = "Tim dibentuk dengan SK [nomor SK]." }), Id: "draft"),
        new("POST", "/api/library/drafts/{id:guid}/confirm", Scope.UnitA, [Admin, Pimpinan], _ => Json(new { reviewHash = "bukan-kode-tinjauan" }), Id: "draft"),
        new("DELETE", "/api/library/drafts/{id:guid}", Scope.UnitA, [Admin, Pimpinan], Order: 1, Id: "draft"),
        // Withdrawing an entry unit A published: its pimpinan/admin only; another unit gets 403 (the entry itself is public).
        new("POST", "/api/library/{id}/unpublish", Scope.UnitA, [Admin, Pimpinan], Order: 1, Id: "published",
            Special: new() { [UnitB] = (403, "forbidden") }),
        new("POST", "/api/library/import", Scope.ServerAdmin, Nobody, _ => Json(new { })),
        new("PUT", "/api/library/{id}/curation", Scope.ServerAdmin, Nobody, _ => Json(new { featured = true }), Id: "entry"),
    ];

    private const string NotMemberDetail = "Unit tidak ditemukan, atau Anda bukan anggotanya.";
    private const string Marker = "PENANDA-RAHASIA-UNIT-A";

    [Fact]
    public async Task Every_endpoint_admits_exactly_the_callers_the_table_declares()
    {
        using var factory = new ServerFactory(seedSample: true);
        var ctx = await Ctx.CreateAsync(factory);

        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Pattern: e.RoutePattern.RawText!)))
            .Distinct().ToList();
        endpoints.Should().HaveCountGreaterThan(40, "the API is read from the app's own endpoint data source");

        var failures = new List<string>();
        var byKey = Table.ToDictionary(r => Key(r.Method, r.Pattern));
        foreach (var (method, pattern) in endpoints.Where(e => !byKey.ContainsKey(Key(e.Method, e.Pattern))))
            failures.Add($"Endpoint {method} {pattern} has no row in TenantIsolationMatrixTests.Table: declare who may call it.");
        foreach (var stale in byKey.Keys.Except(endpoints.Select(e => Key(e.Method, e.Pattern))))
            failures.Add($"Table row {stale} matches no endpoint of the app (renamed or removed?).");

        foreach (var row in Table.OrderBy(r => r.Order).Where(r => endpoints.Contains((r.Method, r.Pattern))))
        {
            // Refused callers first, so the allowed ones run against untouched data; delete rows run late (Order 1), signing out last (Order 2).
            var callers = new[] { Anonymous, UnitB }.Concat(UnitRoles.Where(r => !row.Allowed.Contains(r))).Concat(row.Allowed).ToList();
            foreach (var caller in callers)
            {
                using var request = new HttpRequestMessage(new HttpMethod(row.Method), ctx.Fill(row.Pattern, row.Id) + (row.Query?.Invoke(ctx) ?? ""))
                {
                    Content = row.Body?.Invoke(ctx),
                };
                if (ctx.Tokens.TryGetValue(caller, out var token)) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                if (row.Method == "PUT" && row.Pattern.EndsWith("{questionId}", StringComparison.Ordinal)) request.Headers.TryAddWithoutValidation("If-Match", "\"0\"");
                using var response = await ctx.Client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var outcome = Judge(row, caller, response, body);
                if (outcome is not null) failures.Add($"{row.Method} {row.Pattern} as {caller}: {outcome} (got {(int)response.StatusCode}: {Cut(body)})");
            }
        }

        failures.Should().BeEmpty("every endpoint must admit exactly the callers declared in the table:\n" + string.Join("\n", failures));
    }

    /// <summary>Null when the response is what the table declares for this caller, else what was expected.</summary>
    private static string? Judge(Row row, string caller, HttpResponseMessage r, string body)
    {
        var status = (int)r.StatusCode;
        if (status >= 500) return "expected no server error";
        var (code, detail) = Problem(r, body);

        if (caller == Anonymous)
            return row.Scope == Scope.Public
                ? status is 401 or 403 ? "expected the public endpoint to answer anonymously" : null
                : status == 401 && code == "unauthorized" && IsIndonesian(detail) ? null : "expected 401 unauthorized with an Indonesian detail";

        if (row.Special?.TryGetValue(caller, out var special) == true)
            return status == special.Status && code == special.Code && IsIndonesian(detail) ? null : $"expected {special.Status} {special.Code}";

        if (caller == UnitB)
        {
            if (body.Contains(Marker, StringComparison.Ordinal)) return "unit A's narrative text leaked to a member of unit B";
            return row.Scope switch
            {
                Scope.UnitA => status == 404 && code == "not_found" && detail == NotMemberDetail ? null : "expected 404 (unit A is not disclosed to unit B)",
                Scope.ServerAdmin => status == 403 && code == "forbidden" && IsIndonesian(detail) ? null : "expected 403 forbidden",
                _ => Admitted(row, status, code, detail),
            };
        }

        if (row.Scope == Scope.ServerAdmin || !row.Allowed.Contains(caller))
            return status == 403 && code == "forbidden" && IsIndonesian(detail) ? null : "expected 403 forbidden with an Indonesian detail";
        return Admitted(row, status, code, detail);
    }

    /// <summary>Past authorization: not 401/403, not the unit-not-disclosed 404; reads must succeed outright.</summary>
    private static string? Admitted(Row row, int status, string? code, string? detail)
    {
        if (status is 401 or 403 || detail == NotMemberDetail) return "expected to be admitted";
        if (row.Method == "GET" && status is < 200 or > 299) return "expected a successful read";
        if (status >= 400 && !IsIndonesian(detail)) return "expected a problem with an Indonesian detail";
        return null;
    }

    private static (string? Code, string? Detail) Problem(HttpResponseMessage r, string body)
    {
        if (r.Content.Headers.ContentType?.MediaType != "application/problem+json") return (null, null);
        using var doc = JsonDocument.Parse(body);
        return (doc.RootElement.TryGetProperty("code", out var c) ? c.GetString() : null,
                doc.RootElement.TryGetProperty("detail", out var d) ? d.GetString() : null);
    }

    private static bool IsIndonesian(string? detail) =>
        !string.IsNullOrWhiteSpace(detail) && !detail.Contains("Exception", StringComparison.Ordinal) && !detail.StartsWith("The ", StringComparison.Ordinal);

    private static string Key(string method, string pattern) => method + " " + pattern;
    private static string Cut(string s) => s.Length > 160 ? s[..160] + "…" : s;
    private static StringContent Json(object o) => new(JsonSerializer.Serialize(o), Encoding.UTF8, "application/json");
    private static ByteArrayContent Raw(string text, string type)
    {
        var c = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        c.Headers.ContentType = new MediaTypeHeaderValue(type);
        return c;
    }

    /// <summary>Unit A (the sample unit, with a marked narrative, evidence with a file, a Q&amp;A question and a throwaway
    /// member), unit B with its own admin, and a bearer token for every caller.</summary>
    private sealed class Ctx
    {
        public const string Password = "Sandi-Matriks-123";
        public required HttpClient Client { get; init; }
        public required Guid UnitA { get; init; }
        public required Dictionary<string, string> Tokens { get; init; }
        public required string ThrowawayEmail { get; init; }
        public required Queue<string> RefreshTokens { get; init; }
        public string NextRefreshToken() => RefreshTokens.Dequeue();
        public required string ProfileText { get; init; }
        public required Dictionary<string, string> RouteValues { get; init; }

        public string Fill(string pattern, string id)
        {
            var path = pattern.Replace("{id:guid}", RouteValues["id:" + id]).Replace("{id}", RouteValues["id:" + id]);
            foreach (var (name, value) in RouteValues)
                path = System.Text.RegularExpressions.Regex.Replace(path, $@"\{{{name}(:[a-z]+)?\??\}}", value);
            return path;
        }

        public static async Task<Ctx> CreateAsync(ServerFactory factory)
        {
            var server = await factory.ClientAsync();
            var unitA = await server.SampleUnitId();
            var unitB = await server.CreateUnit("Unit B Matriks");
            var tokens = new Dictionary<string, string>();
            async Task<(Guid Id, string Email)> Add(string who, Guid unit, string role, params string[] areas)
            {
                var email = $"matriks-{Guid.NewGuid():N}@test.local";
                var r = await server.PostAsJsonAsync($"/api/units/{unit}/members", new { email, role, areas, password = Password });
                r.StatusCode.Should().Be(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
                var id = (await r.Json()).GetProperty("userId").GetGuid();
                if (who.Length > 0) tokens[who] = (await Login(factory, email)).Access;
                return (id, email);
            }
            await Add(Admin, unitA, "admin");
            await Add(Pimpinan, unitA, "pimpinan");
            await Add(Penulis, unitA, "penulis", "MP");
            await Add(PenulisLain, unitA, "penulis", "H");
            await Add(Peninjau, unitA, "peninjau");
            await Add(UnitB, unitB, "admin");
            var victim = await Add("", unitA, "peninjau");

            // A narrative carrying a marker that must never reach unit B, evidence with a file, a Q&A question.
            var save = new HttpRequestMessage(HttpMethod.Put, $"/api/units/{unitA}/narratives/P.MP.1.a") { Content = JsonContent.Create(new { text = Marker + " tim dibentuk." }) };
            var current = await server.GetAsync($"/api/units/{unitA}/narratives/P.MP.1.a");
            if (current.Headers.ETag is { } etag) save.Headers.IfMatch.Add(etag);
            (await server.SendAsync(save)).IsSuccessStatusCode.Should().BeTrue();
            using var form = new MultipartFormDataContent { { new StringContent("SK Tim"), "title" }, { new StringContent("P.MP.1.a"), "questionIds" },
                { new ByteArrayContent("isi bukti"u8.ToArray()), "file", "sk.pdf" } };
            var evidence = await (await server.PostAsync($"/api/units/{unitA}/evidence", form)).Json();
            var qa = await server.PostAsJsonAsync($"/api/units/{unitA}/qa", new { area = "MP", question = "Siapa ketua tim?" });
            qa.StatusCode.Should().Be(HttpStatusCode.Created, await qa.Content.ReadAsStringAsync());
            var profile = (await (await server.GetAsync($"/api/units/{unitA}/profile")).Json()).GetProperty("text").GetString();
            var publication = await server.PostAsJsonAsync($"/api/units/{unitA}/publications", new { date = "2024-05-16", channel = "website", title = "Berita" });
            publication.StatusCode.Should().Be(HttpStatusCode.Created, await publication.Content.ReadAsStringAsync());
            var docRequest = await server.PostAsJsonAsync($"/api/units/{unitA}/requests", new { title = "Data SDM", requester = "Kantor Pusat", dueDate = "2024-06-03" });
            docRequest.StatusCode.Should().Be(HttpStatusCode.Created, await docRequest.Content.ReadAsStringAsync());

            // The library: a draft of unit A, an entry unit A published (from a narrative without the marker), a built-in entry and deck.
            var plain = new HttpRequestMessage(HttpMethod.Put, $"/api/units/{unitA}/narratives/P.MP.1.b") { Content = JsonContent.Create(new { text = "Rencana pembangunan ZI disusun tim." }) };
            var currentB = await server.GetAsync($"/api/units/{unitA}/narratives/P.MP.1.b");
            if (currentB.Headers.ETag is { } etagB) plain.Headers.IfMatch.Add(etagB);
            (await server.SendAsync(plain)).IsSuccessStatusCode.Should().BeTrue();
            async Task<JsonElement> Draft()
            {
                var r = await server.PostAsJsonAsync("/api/library/drafts", new { unitId = unitA, kind = "narasi", questionId = "P.MP.1.b" });
                r.StatusCode.Should().Be(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
                return await r.Json();
            }
            var draft = (await Draft()).GetProperty("id").GetString()!;
            var toPublish = await Draft();
            var published = toPublish.GetProperty("id").GetString()!;
            (await server.PostAsJsonAsync($"/api/library/drafts/{published}/confirm", new { reviewHash = toPublish.GetProperty("reviewHash").GetString() }))
                .EnsureSuccessStatusCode();
            var items = (await (await server.GetAsync("/api/library/")).Json()).GetProperty("items").EnumerateArray().ToList();
            var entry = items.First(i => i.GetProperty("kind").GetString() == "narasi").GetProperty("id").GetString()!;
            var deck = items.First(i => i.GetProperty("kind").GetString() == "presentasi").GetProperty("id").GetString()!;
            if (string.IsNullOrWhiteSpace(profile)) profile = await File.ReadAllTextAsync(Path.Combine(NarrativeAssist.Tests.RepoRoot.Path, "templates", "units", "contoh.yaml"));

            return new Ctx
            {
                Client = factory.CreateClient(),
                UnitA = unitA,
                Tokens = tokens,
                ThrowawayEmail = victim.Email,
                RefreshTokens = await RefreshTokensAsync(factory, victim.Email, 10),
                ProfileText = profile!,
                RouteValues = new()
                {
                    ["unitId"] = unitA.ToString(),
                    ["userId"] = victim.Id.ToString(),
                    ["questionId"] = "P.MP.1.a",
                    ["evidenceId"] = evidence.GetProperty("id").GetGuid().ToString(),
                    ["id:qa"] = (await qa.Json()).GetProperty("id").GetGuid().ToString(),
                    ["publicationId"] = (await publication.Json()).GetProperty("id").GetGuid().ToString(),
                    ["requestId"] = (await docRequest.Json()).GetProperty("id").GetGuid().ToString(),
                    ["id:draft"] = draft,
                    ["id:published"] = published,
                    ["id:entry"] = entry,
                    ["id:deck"] = deck,
                    ["documentName"] = "v1",
                },
            };
        }

        private static async Task<Queue<string>> RefreshTokensAsync(ServerFactory factory, string email, int count)
        {
            var tokens = new Queue<string>();
            for (var i = 0; i < count; i++) tokens.Enqueue((await Login(factory, email)).Refresh);
            return tokens;
        }

        private static async Task<(string Access, string Refresh)> Login(ServerFactory factory, string email)
        {
            var r = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = Password });
            r.EnsureSuccessStatusCode();
            var json = await r.Json();
            return (json.GetProperty("accessToken").GetString()!, json.GetProperty("refreshToken").GetString()!);
        }
    }
}
