namespace NarrativeAssist.Server.Api;

/// <summary>Configuration section "Parsing": how uploaded Office packages and library bundles are parsed
/// (<see cref="ParsePool"/>). The defaults suit a small server with two cores.</summary>
public sealed class ParseOptions
{
    public const string Section = "Parsing";

    /// <summary>Uploads parsed at the same time; each keeps one core busy at most.</summary>
    public int Workers { get; set; } = 2;

    /// <summary>Uploads that may wait for a worker; more are answered 429 at once.</summary>
    public int QueueLimit { get; set; } = 16;

    /// <summary>Longest wait for a worker before the upload is answered 429.</summary>
    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time one parse may take on its worker (and so the CPU it may use) before it is cancelled and answered
    /// 422. A real 20 MB document is read in a few seconds; the request timeout (Limits:RequestTimeoutSeconds) must stay
    /// above QueueTimeout + Budget.</summary>
    public TimeSpan Budget { get; set; } = TimeSpan.FromSeconds(15);
}
