using System.Globalization;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Catalog;
using static NarrativeAssist.Documents.Tests.LkeWorkbook.FodsCell;

namespace NarrativeAssist.Documents.Tests.LkeWorkbook;

/// <summary>Spreadsheets shaped like units' real LKE workbooks, written as .fods for LibreOffice Calc to save as .xlsx.</summary>
internal static class MessyWorkbooks
{
    private static LkeCatalog Catalog => BuiltInData.Catalog;

    /// <summary>The answer the district-court fixture gives question number <paramref name="i"/>, as a unit types it
    /// (lower case every other time).</summary>
    public static FodsCell Answer(Question q, int i)
    {
        if (q.AnswerType.Numeric is { Unit: "indeks" }) return Num(3.61);
        if (q.AnswerType.Numeric is not null) return Num(75 + i % 25);
        var code = q.Options[i % 3 == 2 ? Math.Min(1, q.Options.Count - 1) : 0].Code;
        return i % 2 == 0 ? code.ToLowerInvariant() : code;
    }

    public static string Narrative(Question q) =>
        $"Tim ZI melaksanakan {q.Text.ToLowerInvariant()} sesuai SK Kepala Nomor 12/PN/I/2024 tanggal 8 Januari 2024.\nBukti dukung: laporan kegiatan {q.Id}.";

    public static string Evidence(Question q) =>
        $@"ZONA INTEGRITAS 2024\AREA {q.Area.Number}\{q.SubArea?.Numeral}. {q.SubArea?.Name}\{q.Area.Number}.{q.SubArea?.Numeral}.{q.Letter} bukti.pdf";

    public const string BrokenSubArea = "P.PW.2";
    public const string HiddenQuestion = "P.SDM.1.b";

    /// <summary>The district court's layout: "Penilaian" (merged over the numbering and text columns), Bobot, Penjelasan
    /// (the criteria), Pilihan Jawaban, Jawaban, Nilai, %, Catatan/Keterangan/Penjelasan, Eviden; title rows above;
    /// sub-area, area, part and total rows computing with formulas; one sub-area formula averaging too few rows; one
    /// question row hidden.</summary>
    public static string DistrictCourt()
    {
        var rows = new List<FodsRow>
        {
            new([new FodsCell("LEMBAR KERJA EVALUASI ZONA INTEGRITAS MENUJU WBK/WBBM", Span: 10)]),
            new(["PENGADILAN NEGERI CONTOH KELAS II"]),
            new([]),
            new([new FodsCell("Penilaian", Span: 2), "Bobot", "Penjelasan", "Pilihan Jawaban", "Jawaban", "Nilai", "%", "Catatan/Keterangan/Penjelasan", "Eviden"]),
        };
        int Next() => rows.Count + 1;
        FodsRow Summary(int r, string no, string name, double weight, string formula) =>
            new([no, name, Num(weight), null, null, null, F(formula), Pct($"of:=[.G{r}]/[.C{r}]")]);
        int Placeholder() { rows.Add(new([])); return rows.Count; }

        var i = 0;
        var pengungkitRow = Placeholder();
        var partRows = new List<int>();
        var hasilRows = new List<int>();
        foreach (var part in Catalog.Parts)
        {
            var partRow = Placeholder();
            (part.Component == "hasil" ? hasilRows : partRows).Add(partRow);
            var areaRows = new List<int>();
            foreach (var area in part.Areas)
            {
                var areaRow = Placeholder();
                areaRows.Add(areaRow);
                var terms = new List<string>();
                foreach (var sub in area.SubAreas)
                {
                    var subRow = Placeholder();
                    var first = Next();
                    foreach (var q in sub.Questions) rows.Add(QuestionRow(q, i++));
                    var last = sub.Id == BrokenSubArea ? Next() - 2 : Next() - 1;
                    rows[subRow - 1] = Summary(subRow, sub.Numeral + ".", sub.Name, sub.Weight, $"of:=[.C{subRow}]*AVERAGE([.G{first}:.G{last}])");
                    terms.Add($"[.G{subRow}]");
                }
                foreach (var q in area.DirectQuestions)
                {
                    var r = Next();
                    rows.Add(QuestionRow(q, i++));
                    terms.Add($"[.C{r}]*[.G{r}]");
                }
                var areaNo = part.Component == "hasil" ? (area.Number == 1 ? "I." : "II.") : area.Number + ".";
                rows[areaRow - 1] = Summary(areaRow, areaNo, area.Name.ToUpperInvariant(), area.Weight, "of:=" + string.Join("+", terms));
            }
            rows[partRow - 1] = Summary(partRow, part.Component == "hasil" ? "B." : part.Numeral + ".", part.Name.ToUpperInvariant(), part.Weight,
                "of:=" + string.Join("+", areaRows.Select(r => $"[.G{r}]")));
        }
        rows[pengungkitRow - 1] = Summary(pengungkitRow, "A.", "KOMPONEN PENGUNGKIT", 60, "of:=" + string.Join("+", partRows.Select(r => $"[.G{r}]")));
        var totalRow = Placeholder();
        rows[totalRow - 1] = Summary(totalRow, "", "NILAI TOTAL", 100, $"of:=[.G{pengungkitRow}]+{string.Join("+", hasilRows.Select(r => $"[.G{r}]"))}");
        return Fods.Write(new FodsSheet("LKE", rows));
    }

