using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NarrativeAssist.LoadBench;

/// <summary>The real server as a child process: <c>dotnet NarrativeAssist.Server.dll --urls http://127.0.0.1:port</c>
/// on a throw-away SQLite file, with a known admin and the rate limiter raised for the run. The child is wrapped in
/// coreutils <c>timeout</c> when available, so it ends by itself even if the harness is killed.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    public const string AdminEmail = "bench@narrativeassist.local";
    public const string AdminPassword = "bench-password-2026";

    private readonly Process _process;
    private readonly string _dbPath;
    private readonly StreamWriter _log;
    public Uri BaseAddress { get; }
    public string LogPath { get; }

    private ServerProcess(Process process, Uri baseAddress, string dbPath, string logPath, StreamWriter log)
    {
        _process = process;
        BaseAddress = baseAddress;
        _dbPath = dbPath;
        LogPath = logPath;
        _log = log;
    }

    public static ServerProcess Start(string serverDll, TimeSpan maxLifetime, IEnumerable<KeyValuePair<string, string>> extraEnv)
    {
        if (!File.Exists(serverDll)) throw new FileNotFoundException("Server build not found; build src/NarrativeAssist.Server in Release or pass --server.", serverDll);
        var port = FreePort();
        var id = Guid.NewGuid().ToString("N")[..8];
        var dbPath = Path.Combine(Path.GetTempPath(), $"na-loadbench-{id}.db");
        var logPath = Path.Combine(Path.GetTempPath(), $"na-loadbench-{id}.log");
        var url = $"http://127.0.0.1:{port}";

        var timeout = File.Exists("/usr/bin/timeout") ? "/usr/bin/timeout" : null;
        var psi = new ProcessStartInfo(timeout ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(serverDll))!,
        };
        if (timeout is not null)
            foreach (var a in new[] { "-s", "TERM", "-k", "10", ((int)maxLifetime.TotalSeconds).ToString(), "dotnet" }) psi.ArgumentList.Add(a);
        psi.ArgumentList.Add(Path.GetFullPath(serverDll));
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add(url);
        var env = psi.Environment;
        env["ASPNETCORE_ENVIRONMENT"] = "Production";
        env["DOTNET_ENVIRONMENT"] = "Production";
        env["ConnectionStrings__NarrativeAssist"] = $"Data Source={dbPath}";
        env["Storage__Provider"] = "Sqlite";
        env["Storage__SeedSample"] = "false";
        env["Admin__Email"] = AdminEmail;
        env["Admin__Password"] = AdminPassword;
        env["Limits__PermitsPerMinute"] = "100000000"; // the per-user fixed window would reject a benchmark's rate
        env["SignIn__AttemptBurstPerAddress"] = "100000000"; // and the per-address sign-in budget its many sign-ins
        foreach (var (k, v) in extraEnv) env[k] = v;   // --server-env, e.g. for profiling

        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = new Process { StartInfo = psi, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServerProcess(process, new Uri(url + "/"), dbPath, logPath, log);
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The dotnet process itself (a child of <c>timeout</c> when wrapped), for CPU accounting.</summary>
    public Process? DotnetProcess()
    {
        try
        {
            if (_process.HasExited) return null;
            if (Path.GetFileName(_process.StartInfo.FileName) != "timeout") return _process;
            var children = File.ReadAllText($"/proc/{_process.Id}/task/{_process.Id}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return children.Length > 0 ? Process.GetProcessById(int.Parse(children[0])) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    public async Task WaitHealthyAsync(HttpClient http, TimeSpan limit)
    {
        var until = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until)
        {
            if (_process.HasExited) throw new InvalidOperationException($"Server exited with code {_process.ExitCode}; log: {LogPath}");
            try
            {
                using var r = await http.GetAsync(new Uri(BaseAddress, "health"));
                if (r.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"Server not healthy after {limit.TotalSeconds:0} s; log: {LogPath}");
    }

    /// <summary>Ends the child at once and removes its database (Ctrl+C or termination of the harness).</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception) { }
        DeleteDatabase();
    }

    private void DeleteDatabase()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            try { File.Delete(_dbPath + suffix); } catch (IOException) { }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                try { await _process.WaitForExitAsync(cts.Token); } catch (OperationCanceledException) { }
            }
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
        lock (_log) _log.Dispose();
        DeleteDatabase();
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
