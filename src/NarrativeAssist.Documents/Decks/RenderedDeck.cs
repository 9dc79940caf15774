namespace NarrativeAssist.Documents.Decks;

/// <summary>A rendered presentation and the mapping report: one Indonesian line per decision (which slide went on
/// which layout and placeholder, which tokens were replaced, what could not be mapped and the fallback used), and the
/// fit report: per slide the layout chosen, whether its content fits, and what was done to make it fit.</summary>
public sealed record RenderedDeck(byte[] Pptx, IReadOnlyList<string> Mapping, int SlideCount)
{
    public IReadOnlyList<SlideFit> Fit { get; init; } = [];

    public void WriteTo(Stream output) => output.Write(Pptx);
}

/// <summary>One slide of the fit report. <see cref="Actions"/> are Indonesian ("teks isi diperkecil 28→22 pt",
/// "3 poin dipindah ke salindia lanjutan", "tata letak «Gambar dengan Keterangan» dilewati: …").</summary>
public sealed record SlideFit(int Number, string Title, string Layout, bool Fits, IReadOnlyList<string> Actions)
{
    /// <summary>The report line: "Slide 7 «Inovasi» → «Judul dan Isi»: muat; teks isi diperkecil 28→22 pt".</summary>
    public string Describe() =>
        $"Slide {Number} «{Title}» → {Layout}: {(Fits ? "muat" : "TIDAK MUAT")}" + (Actions.Count > 0 ? "; " + string.Join("; ", Actions) : "") + ".";
}
