using System.Net;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace NarrativeAssist.Server.Auth;

/// <summary>Growing delays per account and client address instead of a lock on the account: a guesser slows down only
/// their own attempts, and the owner signing in from another address is never held back. The key is the e-mail as
/// typed, whether or not such an account exists, so the delays disclose nothing about which accounts exist.
/// A burst of parallel guesses before the first failures are counted is bounded by the per-address budget
/// (<see cref="SignInRateLimit"/>). Kept in memory per instance (see docs/penerapan.md); bounded in size.</summary>
public sealed class SignInThrottle(IOptions<SignInOptions> options, TimeProvider time) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 200_000 });

    private sealed class State
    {
        public int Failures;
        public DateTimeOffset RetryAt;
    }

    /// <summary>Null when an attempt may go ahead now, else how long to wait.</summary>
    public TimeSpan? Wait(string email, IPAddress? address)
    {
        if (!_cache.TryGetValue(Key(email, address), out State? state) || state is null) return null;
        var now = time.GetUtcNow();
        lock (state) return state.RetryAt > now ? state.RetryAt - now : null;
    }

    /// <summary>A wrong password (or an unknown account): after the free failures, each one doubles the wait.</summary>
    public void Failed(string email, IPAddress? address)
    {
        var o = options.Value;
        var state = _cache.GetOrCreate(Key(email, address), e =>
        {
            e.Size = 1;
            e.SlidingExpiration = TimeSpan.FromSeconds(Math.Max(o.MaxDelaySeconds * 2, 60));
            return new State();
        })!;
        lock (state)
        {
            state.Failures++;
            if (state.Failures <= o.FreeFailures) return;
            var doublings = Math.Min(state.Failures - o.FreeFailures - 1, 20);
            state.RetryAt = time.GetUtcNow() + TimeSpan.FromSeconds(Math.Min(o.FirstDelaySeconds * Math.Pow(2, doublings), o.MaxDelaySeconds));
        }
    }

    /// <summary>The right password: this account and address start afresh.</summary>
    public void Succeeded(string email, IPAddress? address) => _cache.Remove(Key(email, address));

    private static string Key(string email, IPAddress? address) => email.Trim().ToUpperInvariant() + "|" + address;

    public void Dispose() => _cache.Dispose();
}
