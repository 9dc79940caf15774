// Open-loop load benchmark of the server's checker endpoints over loopback (issue 3, item 8).
//
//   dotnet run -c Release --project bench/NarrativeAssist.LoadBench              full run (4–8 min)
//   dotnet run -c Release --project bench/NarrativeAssist.LoadBench -- --quick   short smoke run (~1 min)
//
// Starts the Release build of src/NarrativeAssist.Server as a child process on a free loopback port with a temporary
// SQLite file, signs in, warms up, then runs fixed-rate open-loop load on POST /api/check and POST /api/check/document
// and a rate step to find the highest rate each sustains. Prints a table; exit code 1 if any request failed,
// 2 if the server could not be started or prepared, 3 with --fail-on-miss when the target is missed.
// Options: --server <dll> --duration <s> --check-rate <r/s> --doc-rate <r/s> --warmup <s> --step-duration <s>
//          --slo-ms <ms> --doc-slo-ms <ms> --no-steps --no-unit --quick --fail-on-miss --seed <n> --server-env K=V
//          --only check,unit,document,mix (scenarios to run; all by default)
//          --mix-rate <r/s> --mix-duration <s> --mix-slo-ms <ms> --memory-limit-mb <MB>
//
//   dotnet run -c Release --project bench/NarrativeAssist.LoadBench -- --only mix    issue #7's 60 s mix at 200/s

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using System.Text.Json;
using NarrativeAssist.LoadBench;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var opt = Options.Parse(args);
if (opt is null) return 2;

var serverDll = opt.ServerDll ?? DefaultServerDll();
if (serverDll is null)
{
    Console.Error.WriteLine("Cannot find the server build; pass --server <path to NarrativeAssist.Server.dll>.");
    return 2;
}

var plannedSeconds = opt.Warmup * 3 + (opt.Duration + 2) * 3 + opt.MixDuration + 60 + (opt.Steps ? 30 * (opt.StepDuration + 2) : 0);
Console.WriteLine($"Server   : dotnet {serverDll}");
Console.WriteLine($"Machine  : {Environment.ProcessorCount} logical CPUs, {CpuModel()}, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, load average {LoadAverage()}");

await using var server = ServerProcess.Start(serverDll, TimeSpan.FromSeconds(plannedSeconds + 600), opt.ServerEnv);
// Ctrl+C, kill, hang-up: end the server with the harness (the timeout wrapper is the last resort).
using var onSigInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => server.Kill());
using var onSigTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => server.Kill());
using var onSigHup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, _ => server.Kill());
using var http = new HttpClient(new SocketsHttpHandler
{
    PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    MaxConnectionsPerServer = 1024,
    UseCookies = false,
    ConnectTimeout = TimeSpan.FromSeconds(5),
})
{
    BaseAddress = server.BaseAddress,
    Timeout = TimeSpan.FromSeconds(30),
};

