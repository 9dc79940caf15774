using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace NarrativeAssist.Server.Auth;

/// <summary>A budget of password attempts per client address over all accounts (sign-in and password change), so
/// spreading guesses over many accounts does not multiply them. A token bucket: an office behind one address can sign
/// in together in the morning, a guesser is held to <see cref="SignInOptions.AttemptsPerAddressPerMinute"/>.</summary>
public static class SignInRateLimit
{
    public const string Policy = "sign-in";

    public static void AddSignInPolicy(this RateLimiterOptions o) =>
        o.AddPolicy(Policy, http =>
        {
            var s = http.RequestServices.GetRequiredService<IOptions<SignInOptions>>().Value;
            return RateLimitPartition.GetTokenBucketLimiter("sign-in:" + http.Connection.RemoteIpAddress, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, s.AttemptBurstPerAddress),
                TokensPerPeriod = Math.Max(1, s.AttemptsPerAddressPerMinute),
                ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
}
