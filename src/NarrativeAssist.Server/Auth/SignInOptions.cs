namespace NarrativeAssist.Server.Auth;

/// <summary>SignIn:* — how guessing is slowed down. Two independent brakes: per account and address (growing delays,
/// so a guesser elsewhere cannot lock the owner out) and per address across accounts (ASP.NET Core rate limiting).</summary>
public sealed class SignInOptions
{
    public const string Section = "SignIn";

    /// <summary>Failed attempts per account and address before delays begin.</summary>
    public int FreeFailures { get; set; } = 3;

    /// <summary>The first delay; each further failure doubles it.</summary>
    public int FirstDelaySeconds { get; set; } = 2;

    /// <summary>The longest delay between two attempts on one account from one address.</summary>
    public int MaxDelaySeconds { get; set; } = 15 * 60;

    /// <summary>Sign-in and password-change attempts per address and minute, over all accounts (token bucket refill).</summary>
    public int AttemptsPerAddressPerMinute { get; set; } = 10;

    /// <summary>Attempts an address may make at once before the per-minute refill applies (an office behind one NAT
    /// signing in at eight o'clock).</summary>
    public int AttemptBurstPerAddress { get; set; } = 30;
}
