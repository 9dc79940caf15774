using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Auth;

/// <summary>What checking an e-mail and password found. Callers answer <see cref="Refused"/> identically whatever the
/// reason (no such account, wrong password), so an account's existence is never disclosed.</summary>
public enum CredentialVerdict { Valid, Refused, Throttled }

public sealed record CredentialOutcome(CredentialVerdict Verdict, AppUser? User = null, TimeSpan Wait = default);

/// <summary>The one place a typed password is checked (sign-in and password change). An unknown account costs the same
/// hash computation as a known one: the password is verified against a dummy hash, so timing does not tell them apart.
/// Identity's account lockout is not used: <see cref="SignInThrottle"/> slows guessing without locking the owner out.</summary>
public sealed class CredentialCheck(UserManager<AppUser> users, IPasswordHasher<AppUser> hasher, SignInThrottle throttle, DummyPasswordHash dummy)
{
    public async Task<CredentialOutcome> CheckAsync(string email, string password, IPAddress? address)
    {
        if (throttle.Wait(email, address) is { } wait) return new(CredentialVerdict.Throttled, Wait: wait);
        var user = await users.FindByEmailAsync(email.Trim());
        bool valid;
        if (user is null)
        {
            hasher.VerifyHashedPassword(dummy.User, dummy.Hash, password); // the same work as for a real account, result unused
            valid = false;
        }
        else valid = await users.CheckPasswordAsync(user, password);
        if (!valid)
        {
            throttle.Failed(email, address);
            return new(CredentialVerdict.Refused);
        }
        throttle.Succeeded(email, address);
        return new(CredentialVerdict.Valid, user!);
    }
}

/// <summary>A hash of a random password, made the way Identity hashes real accounts' passwords (same algorithm and cost).</summary>
public sealed class DummyPasswordHash
{
    public DummyPasswordHash(Microsoft.Extensions.Options.IOptions<PasswordHasherOptions> options)
    {
        User = new AppUser { Id = Guid.Empty, UserName = "-" };
        Hash = new PasswordHasher<AppUser>(options).HashPassword(User, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
    }

    public AppUser User { get; }
    public string Hash { get; }
}
