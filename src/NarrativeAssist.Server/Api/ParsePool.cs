using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using NarrativeAssist.Documents;

namespace NarrativeAssist.Server.Api;

/// <summary>Where every uploaded package is vetted and parsed: on at most <see cref="ParseOptions.Workers"/> threads at
/// once (a <see cref="ConcurrencyLimiter"/> with a bounded queue), each parse under a time budget. When the budget runs
/// out the parse's token is cancelled — the guards and Open XML SDK read the package through a stream that observes it,
/// so the work stops at its next read — and the request is answered 422 <c>parse_budget_exceeded</c> at once. The worker
/// slot is only given back when the work has really ended, so a parse that cannot be stopped still counts against the
/// bound and cannot pile up CPU. A full queue is answered 429 <c>parse_busy</c>. Both answers are Indonesian
/// <see cref="DocumentRejectedException"/>s, turned into ProblemDetails by <see cref="ApiExceptionHandler"/>.</summary>
public sealed class ParsePool : IDisposable
{
    public const string BudgetExceededCode = "parse_budget_exceeded";
    public const string BusyCode = "parse_busy";

    private readonly ConcurrencyLimiter _slots;
    private readonly ParseOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<ParsePool> _log;

    public ParsePool(IOptions<ParseOptions> options, TimeProvider clock, ILogger<ParsePool> log)
    {
        (_options, _clock, _log) = (options.Value, clock, log);
        _slots = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, _options.Workers),
            QueueLimit = Math.Max(0, _options.QueueLimit),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>Runs <paramref name="parse"/> on a worker under the budget.</summary>
    /// <param name="what">What is parsed, for the messages: "dokumen", "presentasi", "bundel pustaka".</param>
    /// <param name="parse">The work; it must pass its token to the reader it calls.</param>
    /// <param name="aborted">The request's token: a client that goes away cancels its parse too.</param>
    /// <exception cref="DocumentRejectedException">Budget exceeded (422) or no worker free in time (429).</exception>
    public async Task<T> RunAsync<T>(string what, Func<CancellationToken, T> parse, CancellationToken aborted)
    {
        var lease = await AcquireAsync(aborted).ConfigureAwait(false);
        using var budget = new CancellationTokenSource(_options.Budget, _clock);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, aborted);
        var token = cancel.Token;
        var work = Task.Run(() => parse(token), token);
        // The slot is released when the work ends, not when the request is answered.
        _ = work.ContinueWith(static (t, l) => { _ = t.Exception; ((RateLimitLease)l!).Dispose(); }, lease,
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            return await work.WaitAsync(token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            _log.LogWarning("Parsing a {What} exceeded its budget of {Budget}; the upload was refused", what, _options.Budget);
            throw new DocumentRejectedException(BudgetExceededCode,
                $"Pembacaan {what} ini dihentikan karena melebihi batas waktu {Seconds(_options.Budget)} detik. Berkas yang wajar " +
                "selesai dibaca jauh lebih cepat; buka berkas di aplikasi Office, simpan ulang (kecilkan gambar atau pisahkan " +
                "isinya bila sangat besar), lalu unggah ulang.");
        }
    }

    private async Task<RateLimitLease> AcquireAsync(CancellationToken aborted)
    {
        using var wait = new CancellationTokenSource(_options.QueueTimeout, _clock);
        using var waitOrAbort = CancellationTokenSource.CreateLinkedTokenSource(wait.Token, aborted);
        RateLimitLease lease;
        try
        {
            lease = await _slots.AcquireAsync(1, waitOrAbort.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (wait.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            throw Busy();
        }
        if (lease.IsAcquired) return lease;
        lease.Dispose();
        throw Busy();
    }

    private static DocumentRejectedException Busy() => new(BusyCode,
        "Server sedang membaca banyak berkas unggahan sekaligus. Tunggu sebentar, lalu unggah ulang berkas Anda.");

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',');

    public void Dispose() => _slots.Dispose();
}
