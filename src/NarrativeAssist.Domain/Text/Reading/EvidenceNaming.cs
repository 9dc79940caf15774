namespace NarrativeAssist.Domain.Text.Reading;

/// <summary>How officials name their evidence besides the generic vocabulary: an evidence statement ("Bukti dukung: …",
/// "dibuktikan dengan …", "(… terlampir)") whose piece says what the document is about in enough words
/// ("LHP pemeriksaan Kasi Bimas", "draf Peraturan Direktur") — not "dokumen sosialisasi" or a bare "terlampir" —
/// or a unit document cited by its number in the sentence ("Keputusan Kakankemenag Nomor 112 Tahun 2023",
/// "surat S-112/WPJ.14/KP.08/2024"); a national regulation's number is the framework, not the unit's evidence.</summary>
public static class EvidenceNaming
{
    public static bool NamesDocument(AnalyzedText text, EvidenceReading reading, EvidenceLexicon? lexicon = null)
    {
        var lx = lexicon ?? EvidenceLexicon.Default;
        if (reading.Pieces.Any(p => !p.Generic && p.Content.Count >= lx.MinContentWords)) return true;
        return text.Entities.Any(e => e.Kind == EntityKind.Nomor && !NationalCitation.Is(text, e));
    }
}
