using System.Diagnostics;

namespace NarrativeAssist.Tests.Hostile;

/// <summary>Runs one piece of work and reports its wall time, the bytes the whole process allocated meanwhile and
/// the growth of the working set — the "bounded time and memory" of issue #7. Tests using it run in a collection
/// without parallelization, so the process-wide numbers belong to the work measured.</summary>
public static class Bounded
{
    public const long MB = 1024 * 1024;

    public sealed record Cost(TimeSpan Elapsed, long AllocatedBytes, long WorkingSetGrowthBytes)
    {
        public override string ToString() =>
            $"{Elapsed.TotalMilliseconds:0} ms, {AllocatedBytes / (double)MB:0.0} MB allocated, working set {WorkingSetGrowthBytes / (double)MB:+0.0;-0.0} MB";
    }

    public static async Task<(T Result, Cost Cost)> MeasureAsync<T>(Func<Task<T>> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var workingSet = process.WorkingSet64;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = await work();
        clock.Stop();
        var allocatedDelta = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        process.Refresh();
        return (result, new Cost(clock.Elapsed, allocatedDelta, process.WorkingSet64 - workingSet));
    }

    public static (T Result, Cost Cost) Measure<T>(Func<T> work) => MeasureAsync(() => Task.FromResult(work())).GetAwaiter().GetResult();
}
