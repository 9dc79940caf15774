using System.Text.RegularExpressions;
using NarrativeAssist.Domain.Text;
using NarrativeAssist.Domain.Text.Reading;

namespace NarrativeAssist.Domain.Evidence;

/// <summary>One piece of evidence a narrative names ("SK Kepala Kantor Nomor 12 Tahun 2025 tentang Tim Kerja ZI"),
/// as read by <see cref="EvidenceReading"/>, with the words a file name must share to be that evidence.</summary>
public sealed partial record NamedPiece(string Text, NameWords Words)
{
    // Evidence kept behind a link ("notulen rapat (tautan https://s.id/…)") lives outside the folder: the link is not
    // part of the name, and a piece that is only a link is not looked for in the folder.
    [GeneratedRegex(@"\(?\s*(?:tautan|link|pranala)?\s*:?\s*(?:https?://|www\.)\S*\)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    private static readonly HashSet<string> LinkWords = new(StringComparer.OrdinalIgnoreCase) { "tautan", "link", "pranala", "di", "pada" };

    /// <summary>The narratives' own evidence pieces, generic ones ("dokumen", "foto kegiatan") left out: they name nothing
    /// a folder could hold.</summary>
    public static IReadOnlyList<NamedPiece> Of(string narrative)
    {
        var text = AnalyzedText.Analyze(narrative);
        return EvidenceReading.Read(text).Pieces
            .Where(p => !p.Generic)
            .Select(p => Link().Replace(narrative.Substring(p.Start, p.Length), " ").Trim().TrimEnd('(', ' ', ':'))
            .Where(t => !LowerWords.Of(t).All(LinkWords.Contains))
            .Select(t => new NamedPiece(t, NameWords.Of(t)))
            .Where(p => p.Words.Count > 0)
            .ToList();
    }

    /// <summary>Whether a file's name is this evidence: when both say what kind of file they are ("undangan",
    /// "notulen"), they share a kind; and their words share at least 40 % of the shorter list and two words (one when
    /// either has only one). Names are short and pieces long ("SK Tim ZI.pdf" for "SK Kepala Kantor Nomor 12 tentang
    /// Tim Kerja ZI"), so the shorter side sets the measure.</summary>
    public bool FoundIn(NameWords fileName)
    {
        var kinds = Words.Kinds.ToList();
        var fileKinds = fileName.Kinds.ToList();
        if (kinds.Count > 0 && fileKinds.Count > 0 && !kinds.Any(k => fileKinds.Any(k.Matches))) return false;
        var shared = Words.Shared(fileName);
        var shorter = Math.Min(Words.Count, fileName.Count);
        return shorter > 0 && shared >= Math.Min(2, shorter) && shared >= 0.4 * shorter;
    }
}
