using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;

namespace NarrativeAssist.Server.Tests.Support;

/// <summary>The real built server (<c>dotnet NarrativeAssist.Server.dll</c>) as a child process on a free loopback port,
/// configured through environment variables. Wrapped in coreutils <c>timeout</c>, so it ends by itself even if the test
/// host dies; disposing kills it. A separate process: nothing in memory (caches, key ring, rate limits) is shared with
/// another instance, only what it keeps in the database. Used by the crash tests (kill -9, restart on the same file),
/// the scale-out tests (two instances on one PostgreSQL) and to run the maintenance commands (<see cref="RunCommandAsync"/>).</summary>
public sealed class ServerChild : IAsyncDisposable
{
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(3);
    private readonly Process _process;
    private readonly StringBuilder _log;

    private ServerChild(Process process, StringBuilder log, Uri baseAddress)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }
    public string Log { get { lock (_log) return _log.ToString(); } }
    public int ExitCode => _process.ExitCode;

    /// <summary>The server build beside this test build: same configuration and framework folders (bin/Release/net10.0).</summary>
    public static string ServerDll
    {
        get
        {
            var testBin = new DirectoryInfo(AppContext.BaseDirectory);
            var dll = RepoRoot.File($"src/NarrativeAssist.Server/bin/{testBin.Parent!.Name}/{testBin.Name}/NarrativeAssist.Server.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("Build src/NarrativeAssist.Server in the test's configuration first.", dll);
        }
    }

    /// <summary>Settings for a SQLite file, the test admin and no rate limit in the way.</summary>
    public static Dictionary<string, string> Sqlite(string dbPath, bool seedSample = false) => Settings("Sqlite", $"Data Source={dbPath}", seedSample);

    public static Dictionary<string, string> Settings(string provider, string connection, bool seedSample = false) => new()
    {
        ["Storage:Provider"] = provider,
        ["ConnectionStrings:NarrativeAssist"] = connection,
        ["Storage:SeedSample"] = seedSample ? "true" : "false",
        ["Admin:Email"] = ServerFactory.AdminEmail,
        ["Admin:Password"] = ServerFactory.AdminPassword,
        ["Limits:PermitsPerMinute"] = "1000000",
        ["SignIn:AttemptBurstPerAddress"] = "1000000",
    };

    /// <param name="maxLifetime">When the <c>timeout</c> wrapper ends the server by itself (default 3 minutes).</param>
    public static async Task<ServerChild> StartAsync(IReadOnlyDictionary<string, string> settings, TimeSpan? maxLifetime = null)
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var log = new StringBuilder();
        void Append(string line) { lock (log) log.AppendLine(line); }
        var process = Launch(["--urls", url], settings, Append, Append, maxLifetime ?? DefaultLifetime);
        var child = new ServerChild(process, log, new Uri(url + "/"));
        try
        {
            await child.WaitHealthyAsync(TimeSpan.FromSeconds(90)); // two cores shared with other work
            return child;
        }
        catch
        {
            await child.DisposeAsync();
            throw;
        }
    }

    /// <summary>An anonymous client of this instance.</summary>
    public HttpClient Client() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>How many lines the server has written that contain <paramref name="text"/>.</summary>
    public int Count(string text) => Log.Split('\n').Count(l => l.Contains(text, StringComparison.Ordinal));

    /// <summary>A client signed in as the test admin.</summary>
    public async Task<HttpClient> SignInAsync()
    {
        var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(20) };
        var login = await http.PostAsJsonAsync("/api/auth/login", new { email = ServerFactory.AdminEmail, password = ServerFactory.AdminPassword });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<ServerFactory.TokenResponse>())!.AccessToken;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>The dotnet process serving (the child of the <c>timeout</c> wrapper).</summary>
    public int ServerPid()
    {
        var children = File.ReadAllText($"/proc/{_process.Id}/task/{_process.Id}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return int.Parse(children.Single());
    }

    /// <summary>kill -9 of the server process itself (<see cref="Process.Kill()"/> sends SIGKILL on Unix): no shutdown code
    /// runs, nothing is flushed or checkpointed. The <c>timeout</c> wrapper reaps it and dies of the same signal, so
    /// <see cref="ExitCode"/> is then 137 (128 + SIGKILL).</summary>
    public async Task KillHardAsync()
    {
        if (_process.HasExited) return;
        using (var server = Process.GetProcessById(ServerPid())) server.Kill();
        await WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await WaitForExitAsync();
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
    }

    private async Task WaitForExitAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await _process.WaitForExitAsync(cts.Token);
    }

    /// <summary>Runs <c>dotnet NarrativeAssist.Server.dll ARGS</c> to completion (a maintenance command).</summary>
    public static async Task<(int Exit, string Out, string Err)> RunCommandAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string> settings)
    {
        var (stdout, stderr) = (new StringBuilder(), new StringBuilder());
        using var process = Launch(args, settings, line => { lock (stdout) stdout.AppendLine(line); }, line => { lock (stderr) stderr.AppendLine(line); }, DefaultLifetime);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(cts.Token); // also waits for the end of both streams
        return (process.ExitCode, stdout.ToString(), stderr.ToString());
    }

    private static Process Launch(IEnumerable<string> args, IReadOnlyDictionary<string, string> settings, Action<string> onOut, Action<string> onErr, TimeSpan maxLifetime)
    {
        var dll = ServerDll;
        var psi = new ProcessStartInfo("/usr/bin/timeout")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        foreach (var a in new[] { "-s", "TERM", "-k", "10", ((int)maxLifetime.TotalSeconds).ToString(), "dotnet", dll }.Concat(args)) psi.ArgumentList.Add(a);
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        psi.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings) psi.Environment[key.Replace(":", "__")] = value;

        var process = new Process { StartInfo = psi };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) onOut(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) onErr(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitHealthyAsync(TimeSpan limit)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var until = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until)
        {
            if (_process.HasExited) throw new InvalidOperationException($"Server exited with code {_process.ExitCode}:\n{Log}");
            try
            {
                using var r = await http.GetAsync("/health");
                if (r.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"Server not healthy after {limit.TotalSeconds:0} s:\n{Log}");
    }

    private static int FreePort()
    {
        using var l = new TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        return ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
    }
}
