namespace NarrativeAssist.Domain.Library;

/// <summary>Recall and precision of one kind (or overall) on the labelled corpus.</summary>
public sealed record KindScore(string Kind, int Items, int Found, int Replacements, int Needless)
{
    public double Recall => Items == 0 ? 1 : (double)Found / Items;
    public double Precision => Replacements == 0 ? 1 : (double)(Replacements - Needless) / Replacements;
}

/// <summary>The anonymiser measured on a labelled corpus. An item counts as found when every letter and digit of it lies
/// inside replaced text (every occurrence of it in its text); a replacement is needless when it overlaps no item.</summary>
public sealed record AnonymizerScore(IReadOnlyList<KindScore> Kinds, KindScore Overall, int Texts, int CleanTexts, IReadOnlyList<string> Missed, IReadOnlyList<string> NeedlessReplacements)
{
    public static AnonymizerScore Measure(IReadOnlyList<CorpusText> corpus)
    {
        var items = new Dictionary<string, (int Items, int Found)>();
        var reps = new Dictionary<string, (int All, int Needless)>();
        var missed = new List<string>();
        var needless = new List<string>();
        foreach (var t in corpus)
        {
            var replacements = Anonymizer.Recognise(t.Text, t.Context);
            var covered = new bool[t.Text.Length];
            foreach (var r in replacements) for (var i = r.Start; i < r.Start + r.Length; i++) covered[i] = true;
            var labelled = new bool[t.Text.Length];
            foreach (var item in t.Items)
            {
                var ok = true;
                for (var at = t.Text.IndexOf(item.Text, StringComparison.Ordinal); at >= 0; at = t.Text.IndexOf(item.Text, at + 1, StringComparison.Ordinal))
                    for (var i = at; i < at + item.Text.Length; i++)
                    {
                        labelled[i] = true;
                        if (char.IsLetterOrDigit(t.Text[i]) && !covered[i]) ok = false;
                    }
                var (n, f) = items.GetValueOrDefault(item.Kind);
                items[item.Kind] = (n + 1, f + (ok ? 1 : 0));
                if (!ok) missed.Add($"{t.Id}: {item.Kind} \"{item.Text}\"");
            }
            foreach (var r in replacements)
            {
                var useful = Enumerable.Range(r.Start, r.Length).Any(i => labelled[i]);
                var (a, nl) = reps.GetValueOrDefault(r.Kind);
                reps[r.Kind] = (a + 1, nl + (useful ? 0 : 1));
                if (!useful) needless.Add($"{t.Id}: {r.Kind} \"{r.Original}\"");
            }
        }
        var kinds = ReplacementKinds.All.Where(k => items.ContainsKey(k) || reps.ContainsKey(k))
            .Select(k => new KindScore(k, items.GetValueOrDefault(k).Items, items.GetValueOrDefault(k).Found, reps.GetValueOrDefault(k).All, reps.GetValueOrDefault(k).Needless))
            .ToList();
        var overall = new KindScore("semua", kinds.Sum(k => k.Items), kinds.Sum(k => k.Found), kinds.Sum(k => k.Replacements), kinds.Sum(k => k.Needless));
        return new AnonymizerScore(kinds, overall, corpus.Count, corpus.Count(t => t.Items.Count == 0), missed, needless);
    }

    /// <summary>The table as Markdown (Bahasa Indonesia), for the bench output and docs/anonimisasi.md.</summary>
    public string ToMarkdown()
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("| Jenis | Butir berlabel | Ditemukan | Recall | Penggantian | Tidak perlu | Presisi |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var k in Kinds.Append(Overall))
            sb.AppendLine(FormattableString.Invariant($"| {k.Kind} | {k.Items} | {k.Found} | {k.Recall * 100:0.0} % | {k.Replacements} | {k.Needless} | {k.Precision * 100:0.0} % |"));
        return sb.ToString();
    }
}
