using System.Diagnostics;
using NarrativeAssist.Domain.Library;
using NarrativeAssist.Tests;

namespace NarrativeAssist.Bench;

/// <summary>`-- anonymiser`: recall and precision of the library anonymiser per kind on the labelled corpus
/// (tests/corpora/anonymiser/*.yaml), with every missed item and needless replacement listed.
/// `-- anonymiser --only tertutup.yaml` measures one file; `-- anonymiser --text "…"` shows what one text becomes.</summary>
internal static class AnonymiserBench
{
    public static int Run(string[] args)
    {
        var textAt = Array.IndexOf(args, "--text");
        if (textAt >= 0 && textAt + 1 < args.Length)
        {
            var r = Anonymizer.Anonymize(args[textAt + 1]);
            Console.WriteLine(r.Text);
            foreach (var x in r.Replacements) Console.WriteLine($"  {x.Kind,-12} {x.Original}");
            return 0;
        }
        var dir = RepoRoot.File("tests/corpora/anonymiser");
        var onlyAt = Array.IndexOf(args, "--only");
        var pattern = onlyAt >= 0 && onlyAt + 1 < args.Length ? args[onlyAt + 1] : "*.yaml";
        var corpus = Directory.GetFiles(dir, pattern).Order(StringComparer.Ordinal)
            .SelectMany(f => AnonymizerCorpus.Parse(File.ReadAllText(f), Path.GetFileName(f))).ToList();
        AnonymizerScore.Measure(corpus);   // warm-up: data files and regexes load once
        var watch = Stopwatch.StartNew();
        var score = AnonymizerScore.Measure(corpus);
        watch.Stop();
        Console.WriteLine($"Korpus: {score.Texts} teks ({score.CleanTexts} tanpa data pribadi), {score.Overall.Items} butir berlabel; {watch.ElapsedMilliseconds} ms (sekali jalan, setelah pemanasan)");
        Console.WriteLine();
        Console.Write(score.ToMarkdown());
        if (score.Missed.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("Terlewat:");
            foreach (var m in score.Missed) Console.WriteLine("  " + m);
        }
        if (score.NeedlessReplacements.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("Penggantian yang tidak perlu:");
            foreach (var m in score.NeedlessReplacements) Console.WriteLine("  " + m);
        }
        return 0;
    }
}
