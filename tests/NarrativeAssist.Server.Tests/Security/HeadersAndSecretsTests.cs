using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NarrativeAssist.Server.Storage;
using NarrativeAssist.Server.Tests.Api;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Security;

/// <summary>Issue #7 part 5: security headers, CSP compatibility of the shipped HTML, HSTS, token expiry and
/// revocation, password policy, and no secrets or narrative text in the logs.</summary>
[Collection("api")]
public partial class HeadersAndSecretsTests(SharedServer s)
{
    private const string OfficeJs = "https://appsforoffice.microsoft.com";

    private static Dictionary<string, string> Directives(string csp) =>
        csp.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Contains(' ') ? d[(d.IndexOf(' ') + 1)..] : "");

    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/api/lke")]
    [InlineData("/api/units")] // 401 problem
    [InlineData("/tidak-ada")] // 404
    public async Task Web_app_and_API_get_a_strict_policy_and_cannot_be_framed(string path)
    {
        var r = await s.Factory.CreateClient().GetAsync(path);
        var csp = Directives(r.Headers.GetValues("Content-Security-Policy").Single());
        csp["default-src"].Should().Be("'self'");
        csp["script-src"].Should().Be("'self'", "no inline or external script in the web app");
        csp["style-src"].Should().Be("'self'");
        csp["object-src"].Should().Be("'none'");
        csp["frame-ancestors"].Should().Be("'none'");
        r.Headers.GetValues("X-Frame-Options").Single().Should().Be("DENY");
        r.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
        r.Headers.GetValues("Referrer-Policy").Single().Should().Be("no-referrer");
    }

    [Theory]
    [InlineData("/word/taskpane.html")]
    [InlineData("/powerpoint/taskpane.html")]
    [InlineData("/word/pane.js")]
    public async Task Panes_allow_office_js_from_Microsoft_only_and_stay_frameable_by_Office(string path)
    {
        var r = await s.Factory.CreateClient().GetAsync(path);
        r.StatusCode.Should().Be(HttpStatusCode.OK);
        var header = r.Headers.GetValues("Content-Security-Policy").Single();
        var csp = Directives(header);
        csp["script-src"].Split(' ').Should().BeEquivalentTo("'self'", OfficeJs);
        csp.Should().NotContainKey("frame-ancestors", "Office on the web embeds the pane in an iframe from Office domains");
        r.Headers.Contains("X-Frame-Options").Should().BeFalse();
        HttpOrigin().Matches(header).Select(m => m.Value).Distinct().Should().BeEquivalentTo([OfficeJs], "nothing else external");
        r.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
    }

    [Fact]
    public async Task Pane_frame_ancestors_can_be_pinned_per_deployment()
    {
        using var factory = new ServerFactory(seedSample: false, new Dictionary<string, string?>
        {
            ["Security:PaneFrameAncestors"] = "https://*.officeapps.live.com https://*.sharepoint.com",
        });
        var r = await factory.CreateClient().GetAsync("/word/taskpane.html");
        Directives(r.Headers.GetValues("Content-Security-Policy").Single())["frame-ancestors"]
            .Should().Be("'self' https://*.officeapps.live.com https://*.sharepoint.com");
    }

    [Fact]
    public void Shipped_HTML_has_no_inline_script_style_or_handler_and_loads_scripts_the_policy_allows()
    {
        var wwwroot = RepoRoot.File("src/NarrativeAssist.Server/wwwroot");
        var pages = Directory.GetFiles(wwwroot, "*.html", SearchOption.AllDirectories);
        pages.Should().HaveCountGreaterThanOrEqualTo(3);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            var name = Path.GetRelativePath(wwwroot, page);
            Regex.Matches(html, @"<script\b(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase).Should().BeEmpty($"{name}: inline <script> is refused by the CSP");
            Regex.Matches(html, @"<style\b", RegexOptions.IgnoreCase).Should().BeEmpty($"{name}: <style> is refused by the web app CSP");
            Regex.Matches(html, @"\sstyle\s*=", RegexOptions.IgnoreCase).Should().BeEmpty($"{name}: style attributes are refused");
            Regex.Matches(html, @"\son[a-z]+\s*=", RegexOptions.IgnoreCase).Should().BeEmpty($"{name}: inline event handlers are refused");
            Regex.Matches(html, @"javascript:", RegexOptions.IgnoreCase).Should().BeEmpty();
            foreach (Match src in Regex.Matches(html, @"<script\b[^>]*\bsrc=""(https?://[^""]+)""", RegexOptions.IgnoreCase))
            {
                src.Groups[1].Value.Should().StartWith(OfficeJs + "/", $"{name}: the only external script is office.js");
                name.Should().MatchRegex(@"^(word|powerpoint)[/\\]", "only the panes load office.js");
            }
        }
    }

    [Fact]
    public async Task HSTS_is_sent_on_HTTPS_outside_development_only()
    {
        var https = new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://zi.instansi.go.id") };
        var prod = await s.Factory.CreateClient(https).GetAsync("/health");
        prod.Headers.GetValues("Strict-Transport-Security").Single().Should().Be("max-age=31536000");

        using var dev = new ServerFactory(seedSample: false).WithWebHostBuilder(b => b.UseEnvironment("Development"));
        (await dev.CreateClient(https).GetAsync("/health")).Headers.Contains("Strict-Transport-Security").Should().BeFalse();
    }

    [Fact]
    public async Task Tokens_expire_after_8_hours_and_a_new_security_stamp_revokes_refresh_tokens()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var factory = new ServerFactory(seedSample: false, services: x => x.AddSingleton<TimeProvider>(clock));
        var login = await (await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = ServerFactory.AdminEmail, password = ServerFactory.AdminPassword })).Json();
        login.GetProperty("expiresIn").GetInt64().Should().Be(8 * 3600);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", login.GetProperty("accessToken").GetString());
        (await client.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK);

        clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));
        await (await client.GetAsync("/api/auth/me")).ShouldBeProblem(HttpStatusCode.Unauthorized, "unauthorized");
        var refresh = login.GetProperty("refreshToken").GetString();
        (await factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = refresh })).StatusCode.Should().Be(HttpStatusCode.OK);

        // Revocation: a new security stamp (password reset, account compromise) invalidates every refresh token.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(ServerFactory.AdminEmail))!);
        }
        await (await factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = refresh }))
            .ShouldBeProblem(HttpStatusCode.Unauthorized, "invalid_token");

        clock.Advance(TimeSpan.FromDays(15));
        await (await factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = refresh }))
            .ShouldBeProblem(HttpStatusCode.Unauthorized, "invalid_token");
    }

    [Fact]
    public async Task Signing_out_ends_every_session_of_the_account_at_once_and_only_that_account()
    {
        using var factory = new ServerFactory(seedSample: false);
        async Task<(HttpClient Client, string Refresh)> SignIn()
        {
            var login = await (await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = ServerFactory.AdminEmail, password = ServerFactory.AdminPassword })).Json();
            var client = factory.CreateClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", login.GetProperty("accessToken").GetString());
            return (client, login.GetProperty("refreshToken").GetString()!);
        }
        var (web, _) = await SignIn();     // the web app
        var (pane, paneRefresh) = await SignIn(); // the Word pane, same account
        var unit = await web.CreateUnit("Unit Keluar");
        const string memberPassword = "Sandi-Anggota-Keluar-7";
        (await web.PostAsJsonAsync($"/api/units/{unit}/members", new { email = "lain@test.local", role = "penulis", areas = new[] { "MP" }, password = memberPassword }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var other = factory.CreateClient();
        var otherLogin = await (await other.PostAsJsonAsync("/api/auth/login", new { email = "lain@test.local", password = memberPassword })).Json();
        other.DefaultRequestHeaders.Authorization = new("Bearer", otherLogin.GetProperty("accessToken").GetString());
        (await pane.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await web.PostAsync("/api/auth/logout", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await (await web.GetAsync("/api/auth/me")).ShouldBeProblem(HttpStatusCode.Unauthorized, "unauthorized"))
            .GetProperty("detail").GetString().Should().Be("Silakan masuk terlebih dahulu.");
        await (await pane.GetAsync($"/api/units/{unit}/narratives")).ShouldBeProblem(HttpStatusCode.Unauthorized, "unauthorized");
        await (await factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = paneRefresh }))
            .ShouldBeProblem(HttpStatusCode.Unauthorized, "invalid_token");
        (await other.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK, "another account's sessions are untouched");
        var (again, _) = await SignIn();
        (await again.GetAsync($"/api/units/{unit}/narratives")).StatusCode.Should().Be(HttpStatusCode.OK, "signing in again works at once");
    }

    [Fact]
    public async Task Weak_passwords_are_refused_in_Indonesian()
    {
        var r = await s.Admin.PostAsJsonAsync($"/api/units/{s.SampleUnit}/members", new { email = $"lemah-{Guid.NewGuid():N}@test.local", role = "peninjau", password = "pendek1" });
        (await r.ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_account")).GetProperty("detail").GetString().Should().Contain("minimal 12 karakter");
        var noDigit = await s.Admin.PostAsJsonAsync($"/api/units/{s.SampleUnit}/members", new { email = $"lemah-{Guid.NewGuid():N}@test.local", role = "peninjau", password = "tanpaangkasama" });
        (await noDigit.ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_account")).GetProperty("detail").GetString().Should().Contain("angka");
    }

    [Fact]
    public async Task Logs_at_trace_level_hold_no_narrative_text_passwords_or_tokens()
    {
        using var factory = new ServerFactory(seedSample: false, new Dictionary<string, string?>
        {
            // Everything at Trace, including the SQL commands: parameter values must still not appear (no sensitive-data logging).
            ["Logging:LogLevel:Default"] = "Trace", ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace", ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Trace",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Update"] = "Trace",
        });
        var anon = factory.CreateClient();
        var login = await (await anon.PostAsJsonAsync("/api/auth/login", new { email = ServerFactory.AdminEmail, password = ServerFactory.AdminPassword })).Json();
        var access = login.GetProperty("accessToken").GetString()!;
        var refresh = login.GetProperty("refreshToken").GetString()!;
        var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", access);
        var unit = await admin.CreateUnit("Unit Log");
        const string secret = "Narasi-rahasia-9c1e: SK Nomor KEP-77/2025 tentang Tim ZI";
        const string memberPassword = "Sandi-Anggota-Rahasia-5";
        (await admin.PostAsJsonAsync($"/api/units/{unit}/members", new { email = "log@test.local", role = "penulis", areas = new[] { "MP" }, password = memberPassword }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var save = new HttpRequestMessage(HttpMethod.Put, $"/api/units/{unit}/narratives/P.MP.1.a") { Content = JsonContent.Create(new { text = secret }) };
        var saved = await admin.SendAsync(save);
        saved.StatusCode.Should().Be(HttpStatusCode.Created);
        var update = new HttpRequestMessage(HttpMethod.Put, $"/api/units/{unit}/narratives/P.MP.1.a") { Content = JsonContent.Create(new { text = secret + " (revisi)" }) };
        update.Headers.IfMatch.Add(saved.Headers.ETag!);
        (await admin.SendAsync(update)).StatusCode.Should().Be(HttpStatusCode.OK);
        await admin.PostAsJsonAsync("/api/check", new { questionId = "P.MP.1.a", text = secret });
        await admin.PostAsJsonAsync($"/api/units/{unit}/narratives/P.MP.1.a/comments", new { text = secret });
        await anon.PostAsJsonAsync("/api/auth/login", new { email = ServerFactory.AdminEmail, password = "Salah-Rahasia-8d2" });
        await anon.PostAsJsonAsync("/api/auth/login", new { email = "log@test.local", password = memberPassword });
        await anon.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = refresh });
        await admin.GetAsync("/api/tidak-ada");

        factory.Logs.Should().NotBeEmpty();
        factory.Logs.Should().Contain(l => l.Contains("Executed DbCommand") || l.Contains("Request finished"), "trace logging was on");
        foreach (var forbidden in new[] { "rahasia-9c1e", ServerFactory.AdminPassword, "Salah-Rahasia-8d2", memberPassword, access[..40], refresh[..40] })
            factory.Logs.Where(l => l.Contains(forbidden, StringComparison.Ordinal)).Should().BeEmpty($"the logs must not hold \"{forbidden[..8]}…\"");
    }

    [GeneratedRegex(@"https?://[^\s;']+")]
    private static partial Regex HttpOrigin();
}