    private static FodsRow QuestionRow(Question q, int i)
    {
        var answer = Answer(q, i);
        var value = Domain.Scoring.AnswerParser.Parse(q, answer.Text ?? answer.Number!.Value.ToString(CultureInfo.InvariantCulture)).ValueFor(q);
        return new FodsRow([q.Letter + ".", q.Text, q.Weight is { } w ? Num(w) : null, q.Penjelasan ?? "",
            string.Join("/", q.Options.Select(o => o.Code)), answer, Num(value), null, Narrative(q), Evidence(q)], Hidden: q.Id == HiddenQuestion);
    }

    /// <summary>Row numbers of the second unit's fixture the tests point at.</summary>
    public const int SwappedA = 25, SwappedB = 26, AddedRow = 28;

    /// <summary>Another unit's layout: "No, Komponen, Bobot, Kriteria Nilai" then "Penilaian Unit" merged over "Jawaban
    /// Unit | Nilai" on a second header row, "Catatan/Keterangan/Penjelasan Unit", no evidence column; Manajemen
    /// Perubahan and one Tatalaksana sub-area whose first two questions sit in each other's slot; a row the unit added;
    /// the Hasil items on a second sheet; a notes sheet without a table.</summary>
    public static string SecondUnit()
    {
        var lke = new List<FodsRow>
        {
            new(["LKE ZONA INTEGRITAS 2023 — KANTOR CONTOH"]),
            new([]),
            new(["No", "Komponen", "Bobot", "Kriteria Nilai", new FodsCell("Penilaian Unit", Span: 2), "Catatan/Keterangan/Penjelasan Unit"]),
            new([null, null, null, null, "Jawaban Unit", "Nilai", null]),
            new(["I", "PEMENUHAN", Num(30)]),
            new(["1", "MANAJEMEN PERUBAHAN", Num(4)]),
        };
        var mp = Catalog.FindArea("P.MP")!;
        foreach (var sub in mp.SubAreas)
        {
            lke.Add(new([sub.Numeral, sub.Name, Num(sub.Weight)]));
            foreach (var q in sub.Questions)
                lke.Add(new([q.Letter, q.Text, null, q.Options[0].Penjelasan, q.Options[0].Code.ToLowerInvariant(), Num(1), $"Dilaksanakan.\nSK Nomor 5/{q.Id}/2023."]));
        }
        // Rows 23–28: Penataan Tatalaksana, sub-area i, a and b swapped, then c, then a row the unit added.
        var tl = Catalog.FindArea("P.TL")!.SubAreas[0];
        lke.Add(new(["2", "PENATAAN TATALAKSANA", Num(3.5)]));
        lke.Add(new([tl.Numeral, tl.Name, Num(tl.Weight)]));
        lke.Add(new(["a", tl.Questions[1].Text, null, null, "b", Num(0.67), "SOP diterapkan di 8 dari 10 seksi."]));
        lke.Add(new(["b", tl.Questions[0].Text, null, null, "a", Num(1), "Seluruh SOP mengacu peta proses bisnis."]));
        lke.Add(new(["c", tl.Questions[2].Text, null, null, "A", Num(1), "SOP dievaluasi setiap tahun."]));
        lke.Add(new(["d", "Inovasi tambahan unit: layanan antar dokumen", null, null, "ya", Num(1), "Layanan antar dokumen sejak 2023."]));

        var hasil = new List<FodsRow>
        {
            new(["No", "Komponen", "Bobot", "Jawaban", "Nilai", "Keterangan"]),
            new(["I", "Birokrasi yang bersih dan akuntabel", Num(22.5)]),
            new(["a", "Nilai Survey Persepsi Korupsi (Survei Eksternal)", Num(17.5), Num(3.61), Num(15.79), "Survei Oktober 2023, 120 responden."]),
            new(["b", "Capaian Kinerja Lebih Baik dari pada Capaian Kinerja Sebelumnya", Num(5), "b", Num(3.75), "Capaian 102 %."]),
            new(["II", "Pelayanan publik yang prima", Num(17.5)]),
            new(["a", "Nilai Persepsi Kualitas Pelayanan (Survei Eksternal)", Num(17.5), Num(3.4), Num(14.88), "Survei Oktober 2023."]),
        };
        var notes = new List<FodsRow> { new(["Catatan rapat pencermatan LKE"]), new(["Lengkapi eviden area II"]) };
        return Fods.Write(new FodsSheet("Sheet1", lke), new FodsSheet("Hasil", hasil), new FodsSheet("Catatan", notes));
    }
}
