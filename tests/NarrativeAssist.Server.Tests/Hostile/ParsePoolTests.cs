using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NarrativeAssist.Documents;
using NarrativeAssist.Server.Api;

namespace NarrativeAssist.Server.Tests.Hostile;

/// <summary>The parse pool on its own, with a fake clock: the budget cancels the parse and answers at once, and the
/// bound on workers holds even for work that ignores its token.</summary>
public class ParsePoolTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private static ParsePool Pool(FakeTimeProvider clock, int workers = 1, int queue = 0) =>
        new(Options.Create(new ParseOptions { Workers = workers, QueueLimit = queue, QueueTimeout = TimeSpan.FromSeconds(5), Budget = Budget }),
            clock, NullLogger<ParsePool>.Instance);

    [Fact]
    public async Task When_the_budget_runs_out_the_parse_is_cancelled_and_refused_in_Indonesian()
    {
        var clock = new FakeTimeProvider();
        using var pool = Pool(clock);
        var stopped = new TaskCompletionSource();
        var started = new TaskCompletionSource();
        var run = pool.RunAsync("dokumen", token =>
        {
            started.SetResult();
            try { while (true) { token.ThrowIfCancellationRequested(); Thread.Sleep(1); } }
            finally { stopped.SetResult(); }
#pragma warning disable CS0162 // the loop only ends by cancellation
            return 0;
#pragma warning restore CS0162
        }, CancellationToken.None);
        await started.Task.WaitAsync(Wait);
        clock.Advance(Budget - TimeSpan.FromSeconds(1));
        run.IsCompleted.Should().BeFalse("the budget has not run out yet");
        clock.Advance(TimeSpan.FromSeconds(1));

        var e = (await FluentActions.Awaiting(() => run).Should().ThrowAsync<DocumentRejectedException>()).Which;
        e.Code.Should().Be(ParsePool.BudgetExceededCode);
        e.Message.Should().Contain("Pembacaan dokumen ini dihentikan").And.Contain("15 detik");
        await stopped.Task.WaitAsync(Wait);   // the work itself stopped, not only the answer
    }

    [Fact]
    public async Task Work_that_ignores_its_token_keeps_its_worker_until_it_ends_so_the_bound_holds()
    {
        var clock = new FakeTimeProvider();
        using var pool = Pool(clock, workers: 1, queue: 0);
        using var gate = new ManualResetEventSlim();
        var started = new TaskCompletionSource();
        var stubborn = pool.RunAsync("presentasi", _ => { started.SetResult(); gate.Wait(); return 1; }, CancellationToken.None);
        await started.Task.WaitAsync(Wait);
        clock.Advance(Budget);
        (await FluentActions.Awaiting(() => stubborn).Should().ThrowAsync<DocumentRejectedException>()).Which.Code.Should().Be(ParsePool.BudgetExceededCode);

        // Answered, but still running: no second parse may start beside it.
        var busy = (await FluentActions.Awaiting(() => pool.RunAsync("presentasi", _ => 2, CancellationToken.None))
            .Should().ThrowAsync<DocumentRejectedException>()).Which;
        busy.Code.Should().Be(ParsePool.BusyCode);
        busy.Message.Should().Contain("Tunggu sebentar");

        gate.Set();
        var after = await RetryUntilFreeAsync(pool);
        after.Should().Be(3);
    }

    [Fact]
    public async Task Waiting_longer_than_the_queue_timeout_is_answered_busy()
    {
        var clock = new FakeTimeProvider();
        using var pool = Pool(clock, workers: 1, queue: 4);
        using var gate = new ManualResetEventSlim();
        var started = new TaskCompletionSource();
        var first = pool.RunAsync("dokumen", _ => { started.SetResult(); gate.Wait(); return 1; }, CancellationToken.None);
        await started.Task.WaitAsync(Wait);
        var queued = pool.RunAsync("dokumen", _ => 2, CancellationToken.None);
        queued.IsCompleted.Should().BeFalse("it waits for the worker");
        clock.Advance(TimeSpan.FromSeconds(5));
        (await FluentActions.Awaiting(() => queued).Should().ThrowAsync<DocumentRejectedException>()).Which.Code.Should().Be(ParsePool.BusyCode);
        gate.Set();
        (await first.WaitAsync(Wait)).Should().Be(1);
    }

    /// <summary>The worker is handed back by a continuation of the finished work: retry briefly until it is.</summary>
    private static async Task<int> RetryUntilFreeAsync(ParsePool pool)
    {
        for (var i = 0; ; i++)
        {
            try { return await pool.RunAsync("dokumen", _ => 3, CancellationToken.None); }
            catch (DocumentRejectedException e) when (e.Code == ParsePool.BusyCode && i < 100) { await Task.Delay(20); }
        }
    }
}
