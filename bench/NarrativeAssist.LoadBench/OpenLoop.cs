using System.Diagnostics;
using System.Net.Http.Headers;

namespace NarrativeAssist.LoadBench;

/// <summary>What a run sends: how to make its i-th request (called in order from the dispatcher thread), an optional
/// check of a successful response (returns an error or null; a save records its new ETag here) and, for a mix, the
/// kind of each request so the table can break the run down.</summary>
internal sealed record Target(string Name, Func<int, HttpRequestMessage> Request)
{
    /// <summary>The bodies of a single-endpoint POST target (sent once each in the pre-flight).</summary>
    public IReadOnlyList<byte[]> Bodies { get; init; } = [];
    public Func<int, HttpResponseMessage, string?>? Accept { get; init; }
    public Func<int, string>? KindOf { get; init; }

    private static readonly MediaTypeHeaderValue JsonType = new("application/json");

    public static Target Post(string name, string path, IReadOnlyList<byte[]> bodies) =>
        new(name, i => JsonRequest(HttpMethod.Post, path, bodies[i % bodies.Count])) { Bodies = bodies };

    public static HttpRequestMessage JsonRequest(HttpMethod method, string path, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = JsonType;
        return new HttpRequestMessage(method, path) { Content = content };
    }
}

/// <summary>One kind of request within a mixed run.</summary>
internal sealed record KindResult(string Kind, int Completed, int Errors, double P50, double P90, double P99, double Max);

/// <summary>What one fixed-rate run measured. Latencies are from the request's <em>scheduled</em> send time to the
/// end of its response body, so a client or server that falls behind shows up in the numbers (no coordinated omission).</summary>
internal sealed record RunResult(
    string Endpoint, double TargetRate, double AchievedRate, int Scheduled, int Completed, int Errors,
    double P50, double P90, double P99, double Max, double SendLagP99, int MaxInFlight, bool Saturated,
    double ServerCpuPercent, double ClientCpuPercent, double OtherCpuPercent, double ServerCpuMsPerRequest, string? FirstError)
{
    /// <summary>Per kind of request, for a mixed run.</summary>
    public IReadOnlyList<KindResult> Kinds { get; init; } = [];
    /// <summary>The server's peak resident memory since it started (VmHWM), MB.</summary>
    public double ServerPeakMb { get; init; } = double.NaN;

    public bool Meets(double p99LimitMs) => Errors == 0 && !Saturated && P99 <= p99LimitMs && AchievedRate >= 0.95 * TargetRate;
}

