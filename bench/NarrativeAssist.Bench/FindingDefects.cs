using NarrativeAssist.Domain.Checking;

namespace NarrativeAssist.Bench;

/// <summary>The one place where a checker finding becomes an evaluator's defect name for the fidelity benchmark.
/// Findings carry their category in <see cref="Finding.Defect"/>; a rule that does not set it yet is mapped by its
/// rule id here (read from what the rule's message says, `bench -- fidelity --rules` lists them), so the benchmark
/// measures today's checker fairly while the rules are migrated. Remove a row once its rule sets
/// <see cref="Finding.Defect"/> itself. A rule with no evaluator counterpart (the minimum length) stays unmapped and
/// counts against precision, as an evaluator would not mark it.</summary>
internal static class FindingDefects
{
    private static readonly Dictionary<string, string> ByRuleId = new(StringComparer.Ordinal)
    {
        ["konsisten_jawaban"] = Defects.OverClaim,   // "Jawaban A berarti seluruh …, narasi tidak menunjukkan …"
        ["terlaksana"] = Defects.NotRealised,        // "Kata 'akan' menunjukkan rencana …"
        ["peningkatan"] = Defects.NoComparison,      // "belum membandingkan hasil dengan periode sebelumnya"
        ["kuantitatif"] = Defects.NoResult,          // "tentang hasil, tetapi narasi tidak memuat angka …"
        ["rmp1b_dua_angka"] = Defects.NoResult,      // "belum memuat kedua angka pembentuk rasio"
        ["pw_rasio_lhkpn"] = Defects.NoResult,       // "sebaiknya disertai jumlah wajib lapor dan yang sudah melapor"
        ["kabur"] = Defects.VagueClaim,              // "Ungkapan 'secara optimal' kabur …"
        ["bukti"] = Defects.NoEvidence,              // "belum menyebut bukti dukung apa pun"
        ["placeholder"] = Defects.DraftingLeftover,  // "Isian templat '[jumlah]' belum diganti …"
    };

    /// <summary>Rule-id prefixes: "unsur.&lt;element&gt;" is a checklist element the narrative does not show, i.e. the
    /// claimed answer is not proven by the text.</summary>
    private static readonly (string Prefix, string Defect)[] ByRulePrefix =
    [
        ("unsur.", Defects.OverClaim),
    ];

    /// <summary>The defect the finding stands for, or null when neither the finding nor the tables name one
    /// (such a finding can only count against precision).</summary>
    public static string? Of(Finding finding)
    {
        if (Defects.IsKnown(finding.Defect)) return finding.Defect;
        if (ByRuleId.TryGetValue(finding.Rule, out var defect)) return defect;
        foreach (var (prefix, d) in ByRulePrefix)
            if (finding.Rule.StartsWith(prefix, StringComparison.Ordinal)) return d;
        return null;
    }
}
