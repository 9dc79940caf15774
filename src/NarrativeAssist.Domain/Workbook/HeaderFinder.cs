namespace NarrativeAssist.Domain.Workbook;

/// <summary>Where a sheet's table starts and which column holds what.</summary>
/// <param name="HeaderRows">The row numbers the header spans (one, or two under a merged header).</param>
/// <param name="FirstDataRow">1-based number of the first row below the header.</param>
public sealed record HeaderLayout(IReadOnlyList<int> HeaderRows, int FirstDataRow, IReadOnlyDictionary<ColumnRole, int> Columns)
{
    public int? this[ColumnRole role] => Columns.TryGetValue(role, out var c) ? c : null;
}

/// <summary>Finds the header row by its names, anywhere in a sheet's first rows: title rows above it, a merged header
/// over two rows ("Penilaian Unit" over "Jawaban | Nilai"), columns in any order and names in any case. A sheet is
/// an LKE table when it has a Jawaban column and at least one of Nilai, Penjelasan or Eviden.</summary>
public static class HeaderFinder
{
    /// <summary>Headers sit under a few title rows; deeper than this a row is data.</summary>
    public const int MaxHeaderRow = 40;
    private const int MaxHeaderCellChars = 80;

    public static HeaderLayout? Find(WorkbookSheet sheet)
    {
        var rows = sheet.Rows.Where(r => r.Number <= MaxHeaderRow).ToList();
        HeaderLayout? best = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var single = Texts(sheet, rows[i]);
            Consider(Layout(single, [rows[i].Number]), ref best);
            if (i + 1 < rows.Count && rows[i + 1].Number == rows[i].Number + 1)
            {
                var below = Texts(sheet, rows[i + 1]);
                var joined = single.Keys.Union(below.Keys).ToDictionary(c => c,
                    c => $"{single.GetValueOrDefault(c)} {below.GetValueOrDefault(c)}".Trim());
                Consider(Layout(joined, [rows[i].Number, rows[i + 1].Number]), ref best);
            }
        }
        return best;
    }

    private static void Consider(HeaderLayout? candidate, ref HeaderLayout? best)
    {
        if (candidate is null) return;
        if (best is null || candidate.Columns.Count > best.Columns.Count) best = candidate;
    }

    /// <summary>A row's header texts by column; a merged header's text covers every column it spans.</summary>
    private static Dictionary<int, string> Texts(WorkbookSheet sheet, SheetRow row)
    {
        var texts = new Dictionary<int, string>();
        foreach (var (column, cell) in row.Cells)
        {
            var text = cell.Text.Trim();
            if (text.Length == 0 || text.Length > MaxHeaderCellChars || cell.Number is not null) continue;
            texts[column] = text;
            foreach (var m in sheet.Merges.Where(m => m.FirstRow == row.Number && m.FirstColumn == column))
                for (var c = m.FirstColumn + 1; c <= m.LastColumn; c++) texts[c] = text;
        }
        return texts;
    }

    private static HeaderLayout? Layout(Dictionary<int, string> texts, int[] headerRows)
    {
        var roles = new Dictionary<ColumnRole, int>();
        var narrativeRank = 0;
        var plainPenjelasan = new List<int>();
        foreach (var (column, text) in texts.OrderBy(t => t.Key))
        {
            var words = HeaderWords(text);
            var role = RoleOf(words, text);
            if (role is null) continue;
            if (role == ColumnRole.Penjelasan)
            {
                // "Catatan/Keterangan/Penjelasan" is the unit's narrative; a bare "Penjelasan" may be the criteria
                // column of the regulation's template (the district-court layout has both).
                var rank = words.Contains("catatan") || words.Contains("keterangan") ? 2 : 1;
                if (rank == 1) plainPenjelasan.Add(column);
                if (rank > narrativeRank || (rank == narrativeRank && rank == 1)) { roles[ColumnRole.Penjelasan] = column; narrativeRank = rank; }
                continue;
            }
            roles.TryAdd(role.Value, column);
        }
        if (narrativeRank == 1 && roles.TryGetValue(ColumnRole.Jawaban, out var answer))
        {
            // Only bare "Penjelasan" columns: the narrative is the one right of the answer, if any.
            var right = plainPenjelasan.Where(c => c > answer).ToList();
            if (right.Count > 0) roles[ColumnRole.Penjelasan] = right[0];
            else if (plainPenjelasan.Count > 1) roles[ColumnRole.Penjelasan] = plainPenjelasan[^1];
        }
        if (!roles.ContainsKey(ColumnRole.Jawaban)) return null;
        if (!roles.ContainsKey(ColumnRole.Nilai) && !roles.ContainsKey(ColumnRole.Penjelasan) && !roles.ContainsKey(ColumnRole.Eviden)) return null;
        return new HeaderLayout(headerRows, headerRows[^1] + 1, roles);
    }

    private static HashSet<string> HeaderWords(string text) =>
        Text.LowerWords.Of(text).ToHashSet(StringComparer.Ordinal);

    private static ColumnRole? RoleOf(HashSet<string> w, string text)
    {
        bool Any(params string[] names) => names.Any(w.Contains);
        if (Any("temuan")) return ColumnRole.Temuan;
        var tpi = Any("tpi", "tpn", "evaluator", "penilai", "reviu", "reviewer");
        if (tpi)
        {
            if (Any("jawaban")) return ColumnRole.JawabanTpi;
            if (Any("nilai")) return ColumnRole.NilaiTpi;
            if (Any("catatan", "keterangan", "penjelasan")) return ColumnRole.CatatanTpi;
            return null;
        }
        if (Any("pilihan", "kriteria", "opsi")) return ColumnRole.Kriteria;
        if (Any("eviden", "evidence", "bukti", "link", "tautan") || (w.Contains("data") && w.Contains("dukung"))) return ColumnRole.Eviden;
        if (Any("catatan", "keterangan", "penjelasan", "narasi")
            && !Any("pertanyaan", "komponen")) return ColumnRole.Penjelasan;
        if (Any("jawaban")) return ColumnRole.Jawaban;
        if (Any("bobot")) return ColumnRole.Bobot;
        if (text.Contains('%') || Any("persen", "persentase")) return ColumnRole.Persen;
        if (Any("nilai", "skor")) return ColumnRole.Nilai;
        if (Any("penilaian", "pertanyaan", "komponen", "indikator", "unsur", "uraian")) return ColumnRole.Penilaian;
        if (Any("no", "nomor", "nomer")) return ColumnRole.Nomor;
        return null;
    }
}