/// <summary>Open-loop load: request <c>i</c> is due at <c>start + i / rate</c> whatever happened to earlier ones. A
/// dedicated thread dispatches each request at (or, if late, as soon as possible after) its due time, never waiting
/// for responses; a run stops scheduling early if the backlog passes two seconds of requests (the server cannot keep
/// up), and every run waits for its outstanding responses within the client timeout, so it always ends.</summary>
internal static class OpenLoop
{
    public static async Task<RunResult> RunAsync(HttpClient http, Target target, double rate, TimeSpan duration, Func<Process?> server)
    {
        var n = Math.Max(1, (int)Math.Round(rate * duration.TotalSeconds));
        var latency = new long[n];
        var lag = new long[n];
        var failed = new bool[n];
        var tasks = new Task[n];
        var requests = new HttpRequestMessage[n];
        var completed = 0;
        var inFlight = 0;
        var maxInFlight = 0;
        var errors = 0;
        string? firstError = null;
        var backlogLimit = Math.Max(50, (int)(rate * 2));
        var saturated = false;
        var scheduled = 0;
        var lastEnd = 0L;

        async Task One(int i, long due)
        {
            var sent = Stopwatch.GetTimestamp();
            lag[i] = sent - due;
            var now = Interlocked.Increment(ref inFlight);
            int seen;
            while (now > (seen = Volatile.Read(ref maxInFlight)) && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen) { }
            string? error = null;
            try
            {
                using var resp = await http.SendAsync(requests[i], HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
                if (!resp.IsSuccessStatusCode)
                    error = $"HTTP {(int)resp.StatusCode}: {Truncate(await resp.Content.ReadAsStringAsync().ConfigureAwait(false))}";
                else if (resp.Content.Headers.ContentLength is 0)
                    error = "empty response";
                else error = target.Accept?.Invoke(i, resp);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                error = e.GetType().Name + ": " + e.Message;
            }
            finally { requests[i].Dispose(); }
            var end = Stopwatch.GetTimestamp();
            latency[i] = end - due;
            if (error is not null)
            {
                failed[i] = true;
                if (Interlocked.Increment(ref errors) == 1) firstError = error;
            }
            long last;
            while (end > (last = Volatile.Read(ref lastEnd)) && Interlocked.CompareExchange(ref lastEnd, end, last) != last) { }
            Interlocked.Decrement(ref inFlight);
            Interlocked.Increment(ref completed);
        }

        var serverProc = server();
        var serverCpu0 = Cpu(serverProc);
        var clientCpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var machine0 = MachineBusy();
        var freq = (double)Stopwatch.Frequency;
        var start = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 100; // 10 ms from now
        var interval = freq / rate;

        var dispatcher = new Thread(() =>
        {
            for (var i = 0; i < n; i++)
            {
                var due = start + (long)(i * interval);
                while (true)
                {
                    var wait = due - Stopwatch.GetTimestamp();
                    if (wait <= 0) break;
                    // Sleep (never spin: the client shares two cores with the server). Oversleeping makes the
                    // request late, and its latency, counted from `due`, includes that lateness.
                    Thread.Sleep(Math.Max(1, (int)Math.Ceiling(wait * 1000 / freq)));
                }
                if (i - Volatile.Read(ref completed) > backlogLimit)
                {
                    saturated = true;
                    break;
                }
                requests[i] = target.Request(i);
                tasks[i] = One(i, due);
                scheduled = i + 1;
            }
        }) { IsBackground = true, Name = "open-loop dispatcher", Priority = ThreadPriority.AboveNormal };
        dispatcher.Start();
        await Task.Run(dispatcher.Join).ConfigureAwait(false);
        await Task.WhenAll(tasks.Take(scheduled)).ConfigureAwait(false);
        var stop = Math.Max(Stopwatch.GetTimestamp(), lastEnd);

        var serverCpu = Cpu(serverProc) - serverCpu0;
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime - clientCpu0;
        var machine1 = MachineBusy();
        var wallSeconds = (stop - start) / freq;
        var ok = Enumerable.Range(0, scheduled).Where(i => !failed[i]).Select(i => latency[i] / freq * 1000).Order().ToArray();
        var lags = lag.Take(scheduled).Select(l => l / freq * 1000).Order().ToArray();
        // Achieved rate: successful responses per second over the whole run, including the drain after the last send.
        var achieved = ok.Length / Math.Max(wallSeconds, duration.TotalSeconds);
        var kinds = target.KindOf is not { } kindOf ? [] : Enumerable.Range(0, scheduled).GroupBy(kindOf).Select(g =>
        {
            var good = g.Where(i => !failed[i]).Select(i => latency[i] / freq * 1000).Order().ToArray();
            return new KindResult(g.Key, g.Count(), g.Count(i => failed[i]), Percentile(good, 0.50), Percentile(good, 0.90), Percentile(good, 0.99),
                good.Length > 0 ? good[^1] : double.NaN);
        }).OrderByDescending(k => k.Completed).ToList();
        return new RunResult(target.Name, rate, achieved, scheduled, completed, errors,
            Percentile(ok, 0.50), Percentile(ok, 0.90), Percentile(ok, 0.99), ok.Length > 0 ? ok[^1] : double.NaN,
            Percentile(lags, 0.99), maxInFlight, saturated,
            serverCpu.TotalMilliseconds / 10 / wallSeconds, clientCpu.TotalMilliseconds / 10 / wallSeconds,
            // Everything else on the machine (other builds, tests): busy time of all CPUs minus server and client.
            machine0 is { } m0 && machine1 is { } m1
                ? Math.Max(0, (m1 - m0).TotalMilliseconds - serverCpu.TotalMilliseconds - clientCpu.TotalMilliseconds) / 10 / wallSeconds
                : double.NaN,
            completed > 0 ? serverCpu.TotalMilliseconds / completed : double.NaN, firstError)
        {
            Kinds = kinds,
            ServerPeakMb = PeakResidentMb(serverProc),
        };
    }

    /// <summary>VmHWM of /proc/&lt;pid&gt;/status: the process's peak resident set since it started.</summary>
    private static double PeakResidentMb(Process? p)
    {
        try
        {
            var line = p is null ? null : File.ReadLines($"/proc/{p.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? double.NaN
                : long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return double.NaN;
        }
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double q) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static TimeSpan Cpu(Process? p)
    {
        if (p is null) return TimeSpan.Zero;
        try
        {
            p.Refresh();
            return p.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return TimeSpan.Zero;
        }
    }

    /// <summary>Busy time of all CPUs since boot (user+nice+system+irq+softirq+steal from /proc/stat), or null off Linux.</summary>
    private static TimeSpan? MachineBusy()
    {
        try
        {
            var f = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            long J(int i) => long.Parse(f[i], System.Globalization.CultureInfo.InvariantCulture);
            var busyJiffies = J(1) + J(2) + J(3) + J(6) + J(7) + J(8);
            return TimeSpan.FromMilliseconds(busyJiffies * 10.0); // USER_HZ is 100 on Linux
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static string Truncate(string s) => s.Length <= 300 ? s : s[..300] + "…";
}
