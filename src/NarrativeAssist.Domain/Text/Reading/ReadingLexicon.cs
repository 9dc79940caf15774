using NarrativeAssist.Domain.Yaml;

namespace NarrativeAssist.Domain.Text.Reading;

/// <summary>The markers the reader looks for (Data/bahasa/penanda.yaml): negation, stage, rule/condition, clause
/// joints and quality claims. Data, so an inspectorate can add a regional phrasing without touching code.</summary>
public sealed class ReadingLexicon
{
    public required PhraseSet Negators { get; init; }
    public required PhraseSet NotNegation { get; init; }
    public required PhraseSet ShortNegators { get; init; }
    public required PhraseSet Planned { get; init; }
    public required PhraseSet InProgress { get; init; }
    public required PhraseSet Draft { get; init; }
    public required PhraseSet NeedsVerb { get; init; }
    public required PhraseSet NotPlanned { get; init; }
    public required PhraseSet NotInProgress { get; init; }
    public required PhraseSet CancelBefore { get; init; }
    public required PhraseSet CancelRightBefore { get; init; }
    public required PhraseSet Enacted { get; init; }
    /// <summary>A plan in a clause holding one of these is the next round of reported work (tahap.putaran_berikut).</summary>
    public PhraseSet NextRound { get; init; } = PhraseSet.Empty;
    /// <summary>The clause is about the rest that is not done yet (tahap.sisa): "2 rekomendasi lainnya …".</summary>
    public PhraseSet Remainder { get; init; } = PhraseSet.Empty;
    /// <summary>Hope about the effect of realised work (tahap.harapan): "diharapkan mampu …" is no plan without a later year.</summary>
    public PhraseSet Hopes { get; init; } = PhraseSet.Empty;
    /// <summary>Words opening the content of a statement or pledge (tahap.isi_pernyataan): "… menyatakan bahwa …".</summary>
    public PhraseSet StatementContent { get; init; } = PhraseSet.Empty;
    /// <summary>Negators that state an undone remainder (negasi.sisa_terhitung): "Tiga rekomendasi belum …".</summary>
    public PhraseSet CountedShortfall { get; init; } = PhraseSet.Empty;
    public required PhraseSet Conditions { get; init; }
    public required PhraseSet NotConditions { get; init; }
    public required PhraseSet Sanctions { get; init; }
    public required PhraseSet StrongJoints { get; init; }
    public required PhraseSet WeakJoints { get; init; }
    /// <summary>Words opening a reason clause (klausa.alasan): "… karena menunggu anggaran".</summary>
    public PhraseSet Reasons { get; init; } = PhraseSet.Empty;
    public required PhraseSet Auxiliaries { get; init; }
    public required PhraseSet NotVerbs { get; init; }
    public required PhraseSet Claims { get; init; }

    private static readonly Lazy<ReadingLexicon> BuiltIn = new(() => Parse(BuiltInData.Resource("bahasa/penanda.yaml"), "bahasa/penanda.yaml"));

    /// <summary>The lexicon embedded in the product.</summary>
    public static ReadingLexicon Default => BuiltIn.Value;

