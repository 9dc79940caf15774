using NarrativeAssist.Documents;
using NarrativeAssist.Documents.Reports;
using NarrativeAssist.Documents.LkeWorkbook;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Scoring;
using NarrativeAssist.Domain.Workbook;

namespace NarrativeAssist.Cli.Commands;

/// <summary>The unit's own LKE workbook in and out: <c>lke impor</c> reads, checks and scores it; <c>lke ekspor</c>
/// writes one (and optionally the narratives as a Word document) from an answers file and/or a narrative document.</summary>
internal sealed class LkeCommand : ICommand
{
    public string Name => "lke";

    public string Usage => """
        Pemakaian:
          narrativeassist lke impor LKE.xlsx|LKE.xls|LKE.ods [--target wbk|wbbm] [--output LAPORAN.txt]
              Baca lembar kerja LKE unit (judul kolom Jawaban, Nilai, Catatan/Keterangan/Penjelasan, Eviden di lembar mana
              pun), kenali setiap baris pertanyaan, periksa narasinya, hitung nilainya, dan bandingkan nilai yang dihitung
              lembar kerja dengan perhitungan peraturan. .xls dan .ods memerlukan LibreOffice.
          narrativeassist lke ekspor [--jawaban JAWABAN.yaml] [--narasi NARASI.docx] --output LKE.xlsx [--word NARASI-LKE.docx] [--unit-nama NAMA]
              Tulis lembar kerja LKE (dengan rumus yang dihitung ulang di Excel/LibreOffice dan kolom Temuan pemeriksa) dari
              berkas jawaban dan/atau dokumen narasi; --word juga menulis narasinya sebagai dokumen Word untuk panel Word.

        """;

    public int Run(CliArgs args, CliContext ctx)
    {
        var sub = args.Positional.FirstOrDefault() ?? throw new CliUsageException("Sebutkan subperintah: impor atau ekspor.");
        return sub switch
        {
            "impor" or "import" => Import(args, ctx),
            "ekspor" or "export" => Export(args, ctx),
            _ => throw new CliUsageException($"Subperintah \"{sub}\" tidak dikenal; pilih impor atau ekspor."),
        };
    }

    private static int Import(CliArgs args, CliContext ctx)
    {
        var file = args.Positional.Skip(1).SingleOrDefault() ?? throw new CliUsageException("Sebutkan satu berkas lembar kerja (.xlsx, .xls atau .ods).");
        var target = args.Choice("target", "wbk", "wbk", "wbbm");
        var output = args.Get("output");
        var rules = InputFiles.Rules(args);
        args.RejectUnknown();
        if (!File.Exists(file)) throw new FileNotFoundException(null, file);
        using var stream = InputFiles.OpenBinary(file);
        var grid = WorkbookFile.Read(PackageGuard.ReadUploadAsync(stream, PackageKind.Workbook).GetAwaiter().GetResult(), file, new SpreadsheetConverter());
        var review = WorkbookReview.Run(grid, new NarrativeChecker(rules), target);
        if (review.Import.Rows.Count == 0 && review.Import.Sheets.Count == 0)
            throw new CliUsageException("Lembar kerja tidak memuat tabel LKE: tidak ada baris judul dengan kolom Jawaban dan salah satu dari " +
                "Nilai, Catatan/Keterangan/Penjelasan atau Eviden di lembar mana pun.");
        InputFiles.WriteOutput(ctx, output, WorkbookTextReport.Render(review, Path.GetFileName(file)));
        return CliApp.Ok;
    }

    private static int Export(CliArgs args, CliContext ctx)
    {
        var answersPath = args.Get("jawaban");
        var narrativesPath = args.Get("narasi");
        var output = args.Get("output") ?? throw new CliUsageException("Sebutkan berkas keluaran dengan --output LKE.xlsx.");
        var word = args.Get("word");
        var unitName = args.Get("unit-nama");
        var rules = InputFiles.Rules(args);
        args.RejectUnknown();
        if (answersPath is null && narrativesPath is null)
            throw new CliUsageException("Sebutkan sumbernya: --jawaban JAWABAN.yaml dan/atau --narasi NARASI.docx.");
        var catalog = rules.Catalog;

        var answers = new Dictionary<string, AnswerValue>(StringComparer.Ordinal);
        var narratives = new Dictionary<string, string>(StringComparer.Ordinal);
        if (narrativesPath is not null)
        {
            using var stream = InputFiles.OpenBinary(narrativesPath);
            foreach (var e in NarrativeReader.Read(stream, catalog).Entries)
            {
                if (e.Text.Length > 0) narratives[e.QuestionId] = e.Text;
                if (e.Answer is not null && AnswerParser.TryParse(catalog.FindQuestion(e.QuestionId)!, e.Answer, out var v, out _)) answers[e.QuestionId] = v;
            }
        }
        if (answersPath is not null)
            foreach (var (id, v) in AnswersFileParser.Parse(InputFiles.ReadText(answersPath, "jawaban"), catalog).Answers) answers[id] = v;

        var inputs = catalog.Questions.Where(q => answers.ContainsKey(q.Id) || narratives.ContainsKey(q.Id))
            .Select(q => new NarrativeInput(q.Id, narratives.GetValueOrDefault(q.Id),
                answers.TryGetValue(q.Id, out var a) ? (a.Inputs is null ? a.ToString() : AnswerParser.FormatNumber(Math.Round(100 * a.ValueFor(q), 2))) : null))
            .ToList();
        var check = DocumentCheck.Run(new NarrativeChecker(rules), inputs.Where(n => n.Text is not null));
        // Built in memory first so a failure never leaves a half-written file behind.
        using (var buffer = new MemoryStream())
        {
            LkeWorkbookWriter.Write(buffer, catalog, new LkeWorkbookContent(answers, narratives, new Dictionary<string, string>(), check, unitName));
            File.WriteAllBytes(output, buffer.ToArray());
        }
        ctx.Err.WriteLine($"Ditulis: {output}");
        if (word is not null)
        {
            using var buffer = new MemoryStream();
            NarrativeWordExport.Write(buffer, catalog, inputs);
            File.WriteAllBytes(word, buffer.ToArray());
            ctx.Err.WriteLine($"Ditulis: {word}");
        }
        return CliApp.Ok;
    }
}