Workload work;
Guid? unitId = null;
try
{
    await server.WaitHealthyAsync(http, TimeSpan.FromSeconds(60));
    Console.WriteLine($"Listening: {server.BaseAddress} (log {server.LogPath})");

    using (var login = await http.PostAsync("api/auth/login", Json(new { email = ServerProcess.AdminEmail, password = ServerProcess.AdminPassword })))
    {
        var body = await login.Content.ReadAsStringAsync();
        if (!login.IsSuccessStatusCode) throw new InvalidOperationException($"login: HTTP {(int)login.StatusCode} {body}");
        var token = JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    var questions = Workload.ParseCatalog(await http.GetByteArrayAsync("api/lke"));
    if ((opt.Unit && opt.Runs("unit")) || opt.Runs("mix"))
    {
        // A unit with the sample profile: checks naming it go through the membership query and the profile load.
        using var created = await http.PostAsync("api/units", Json(new { nama = "Unit Uji Beban", instansi = "Bench" }));
        var createdBody = await created.Content.ReadAsStringAsync();
        if (!created.IsSuccessStatusCode) throw new InvalidOperationException($"POST /api/units: HTTP {(int)created.StatusCode} {createdBody}");
        unitId = JsonDocument.Parse(createdBody).RootElement.GetProperty("id").GetGuid();
        var profile = RepoFile("templates/units/contoh.yaml");
        if (profile is not null)
        {
            using var put = await http.PutAsync($"api/units/{unitId}/profile", Json(new { text = File.ReadAllText(profile) }));
            if (!put.IsSuccessStatusCode) throw new InvalidOperationException($"PUT profile: HTTP {(int)put.StatusCode} {await put.Content.ReadAsStringAsync()}");
        }
        else Console.WriteLine("note: templates/units/contoh.yaml not found; the unit has no profile");
    }
    work = Workload.Build(questions, unitId, opt.Seed);
    Console.WriteLine($"Workload : {work.CheckBodies.Count} single-check bodies over {questions.Count} questions, {work.MinWords}–{work.MaxWords} words " +
                      $"(mean {Mean(work.CheckBodies):0} bytes); {work.DocumentBodies.Count} documents of {work.NarrativesPerDocument} narratives (mean {Mean(work.DocumentBodies) / 1024:0} KiB)");
}
catch (Exception e) when (e is InvalidOperationException or TimeoutException or HttpRequestException or JsonException or KeyNotFoundException or FileNotFoundException)
{
    Console.Error.WriteLine("setup failed: " + e.Message);
    return 2;
}

var check = Target.Post("POST /api/check", "api/check", work.CheckBodies);
var checkUnit = Target.Post("POST /api/check (unitId)", "api/check", opt.Runs("unit") ? work.CheckBodiesWithUnit : []);
var document = Target.Post($"POST /api/check/document ({work.NarrativesPerDocument})", "api/check/document", work.DocumentBodies);
Func<Process?> serverProc = server.DotnetProcess;

// Pre-flight: every body once, in sequence; any failure here is a harness or server bug, not load.
var failures = 0;
foreach (var t in new[] { check, checkUnit, document }.Where(t => t.Bodies.Count > 0))
for (var i = 0; i < t.Bodies.Count; i++)
{
    using var r = await http.SendAsync(t.Request(i));
    if (r.IsSuccessStatusCode) continue;
    if (failures++ == 0) Console.Error.WriteLine($"pre-flight {t.Name}: HTTP {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
}
Console.WriteLine($"Pre-flight: {check.Bodies.Count + checkUnit.Bodies.Count + document.Bodies.Count} requests, {failures} failed");
Target? mix = null;
if (opt.Runs("mix"))
{
    try { mix = await Mix.BuildAsync(http, work, unitId!.Value, opt.Seed); }
    catch (Exception e) when (e is InvalidOperationException or HttpRequestException)
    {
        Console.Error.WriteLine("mix setup failed: " + e.Message);
        return 2;
    }
    Console.WriteLine($"Mix      : {Mix.Describe()}; {work.SaveBodies.Count / 2} narratives saved once to get their ETags");
}

// Warm-up (not reported): JIT tiers, connection pool, SQLite pages, GC heaps.
Console.WriteLine($"Warm-up  : {opt.Warmup:0} s …");
var warm = new List<RunResult>();
if (opt.Runs("check")) warm.Add(await OpenLoop.RunAsync(http, check, opt.CheckRate * 0.75, TimeSpan.FromSeconds(opt.Warmup), serverProc));
if (opt.Runs("document")) warm.Add(await OpenLoop.RunAsync(http, document, opt.DocRate * 0.5, TimeSpan.FromSeconds(opt.Warmup / 2), serverProc));
if (checkUnit.Bodies.Count > 0) warm.Add(await OpenLoop.RunAsync(http, checkUnit, opt.CheckRate * 0.25, TimeSpan.FromSeconds(opt.Warmup / 2), serverProc));
if (mix is not null) warm.Add(await OpenLoop.RunAsync(http, mix, opt.MixRate * 0.5, TimeSpan.FromSeconds(opt.Warmup), serverProc));
failures += warm.Sum(r => r.Errors);
if (warm.FirstOrDefault(r => r.FirstError is not null) is { } badWarm) Console.Error.WriteLine($"warm-up {badWarm.Endpoint}: {badWarm.Errors} failed, first: {badWarm.FirstError}");

var results = new List<RunResult>();
async Task<RunResult> Run(Target t, double rate, double seconds, string label)
{
    await Task.Delay(1500); // let the previous run's backlog and GC settle
    var r = await OpenLoop.RunAsync(http, t, rate, TimeSpan.FromSeconds(seconds), serverProc);
    Console.WriteLine($"  {label,-6} {t.Name,-34} {rate,6:0}/s → {r.AchievedRate,7:0.0}/s  p50 {r.P50,7:0.0}  p99 {r.P99,8:0.0}  max {r.Max,8:0.0} ms" +
                      $"  cpu srv {r.ServerCpuPercent:0}% cli {r.ClientCpuPercent:0}% other {r.OtherCpuPercent:0}%  err {r.Errors}{(r.Saturated ? "  SATURATED" : "")}{(r.FirstError is null ? "" : "  first: " + r.FirstError)}");
    results.Add(r);
    failures += r.Errors;
    return r;
}

Console.WriteLine($"Fixed rate: {opt.Duration:0} s each");
RunResult? main = null;
if (opt.Runs("check")) main = await Run(check, opt.CheckRate, opt.Duration, "fixed");
if (opt.Runs("unit") && checkUnit.Bodies.Count > 0) await Run(checkUnit, opt.CheckRate, opt.Duration, "fixed");
if (opt.Runs("document")) await Run(document, opt.DocRate, opt.Duration, "fixed");
RunResult? mixed = null;
if (mix is not null) mixed = await Run(mix, opt.MixRate, opt.MixDuration, "mix");

var steps = new HashSet<RunResult>(ReferenceEqualityComparer.Instance);
var retries = new HashSet<RunResult>(ReferenceEqualityComparer.Instance);
// A failed step is run once more before the search stops: on a shared machine one burst of someone else's work can
// spoil a 10-second p99. Both attempts are reported.
async Task<bool> Step(Target t, double rate, double slo)
{
    for (var attempt = 0; attempt < 2; attempt++)
    {
        var r = await Run(t, rate, opt.StepDuration, attempt == 0 ? "step" : "retry");
        steps.Add(r);
        if (attempt > 0) retries.Add(r);
        if (r.Meets(slo)) return true;
        if (r.Errors > 0) return false;
    }
    return false;
}
double? maxCheck = null, maxDoc = null;
if (opt.Steps)
{
    Console.WriteLine($"Steps    : {opt.StepDuration:0} s each; a step passes with no errors, p99 ≤ SLO and ≥ 95 % of the rate achieved; a failed step is retried once, then the search stops");
    foreach (var rate in new double[] { 100, 200, 300, 400, 500, 600, 700, 800, 1000, 1200, 1500, 2000, 2500, 3000, 4000 }.Where(_ => opt.Runs("check")))
    {
        if (!await Step(check, rate, opt.SloMs)) break;
        maxCheck = rate;
    }
    foreach (var rate in new double[] { 2, 5, 10, 15, 20, 30, 40, 50, 60, 80, 100, 150, 200, 250, 300, 400 }.Where(_ => opt.Runs("document")))
    {
        if (!await Step(document, rate, opt.DocSloMs)) break;
        maxDoc = rate;
    }
}

Console.WriteLine();
Console.WriteLine("| endpoint | target /s | achieved /s | p50 ms | p90 ms | p99 ms | max ms | errors | in-flight max | send lag p99 ms | server CPU % | client CPU % | other CPU % | server CPU ms/req |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
foreach (var r in results)
    Console.WriteLine($"| {r.Endpoint}{(retries.Contains(r) ? " (step, retry)" : steps.Contains(r) ? " (step)" : "")} | {r.TargetRate:0} | {r.AchievedRate:0.0} | {r.P50:0.0} | {r.P90:0.0} | {r.P99:0.0} | {r.Max:0.0} | " +
                      $"{r.Errors}{(r.Saturated ? " (saturated)" : "")} | {r.MaxInFlight} | {r.SendLagP99:0.0} | {r.ServerCpuPercent:0} | {r.ClientCpuPercent:0} | {r.OtherCpuPercent:0} | {r.ServerCpuMsPerRequest:0.00} |");
Console.WriteLine();
var met = main?.Meets(opt.SloMs) ?? false;
if (main is not null)
    Console.WriteLine($"Target   : {main.Endpoint} at {opt.CheckRate:0}/s with p99 ≤ {opt.SloMs:0} ms → {(met ? "MET" : "MISSED")} " +
                      $"(achieved {main.AchievedRate:0.0}/s, p99 {main.P99:0.0} ms, errors {main.Errors})");
if (opt.Steps && opt.Runs("check"))
    Console.WriteLine($"Max sustainable POST /api/check: {(maxCheck is { } c ? $"{c:0}/s" : "below the first step")} (p99 ≤ {opt.SloMs:0} ms)");
if (opt.Steps && opt.Runs("document"))
    Console.WriteLine($"Max sustainable POST /api/check/document: {(maxDoc is { } d ? $"{d:0}/s" : "below the first step")} (p99 ≤ {opt.DocSloMs:0} ms, {work.NarrativesPerDocument} narratives each)");
var mixMet = true;
if (mixed is not null)
{
    Console.WriteLine();
    Console.WriteLine($"Mix at {opt.MixRate:0}/s for {opt.MixDuration:0} s ({Mix.Describe()}):");
    Console.WriteLine();
    Console.Write(Mix.Table(mixed));
    Console.WriteLine();
    mixMet = mixed.Meets(opt.MixSloMs) && mixed.ServerPeakMb < opt.MemoryLimitMb;
    Console.WriteLine($"Target   : mix p99 < {opt.MixSloMs:0} ms, zero errors, server memory < {opt.MemoryLimitMb:0} MB → {(mixMet ? "MET" : "MISSED")} " +
                      $"(p50 {mixed.P50:0.0} ms, p99 {mixed.P99:0.0} ms, errors {mixed.Errors}, server peak RSS {mixed.ServerPeakMb:0} MB, " +
                      $"server CPU {mixed.ServerCpuPercent:0} %, other CPU {mixed.OtherCpuPercent:0} %)");
}
Console.WriteLine($"Requests failed: {failures}; load average now {LoadAverage()} (CPU % columns: 100 = one core)");
if (failures > 0) return 1;
return opt.FailOnMiss && ((main is not null && !met) || !mixMet) ? 3 : 0;

static ByteArrayContent Json<T>(T value)
{
    var c = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value));
    c.Headers.ContentType = new MediaTypeHeaderValue("application/json");
    return c;
}

static double Mean(IReadOnlyList<byte[]> bodies) => bodies.Count == 0 ? 0 : bodies.Average(b => b.Length);

static string? RepoRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "NarrativeAssist.sln"))) return dir.FullName;
    return null;
}