    public static ReadingLexicon Parse(string yaml, string sourceName)
    {
        var dto = YamlData.Read<MarkersDto>(yaml, sourceName);
        var problems = new List<string>();
        PhraseSet Set(List<string>? list, string key)
        {
            if (list is not { Count: > 0 }) problems.Add($"{key} kosong");
            return new PhraseSet(list ?? []);
        }
        var lexicon = new ReadingLexicon
        {
            Negators = Set(dto.Negasi?.Kata, "negasi.kata"),
            NotNegation = Set(dto.Negasi?.BukanNegasi, "negasi.bukan_negasi"),
            ShortNegators = new PhraseSet(dto.Negasi?.JangkauanPendek ?? []),
            Planned = Set(dto.Tahap?.Rencana, "tahap.rencana"),
            InProgress = Set(dto.Tahap?.Proses, "tahap.proses"),
            Draft = Set(dto.Tahap?.Draf, "tahap.draf"),
            NeedsVerb = new PhraseSet(dto.Tahap?.PerluKataKerja ?? []),
            NotPlanned = new PhraseSet(dto.Tahap?.BukanRencana ?? []),
            NotInProgress = new PhraseSet(dto.Tahap?.BukanProses ?? []),
            CancelBefore = new PhraseSet(dto.Tahap?.PembatalSebelum ?? []),
            CancelRightBefore = new PhraseSet(dto.Tahap?.PembatalLangsung ?? []),
            Enacted = new PhraseSet(dto.Tahap?.Penetapan ?? []),
            NextRound = new PhraseSet(dto.Tahap?.PutaranBerikut ?? []),
            Remainder = new PhraseSet(dto.Tahap?.Sisa ?? []),
            Hopes = new PhraseSet(dto.Tahap?.Harapan ?? []),
            StatementContent = new PhraseSet(dto.Tahap?.IsiPernyataan ?? []),
            CountedShortfall = new PhraseSet(dto.Negasi?.SisaTerhitung ?? []),
            Conditions = Set(dto.Aturan?.Syarat, "aturan.syarat"),
            NotConditions = new PhraseSet(dto.Aturan?.BukanSyarat ?? []),
            Sanctions = new PhraseSet(dto.Aturan?.Sanksi ?? []),
            StrongJoints = Set(dto.Klausa?.PenghubungKuat, "klausa.penghubung_kuat"),
            WeakJoints = new PhraseSet(dto.Klausa?.PenghubungLemah ?? []),
            Reasons = new PhraseSet(dto.Klausa?.Alasan ?? []),
            Auxiliaries = Set(dto.Klausa?.Predikat, "klausa.predikat"),
            NotVerbs = new PhraseSet(dto.Klausa?.BukanKataKerja ?? []),
            Claims = Set(dto.Klaim?.Kata, "klaim.kata"),
        };
        if (problems.Count > 0) throw new DataFileException(sourceName, problems);
        return lexicon;
    }

#pragma warning disable CS8618
    private sealed class MarkersDto
    {
        public NegasiDto? Negasi { get; set; }
        public TahapDto? Tahap { get; set; }
        public AturanDto? Aturan { get; set; }
        public KlausaDto? Klausa { get; set; }
        public KlaimDto? Klaim { get; set; }
    }

    private sealed class NegasiDto
    {
        public List<string>? Kata { get; set; }
        public List<string>? BukanNegasi { get; set; }
        public List<string>? JangkauanPendek { get; set; }
        public List<string>? SisaTerhitung { get; set; }
    }

    private sealed class TahapDto
    {
        public List<string>? Rencana { get; set; }
        public List<string>? Proses { get; set; }
        public List<string>? Draf { get; set; }
        public List<string>? PerluKataKerja { get; set; }
        public List<string>? BukanRencana { get; set; }
        public List<string>? BukanProses { get; set; }
        public List<string>? PembatalSebelum { get; set; }
        public List<string>? PembatalLangsung { get; set; }
        public List<string>? Penetapan { get; set; }
        public List<string>? PutaranBerikut { get; set; }
        public List<string>? Sisa { get; set; }
        public List<string>? Harapan { get; set; }
        public List<string>? IsiPernyataan { get; set; }
    }

    private sealed class AturanDto
    {
        public List<string>? Syarat { get; set; }
        public List<string>? Sanksi { get; set; }
        public List<string>? BukanSyarat { get; set; }
    }

    private sealed class KlausaDto
    {
        public List<string>? PenghubungKuat { get; set; }
        public List<string>? PenghubungLemah { get; set; }
        public List<string>? Alasan { get; set; }
        public List<string>? Predikat { get; set; }
        public List<string>? BukanKataKerja { get; set; }
    }

    private sealed class KlaimDto
    {
        public List<string>? Kata { get; set; }
    }
#pragma warning restore CS8618
}
