using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Api;

public class ObservabilityTests
{
    [Fact]
    public async Task Logs_hold_neither_narrative_text_nor_passwords()
    {
        using var factory = new ServerFactory(seedSample: false, new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" });
        var admin = await factory.ClientAsync();
        var unit = await admin.CreateUnit("Log Uji");
        const string secretText = "Narasi-rahasia-unit-7f3a tentang SK Nomor KEP-99/2024";
        var req = new HttpRequestMessage(HttpMethod.Put, $"/api/units/{unit}/narratives/P.MP.1.a") { Content = JsonContent.Create(new { text = secretText }) };
        (await admin.SendAsync(req)).StatusCode.Should().Be(HttpStatusCode.Created);
        await admin.PostAsJsonAsync("/api/check", new { questionId = "P.MP.1.a", text = secretText });
        await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = ServerFactory.AdminEmail, password = "Salah-Rahasia-42" });

        factory.Logs.Should().NotBeEmpty();
        factory.Logs.Should().NotContain(l => l.Contains("rahasia-unit-7f3a") || l.Contains(ServerFactory.AdminPassword) || l.Contains("Salah-Rahasia-42"));
    }

    [Fact]
    public async Task First_start_explains_key_storage_in_Indonesian_instead_of_the_framework_warning()
    {
        using var factory = new ServerFactory(seedSample: false);
        (await factory.CreateClient().GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
        factory.Logs.Should().Contain(l => l.Contains("Kunci penanda token disimpan di basis data tanpa enkripsi tambahan")
            && l.Contains("DataProtection:CertificatePath"));
        factory.Logs.Should().NotContain(l => l.Contains("No XML encryptor configured"));
    }

    [Fact]
    public async Task One_progress_snapshot_per_ISO_week()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)); // Monday of 2026-W48
        using var factory = new ServerFactory(seedSample: true, services: s => s.AddSingleton<TimeProvider>(clock));
        var admin = await factory.ClientAsync();
        var unit = await admin.SampleUnitId();
        await admin.GetAsync($"/api/units/{unit}/progress");
        clock.Advance(TimeSpan.FromDays(3));                                                          // still W48
        admin = await factory.ClientAsync();                                                          // tokens expire with the clock
        (await admin.GetAsync($"/api/units/{unit}/progress")).StatusCode.Should().Be(HttpStatusCode.OK);
        clock.Advance(TimeSpan.FromDays(5));                                                          // W49
        admin = await factory.ClientAsync();
        var progress = await (await admin.GetAsync($"/api/units/{unit}/progress")).Json();
        progress.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("week").GetString()).Should().Equal("2026-W48", "2026-W49");
        progress.GetProperty("history")[0].GetProperty("answered").GetInt32().Should().Be(10);
    }
}
