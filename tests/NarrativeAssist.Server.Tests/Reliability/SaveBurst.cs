using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using NarrativeAssist.Server.Tests.Storage;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Reliability;

/// <summary>A save the server acknowledged with 2xx: the question, the version its ETag named, and the text.</summary>
internal sealed record AckedSave(string QuestionId, int Version, string Text);

/// <summary>Concurrent writers saving new versions through the real API with If-Match, two writers per question so
/// that 412s happen too. Every acknowledged save is recorded; a writer stops at its first transport failure (the server
/// went away) or when the burst is stopped.</summary>
internal sealed class SaveBurst
{
    private readonly ConcurrentQueue<AckedSave> _acked = new();
    private readonly ConcurrentQueue<string> _unexpected = new();
    private readonly CancellationTokenSource _stop = new();
    private int _conflicts;

    public IReadOnlyCollection<AckedSave> Acked => _acked;
    public IReadOnlyCollection<string> Unexpected => _unexpected;
    public int Conflicts => Volatile.Read(ref _conflicts);
    public Task Completion { get; private set; } = Task.CompletedTask;

    public static SaveBurst Start(HttpClient http, Guid unit, IReadOnlyList<string> questions, int writers)
    {
        var burst = new SaveBurst();
        burst.Completion = Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(() => burst.WriteAsync(http, unit, questions, w, writers))));
        return burst;
    }

    /// <summary>Waits until at least <paramref name="count"/> saves are acknowledged (the burst keeps going).</summary>
    public async Task WaitForAsync(int count, TimeSpan limit)
    {
        var until = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        while (_acked.Count < count)
        {
            if (Completion.IsCompleted) throw new InvalidOperationException($"The writers stopped after {_acked.Count} saves: {string.Join("; ", _unexpected)}");
            if (Stopwatch.GetTimestamp() > until) throw new TimeoutException($"Only {_acked.Count} of {count} saves acknowledged in {limit.TotalSeconds:0} s.");
            await Task.Delay(10);
        }
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Completion;
    }

    private async Task WriteAsync(HttpClient http, Guid unit, IReadOnlyList<string> questions, int writer, int writers)
    {
        // Writer w takes questions w mod (writers/2), so writers w and w + writers/2 share each of theirs.
        var pairs = Math.Max(1, writers / 2);
        var mine = questions.Where((_, i) => i % pairs == writer % pairs).ToList();
        var etags = new Dictionary<string, string?>();
        for (var n = 0; !_stop.IsCancellationRequested; n++)
        {
            var q = mine[n % mine.Count];
            var text = NarrativeHttp.Narrative($"penulis {writer} simpanan {n}");
            HttpResponseMessage r;
            try { r = await http.Save(unit, q, text, etags.GetValueOrDefault(q)); }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { return; } // the server is gone
            using (r)
            {
                switch (r.StatusCode)
                {
                    case HttpStatusCode.OK or HttpStatusCode.Created:
                        var etag = r.ETag();
                        _acked.Enqueue(new AckedSave(q, int.Parse(etag.Trim('"')[1..]), text));
                        etags[q] = etag;
                        break;
                    case HttpStatusCode.PreconditionFailed or HttpStatusCode.PreconditionRequired:
                        Interlocked.Increment(ref _conflicts);
                        try { etags[q] = (await r.Json()).GetProperty("etag").GetString(); }
                        catch (Exception e) when (e is HttpRequestException or IOException) { return; }
                        break;
                    default:
                        _unexpected.Enqueue($"{q}: HTTP {(int)r.StatusCode}");
                        return;
                }
            }
        }
    }
}
