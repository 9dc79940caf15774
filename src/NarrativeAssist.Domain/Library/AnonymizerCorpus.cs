using NarrativeAssist.Domain.Yaml;

namespace NarrativeAssist.Domain.Library;

/// <summary>One labelled text of the anonymiser's corpus (tests/corpora/anonymiser/*.yaml): what the unit knows
/// (its names, people, other units on the server) and every identifying item in the text, by its exact text and kind.</summary>
public sealed record CorpusText(string Id, string Text, AnonymizationContext Context, IReadOnlyList<CorpusItem> Items);

/// <summary>One identifying item: the minimal stretch that identifies (a name without its titles, a number without its cue).</summary>
public sealed record CorpusItem(string Text, string Kind);

/// <summary>Reads corpus files. A file is a list of texts; each has an id, the text, optional context and its items:
/// <code>
/// - id: kppn-01
///   context: { unit: KPPN Tanjung Selor, people: [Dr. Ahmad Fauzi, S.E.], units: [KPPN Tarakan] }
///   text: ...
///   items: [[person, Ahmad Fauzi], [nip, "19900215 201402 2 003"]]
/// </code></summary>
public static class AnonymizerCorpus
{
    public static IReadOnlyList<CorpusText> Parse(string yaml, string sourceName)
    {
        var texts = YamlData.Read<List<TextDto>>(yaml, sourceName);
        var result = new List<CorpusText>();
        var problems = new List<string>();
        foreach (var t in texts)
        {
            var items = new List<CorpusItem>();
            foreach (var pair in t.Items)
            {
                if (pair.Count != 2 || !ReplacementKinds.IsKnown(pair[0])) { problems.Add($"{t.Id}: item [{string.Join(", ", pair)}] harus [jenis, teks] dengan jenis yang dikenal"); continue; }
                if (!t.Text.Contains(pair[1], StringComparison.Ordinal)) { problems.Add($"{t.Id}: \"{pair[1]}\" tidak ada di teks"); continue; }
                items.Add(new CorpusItem(pair[1], pair[0]));
            }
            var context = new AnonymizationContext
            {
                UnitNames = AnonymizationContext.Clean([t.Context?.Unit, .. t.Context?.Units ?? []]),
                PersonNames = AnonymizationContext.Clean((t.Context?.People ?? []).Select(Anonymizer.StripHonorific)),
            };
            result.Add(new CorpusText($"{sourceName}#{t.Id}", t.Text, context, items));
        }
        if (problems.Count > 0) throw new DataFileException(sourceName, problems);
        return result;
    }

    private sealed class TextDto
    {
        public string Id { get; set; } = "";
        public string Text { get; set; } = "";
        public ContextDto? Context { get; set; }
        public List<List<string>> Items { get; set; } = [];
    }

    private sealed class ContextDto
    {
        public string? Unit { get; set; }
        public List<string> People { get; set; } = [];
        public List<string> Units { get; set; } = [];
    }
}
