using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace NarrativeAssist.Server.Tests.ScaleOut;

/// <summary>The built server (NarrativeAssist.Server.dll beside the tests) as a child process on a free loopback port:
/// a separate process, so nothing in memory (caches, key ring, rate limits) is shared with another instance — only
/// what it keeps in the database. Settings are passed as environment variables, as an operator would.</summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90); // two cores shared with other work

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name { get; }
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Everything the server wrote to stdout and stderr so far.</summary>
    public IReadOnlyCollection<string> Output => _output;

    private ServerProcess(string name, IReadOnlyDictionary<string, string?> settings)
    {
        Name = name;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NarrativeAssist.Server.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("DOTNET_ENVIRONMENT", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(inherited);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterOptions__ColorBehavior"] = "Disabled";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Received(e.Data);
        _process.ErrorDataReceived += (_, e) => Received(e.Data);
        _process.Exited += (_, _) =>
        {
            _process.WaitForExit(); // drains the redirected output, so the message below has all of it
            _listening.TrySetException(new InvalidOperationException($"{Name} exited ({_process.ExitCode}) before listening:\n{Log}"));
        };
    }

    /// <summary>Starts the server and waits until Kestrel reports its address.</summary>
    public static async Task<ServerProcess> StartAsync(string name, IReadOnlyDictionary<string, string?> settings)
    {
        var server = new ServerProcess(name, settings);
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try
        {
            server.BaseAddress = await server._listening.Task.WaitAsync(StartTimeout);
            return server;
        }
        catch (TimeoutException)
        {
            await server.DisposeAsync();
            throw new TimeoutException($"{name} did not listen within {StartTimeout.TotalSeconds} s:\n{server.Log}");
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public HttpClient Client() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>How many lines of the output contain <paramref name="text"/>.</summary>
    public int Count(string text) => _output.Count(l => l.Contains(text, StringComparison.Ordinal));

    public string Log => string.Join('\n', _output);

    private void Received(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        if (Listening().Match(line) is { Success: true } m) _listening.TrySetResult(new Uri(m.Groups[1].Value));
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (InvalidOperationException) { } // never started
        _process.Dispose();
    }
}
