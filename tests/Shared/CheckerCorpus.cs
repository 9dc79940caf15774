using System.Globalization;
using NarrativeAssist.Domain.Catalog;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace NarrativeAssist.Tests;

/// <summary>The labelled checker corpus (tests/corpora/checker/{dev,heldout}/*.yaml, format in
/// tests/corpora/checker/README.md): narratives with the answer a unit claims and an evaluator's label.
/// One loader, linked into the Domain tests (which validate the files) and the benchmarks (which measure the
/// checker against the labels), so both read the files the same way.</summary>
internal static class CheckerCorpus
{
    /// <summary>The corpus halves in the order they are reported: dev is tuned on, heldout only measured.</summary>
    public static readonly IReadOnlyList<string> Halves = ["dev", "heldout"];

    /// <summary>An evaluator's defect categories (EVALUATOR.md §8), the same names the checker's findings carry;
    /// labels may use only these.</summary>
    public static IReadOnlyList<string> DefectNames => NarrativeAssist.Domain.Checking.Defects.All;

    public static string Folder(string half) => RepoRoot.File("tests/corpora/checker/" + half);

    /// <summary>Every file of one half, sorted by name; an absent folder is an empty half.</summary>
    public static IReadOnlyList<CorpusFile> LoadHalf(string half)
    {
        var folder = Folder(half);
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            .Select(path => Parse(File.ReadAllText(path), Path.GetFileName(path), half)).ToList();
    }

    public static IReadOnlyList<CorpusItem> Items(string half) => LoadHalf(half).SelectMany(f => f.Items).ToList();

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static CorpusFile Parse(string yaml, string fileName, string half)
    {
        var dto = Yaml.Deserialize<FileDto>(yaml)
                  ?? throw new FormatException($"{fileName}: berkas kosong");
        var items = (dto.Items ?? []).Select(i => new CorpusItem(
            i.Id ?? "", i.Question ?? "", i.Answer ?? "", i.Text ?? "",
            new CorpusLabel(
                i.Label?.Acceptable ?? throw new FormatException($"{fileName}/{i.Id}: label.acceptable tidak ada"),
                i.Label.SupportedAnswer ?? "",
                i.Label.Defects ?? [],
                i.Label.Note ?? ""),
            fileName, half)).ToList();
        return new CorpusFile(dto.Unit ?? "", dto.Kind ?? "", fileName, half, items);
    }

    /// <summary>Position of an answer on its question's scale, higher = better (Tidak 0 &lt; Ya 1; E 0 … A 4),
    /// or the number itself for % and index answers; null when the answer is not on the scale.</summary>
    public static double? Rank(Question question, string answer)
    {
        var a = answer.Trim();
        if (question.AnswerType.Numeric is { } scale)
        {
            if (!double.TryParse(a.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return null;
            return v >= scale.Min && v <= scale.Max ? v : null;
        }
        var options = question.Options; // best first
        for (var i = 0; i < options.Count; i++)
            if (options[i].Code.Equals(a, StringComparison.OrdinalIgnoreCase)) return options.Count - 1 - i;
        return null;
    }

    private sealed class FileDto
    {
        public string? Unit { get; set; }
        public string? Kind { get; set; }
        public List<ItemDto>? Items { get; set; }
    }

    private sealed class ItemDto
    {
        public string? Id { get; set; }
        public string? Question { get; set; }
        public string? Answer { get; set; }
        public string? Text { get; set; }
        public LabelDto? Label { get; set; }
    }

    private sealed class LabelDto
    {
        public bool? Acceptable { get; set; }
        public string? SupportedAnswer { get; set; }
        public List<string>? Defects { get; set; }
        public string? Note { get; set; }
    }
}

/// <summary>One voice: the unit the narratives are written for and its kind (kppn, pertanahan, kpp, …).</summary>
internal sealed record CorpusFile(string Unit, string Kind, string FileName, string Half, IReadOnlyList<CorpusItem> Items);

/// <summary>A narrative as the unit wrote it, the answer it claims, and the evaluator's label.</summary>
internal sealed record CorpusItem(string Id, string Question, string Answer, string Text, CorpusLabel Label,
    string FileName, string Half);

/// <summary>Would an evaluator accept the claimed answer as written, which answer the narrative supports,
/// and the defects an evaluator marks (empty exactly when acceptable).</summary>
internal sealed record CorpusLabel(bool Acceptable, string SupportedAnswer, IReadOnlyList<string> Defects, string Note);