static string? RepoFile(string relative) => RepoRoot() is { } root && File.Exists(Path.Combine(root, relative)) ? Path.Combine(root, relative) : null;

static string? DefaultServerDll()
{
    if (RepoRoot() is not { } root) return null;
    // The harness's own configuration (Release when run as documented), else whichever build exists.
#if DEBUG
    string[] configs = ["Debug", "Release"];
#else
    string[] configs = ["Release", "Debug"];
#endif
    foreach (var config in configs)
    {
        var dll = Path.Combine(root, "src", "NarrativeAssist.Server", "bin", config, "net10.0", "NarrativeAssist.Server.dll");
        if (File.Exists(dll))
        {
            if (config == "Debug") Console.WriteLine("warning: benchmarking a Debug build of the server");
            return dll;
        }
    }
    return null;
}

static string LoadAverage()
{
    try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
    catch (IOException) { return "n/a"; }
}

static string CpuModel()
{
    try
    {
        var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line?.Split(':', 2)[1].Trim() ?? "unknown CPU";
    }
    catch (IOException) { return "unknown CPU"; }
}

internal sealed class Options
{
    public string? ServerDll { get; private set; }
    public double Duration { get; private set; } = 20;
    public double CheckRate { get; private set; } = 200;
    public double DocRate { get; private set; } = 10;
    public double Warmup { get; private set; } = 15;
    public double StepDuration { get; private set; } = 10;
    public double SloMs { get; private set; } = 25;
    public double DocSloMs { get; private set; } = 250;
    public double MixRate { get; private set; } = 200;
    public double MixDuration { get; private set; } = 60;
    public double MixSloMs { get; private set; } = 50;
    public double MemoryLimitMb { get; private set; } = 500;
    public bool Steps { get; private set; } = true;
    public bool Unit { get; private set; } = true;
    public bool FailOnMiss { get; private set; }
    public int Seed { get; private set; } = 20261125;
    public HashSet<string>? Only { get; private set; }
    public bool Runs(string scenario) => Only is null || Only.Contains(scenario);
    public List<KeyValuePair<string, string>> ServerEnv { get; } = [];

