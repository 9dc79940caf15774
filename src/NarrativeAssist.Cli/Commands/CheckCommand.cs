using NarrativeAssist.Documents;
using NarrativeAssist.Documents.Reports;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Cli.Commands;

internal sealed class CheckCommand : ICommand
{
    public string Name => "check";

    public string Usage => """
        Pemakaian: narrativeassist check BERKAS.docx [--unit PROFIL.yaml] [--format text|json|html] [--output PATH] [--rules ATURAN.yaml]
          --unit     profil unit (YAML/JSON) untuk memeriksa kesesuaian angka di narasi dengan data unit
          --format   text (bawaan): laporan dengan tabel cakupan; json: kontrak data; html: halaman laporan mandiri
          --output   tulis ke berkas, bukan ke layar

        """;

    public int Run(CliArgs args, CliContext ctx)
    {
        var file = args.Positional.SingleOrDefault() ?? throw new CliUsageException("Sebutkan satu berkas .docx yang akan diperiksa.");
        var format = args.Choice("format", "text", "text", "json", "html");
        var output = args.Get("output");
        var unitPath = args.Get("unit");
        var rules = InputFiles.Rules(args);
        args.RejectUnknown();

        var profile = unitPath is null ? null : UnitProfileParser.Parse(InputFiles.ReadText(unitPath, "profil unit"), rules.Catalog.AreaCodes);
        NarrativeDocument doc;
        using (var stream = InputFiles.OpenBinary(file)) doc = NarrativeReader.Read(stream, rules.Catalog);
        var report = DocumentCheck.Run(new NarrativeChecker(rules),
            doc.Entries.Select(e => new NarrativeInput(e.QuestionId, e.Text, e.Answer)), profile);
        var content = format switch
        {
            "json" => JsonContract.Serialize(CheckJson.From(report, doc.Warnings)) + "\n",
            "html" => CheckHtmlReport.Render(report, rules.Catalog, $"Laporan pemeriksaan narasi LKE — {Path.GetFileName(file)}", doc.Warnings),
            _ => CheckTextReport.Render(report, rules.Catalog, doc.Warnings),
        };
        InputFiles.WriteOutput(ctx, output, content);
        return CliApp.Ok;
    }
}
