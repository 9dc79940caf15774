using NarrativeAssist.Documents.Reports;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Domain.Scoring;

namespace NarrativeAssist.Cli.Commands;

internal sealed class ScoreCommand : ICommand
{
    public string Name => "score";

    public string Usage => """
        Pemakaian: narrativeassist score JAWABAN.yaml|JAWABAN.json [--target wbk|wbbm] [--format text|json] [--area-basis gabungan|per_bagian|keduanya] [--output PATH]
          Berkas jawaban: peta id pertanyaan → jawaban, mis.
            P.MP.1.a: Ya
            P.MP.1.b: B
            R.MP.1.a: { n_agen: 10, n_perubahan: 8 }   # atau persen langsung: 80
            H.1.a: 3.62                                 # indeks survei 1–4
            predikat_sebelumnya: [WBK]                  # syarat WBBM
          --target      predikat yang dituju (bawaan wbk)
          --area-basis  tafsiran ambang per area (bawaan dari katalog: gabungan)

        """;

    public int Run(CliArgs args, CliContext ctx)
    {
        var file = args.Positional.SingleOrDefault() ?? throw new CliUsageException("Sebutkan satu berkas jawaban (.yaml atau .json).");
        var format = args.Choice("format", "text", "text", "json");
        var target = args.Choice("target", "wbk", "wbk", "wbbm");
        var basisText = args.Get("area-basis");
        var output = args.Get("output");
        var rules = InputFiles.Rules(args);
        args.RejectUnknown();
        AreaBasis? basis = basisText is null ? null
            : CatalogLoader.ParseAreaBasis(basisText) ?? throw new CliUsageException($"Nilai --area-basis \"{basisText}\" tidak dikenal; pilih gabungan | per_bagian | keduanya.");

        var sheet = AnswersFileParser.Parse(InputFiles.ReadText(file, "jawaban",
            "Perintah score menghitung nilai dari berkas jawaban (peta id pertanyaan → jawaban, mis. templates/samples/jawaban-contoh.yaml). " +
            "Untuk memeriksa narasi di dokumen Word, gunakan perintah check."), rules.Catalog);
        var report = new ScoreCalculator(rules.Catalog).Score(sheet, target, basis);
        InputFiles.WriteOutput(ctx, output, format == "json" ? JsonContract.Serialize(ScoreJson.From(report)) + "\n" : ScoreTextReport.Render(report));
        return CliApp.Ok;
    }
}
