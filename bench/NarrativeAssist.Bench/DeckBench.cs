using System.Diagnostics;
using System.Text.Json;
using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Domain.Decks;

namespace NarrativeAssist.Bench;

/// <summary>Stopwatch harness for issue #5's targets, run with <c>-- decks</c>: the 40-slide deck with 4 native charts
/// rendered warm (median of many runs) under 100 ms and 150 MB peak memory, and at most half the time pptxgenjs 4.0.1
/// takes for the same plan in the same run (bench/pptxgenjs/render-plan.js). Prints a table. The template is analysed
/// on the first render (cached on the DeckTemplate), so the warm runs measure what a server does per request.</summary>
internal static class DeckBench
{
    /// <param name="warmup">Warm-up renders on both sides (default 10). More of them measure the steady state: with 10,
    /// .NET is still recompiling its hot methods at tier 1 (and V8 its own) during the measured runs.</param>
    public static int Run(string? rootArg, int warmup = 10)
    {
        var root = rootArg ?? NarrativeAssist.Tests.RepoRoot.Path;
        const int runs = 30;
        var profile = BenchDeck.Profile(root);
        var plan = BenchDeck.Build(profile);
        var tokens = DeckTokens.From(profile);
        var template = DeckTemplate.Default;

        var planTimes = Time(warmup, runs, () => DeckPlanner.Plan(DeckKind.WawancaraVirtual, profile, Domain.BuiltInData.Catalog));
        RenderedDeck? deck = null;
        var renderTimes = Time(warmup, runs, () => deck = DeckRenderer.Render(plan, template, tokens));
        // The stress profile (templates/units/stres.yaml): the deck with the most text to fit and split (issue 15: < 300 ms warm).
        var stressProfile = BenchDeck.Profile(root, "stres");
        var stressPlan = DeckPlanner.Plan(DeckKind.WawancaraVirtual, stressProfile, Domain.BuiltInData.Catalog);
        var stressTokens = DeckTokens.From(stressProfile);
        RenderedDeck? stress = null;
        var stressTimes = Time(warmup, runs, () => stress = DeckRenderer.Render(stressPlan, template, stressTokens));
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        var allocatedMb = Allocated(() => DeckRenderer.Render(plan, template, tokens)) / 1048576.0;

        var planPath = Path.Combine(Path.GetTempPath(), $"na-bench-plan-{Environment.ProcessId}.json");
        File.WriteAllText(planPath, JsonContract.Serialize(DeckPlanJson.From(plan)));
        var baseline = Pptxgenjs(root, planPath, warmup, runs);

        var ours = Median(renderTimes);
        Console.WriteLine();
        Console.WriteLine($"Presentasi {deck!.SlideCount} salindia, {plan.Slides.Count(s => s.Chart is not null)} grafik native, {deck.Pptx.Length / 1024} KB; {runs} putaran hangat setelah {warmup} pemanasan");
        Console.WriteLine();
        Console.WriteLine($"| {"Ukuran",-52} | {"Nilai",14} | {"Target",12} |");
        Console.WriteLine($"|{new string('-', 54)}|{new string('-', 16)}|{new string('-', 14)}|");
        Row("Rencana (profil → DeckPlan), median", $"{Median(planTimes):0.00} ms", "");
        Row("Render .NET (DeckPlan → .pptx), median", $"{ours:0.0} ms", "< 100 ms");
        Row("Render .NET, tercepat", $"{renderTimes.Min():0.0} ms", "");
        Row($"Presentasi stres ({stress!.SlideCount} salindia), median", $"{Median(stressTimes):0.0} ms", "< 300 ms");
        Row("Alokasi per render", $"{allocatedMb:0.0} MB", "");
        Row("Memori puncak proses (working set)", $"{peakMb:0} MB", "< 150 MB");
        if (baseline is { } b)
        {
            Row("pptxgenjs 4.0.1, rencana yang sama, median", $"{b.MedianMs:0.0} ms", "");
            Row("pptxgenjs, memori puncak (RSS)", $"{b.PeakRssMb:0} MB", "");
            Row("Rasio .NET / pptxgenjs (median)", $"{ours / b.MedianMs:0.00}", "≤ 0,50");
        }
        else Row("pptxgenjs", "tidak dijalankan", "lihat di atas");
        File.Delete(planPath);
        return 0;

        static void Row(string name, string value, string target) => Console.WriteLine($"| {name,-52} | {value,14} | {target,12} |");
    }

    private static List<double> Time(int warmup, int runs, Action action)
    {
        for (var i = 0; i < warmup; i++) action();
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        return times;
    }

    private static double Median(List<double> xs) { var s = xs.Order().ToList(); return s[s.Count / 2]; }

    private static long Allocated(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private sealed record NodeResult(double MedianMs, double MinMs, int Runs, long Bytes, double PeakRssMb);

    private static NodeResult? Pptxgenjs(string root, string planPath, int warmup, int runs)
    {
        var dir = Path.Combine(root, "bench", "pptxgenjs");
        if (!Directory.Exists(Path.Combine(dir, "node_modules", "pptxgenjs")))
        {
            Console.Error.WriteLine($"pptxgenjs belum terpasang: jalankan `npm install --prefix {dir}` lalu ulangi.");
            return null;
        }
        var psi = new ProcessStartInfo("node", [Path.Combine(dir, "render-plan.js"), planPath, warmup.ToString(), runs.ToString()])
        { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir };
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEnd();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) { Console.Error.WriteLine("pptxgenjs gagal: " + stderr); return null; }
        return JsonSerializer.Deserialize<NodeResult>(stdout, new JsonSerializerOptions(JsonSerializerDefaults.Web));
    }
}
