using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NarrativeAssist.Server.Storage;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Security;

/// <summary>Issue #13, attack 5: accounts could be enumerated (answers and timing differed), anyone could lock any
/// account for 15 minutes again and again, and guesses spread over accounts were barely limited.</summary>
public class SignInSecurityTests
{
    private const string Password = "Sandi-Benar-Sekali-7";

    private static async Task<string> NewAccount(ServerFactory factory)
    {
        var admin = await factory.ClientAsync();
        var unit = await admin.SampleUnitId();
        var email = $"akun-{Guid.NewGuid():N}@test.local";
        (await admin.PostAsJsonAsync($"/api/units/{unit}/members", new { email, role = "peninjau", password = Password })).EnsureSuccessStatusCode();
        return email;
    }

    private static async Task<(int Status, string Code, string Detail)> Attempt(HttpClient client, string email, string password)
    {
        var r = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        if (r.IsSuccessStatusCode) return ((int)r.StatusCode, "ok", "");
        var json = await r.Json();
        // The wait in a throttled answer ("2 detik") is compared as a shape: it is the same rule for both, not the same instant.
        return ((int)r.StatusCode, json.GetProperty("code").GetString()!, System.Text.RegularExpressions.Regex.Replace(json.GetProperty("detail").GetString()!, @"\d+", "N"));
    }

    [Fact]
    public async Task Unknown_account_wrong_password_and_repeated_failures_get_the_same_answers()
    {
        using var factory = new ServerFactory(seedSample: true, services: TestClientAddress.Register);
        var known = await NewAccount(factory);
        var unknown = $"tidak-ada-{Guid.NewGuid():N}@test.local";
        var attacker = TestClientAddress.From(factory, "198.51.100.7");

        var forKnown = new List<(int, string, string)>();
        var forUnknown = new List<(int, string, string)>();
        for (var i = 0; i < 8; i++)
        {
            forKnown.Add(await Attempt(attacker, known, "Tebakan-Salah-" + i));
            forUnknown.Add(await Attempt(attacker, unknown, "Tebakan-Salah-" + i));
        }
        forKnown.Should().Equal(forUnknown, "nothing in the answers may tell an existing account from an unknown one");
        forKnown[0].Should().Be((401, "invalid_credentials", "Surel atau kata sandi salah."));
        forKnown.Should().Contain(a => a.Item2 == "too_many_attempts", "repeated failures are slowed down");
        forKnown.Select(a => a.Item2).Should().NotContain("locked_out");
    }

    [Fact]
    public async Task An_unknown_account_costs_the_same_password_hash_as_a_known_one()
    {
        var counter = new CountingHasher();
        using var factory = new ServerFactory(seedSample: true, services: s =>
            s.AddScoped<IPasswordHasher<AppUser>>(sp => counter.Wrap(new PasswordHasher<AppUser>(sp.GetRequiredService<IOptions<PasswordHasherOptions>>()))));
        var known = await NewAccount(factory);
        var anon = factory.CreateClient();

        var before = counter.Verifications;
        (await Attempt(anon, known, "Tebakan-Salah-1")).Item1.Should().Be(401);
        var perKnown = counter.Verifications - before;
        before = counter.Verifications;
        (await Attempt(anon, $"tidak-ada-{Guid.NewGuid():N}@test.local", "Tebakan-Salah-1")).Item1.Should().Be(401);
        var perUnknown = counter.Verifications - before;

        perKnown.Should().Be(1);
        perUnknown.Should().Be(perKnown, "an unknown account is checked against a dummy hash, so both answers take as long");
    }

    [Fact]
    public async Task A_guesser_cannot_lock_the_owner_out_from_elsewhere()
    {
        using var factory = new ServerFactory(seedSample: true, services: TestClientAddress.Register);
        var email = await NewAccount(factory);
        var attacker = TestClientAddress.From(factory, "198.51.100.9");
        for (var i = 0; i < 12; i++) await Attempt(attacker, email, "Tebakan-Salah-" + i);

        var held = await attacker.PostAsJsonAsync("/api/auth/login", new { email, password = Password });
        await held.ShouldBeProblem(HttpStatusCode.TooManyRequests, "too_many_attempts");
        held.Headers.RetryAfter.Should().NotBeNull("the client is told how long to wait");

        var owner = TestClientAddress.From(factory, "203.0.113.20");
        (await Attempt(owner, email, Password)).Should().Be((200, "ok", ""), "the right password from another address still works");
    }

    [Fact]
    public async Task Guesses_spread_over_accounts_have_a_budget_per_address()
    {
        using var factory = new ServerFactory(seedSample: true, new Dictionary<string, string?>
        {
            ["SignIn:AttemptBurstPerAddress"] = "5",
            ["SignIn:AttemptsPerAddressPerMinute"] = "1",
        }, TestClientAddress.Register);
        var attacker = TestClientAddress.From(factory, "198.51.100.11");
        var statuses = new List<int>();
        for (var i = 0; i < 8; i++)
            statuses.Add((await Attempt(attacker, $"korban-{i}@test.local", "Tebakan-Salah-1")).Status);
        statuses.Take(5).Should().AllBeEquivalentTo(401);
        statuses.Skip(5).Should().AllBeEquivalentTo(429, "the address has used its budget, whichever account it tries");

        var other = TestClientAddress.From(factory, "203.0.113.30");
        (await Attempt(other, ServerFactory.AdminEmail, ServerFactory.AdminPassword)).Status.Should().Be(200, "other addresses keep their own budget");
    }

    /// <summary>Counts password verifications by the server's hasher.</summary>
    private sealed class CountingHasher
    {
        private int _verifications;
        public int Verifications => Volatile.Read(ref _verifications);

        public IPasswordHasher<AppUser> Wrap(IPasswordHasher<AppUser> inner) => new Counting(inner, this);

        private sealed class Counting(IPasswordHasher<AppUser> inner, CountingHasher owner) : IPasswordHasher<AppUser>
        {
            public string HashPassword(AppUser user, string password) => inner.HashPassword(user, password);

            public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
            {
                Interlocked.Increment(ref owner._verifications);
                return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
            }
        }
    }
}