    public static Options? Parse(string[] args)
    {
        var o = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            double Num() => double.Parse(Next(), CultureInfo.InvariantCulture);
            try
            {
                switch (args[i])
                {
                    case "--server": o.ServerDll = Next(); break;
                    case "--duration": o.Duration = Num(); break;
                    case "--check-rate": o.CheckRate = Num(); break;
                    case "--doc-rate": o.DocRate = Num(); break;
                    case "--warmup": o.Warmup = Num(); break;
                    case "--step-duration": o.StepDuration = Num(); break;
                    case "--slo-ms": o.SloMs = Num(); break;
                    case "--doc-slo-ms": o.DocSloMs = Num(); break;
                    case "--mix-rate": o.MixRate = Num(); break;
                    case "--mix-duration": o.MixDuration = Num(); break;
                    case "--mix-slo-ms": o.MixSloMs = Num(); break;
                    case "--memory-limit-mb": o.MemoryLimitMb = Num(); break;
                    case "--no-steps": o.Steps = false; break;
                    case "--no-unit": o.Unit = false; break;
                    case "--fail-on-miss": o.FailOnMiss = true; break;
                    case "--seed": o.Seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--only":
                        o.Only = [.. Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                        if (o.Only.Except(["check", "unit", "document", "mix"]).Any()) throw new ArgumentException("--only takes check,unit,document,mix");
                        break;
                    case "--quick": o.Duration = 8; o.Warmup = 5; o.StepDuration = 4; o.MixDuration = 8; break;
                    case "--server-env":
                        var kv = Next().Split('=', 2);
                        if (kv.Length != 2) throw new ArgumentException("--server-env expects KEY=VALUE");
                        o.ServerEnv.Add(new(kv[0], kv[1]));
                        break;
                    default: throw new ArgumentException($"unknown option {args[i]}");
                }
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                Console.Error.WriteLine(e.Message);
                return null;
            }
        }
        if (o.Duration <= 0 || o.CheckRate <= 0 || o.DocRate <= 0 || o.Warmup < 0 || o.StepDuration <= 0 || o.MixRate <= 0 || o.MixDuration <= 0)
        {
            Console.Error.WriteLine("durations and rates must be positive");
            return null;
        }
        return o;
    }
}
