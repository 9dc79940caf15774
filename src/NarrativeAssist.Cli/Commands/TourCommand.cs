using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Decks;
using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Cli.Commands;

internal sealed class TourCommand : ICommand
{
    public string Name => "tour";

    public string Usage => """
        Pemakaian: narrativeassist tour --unit PROFIL.yaml --output RUTE.docx
          Rute kunjungan kantor untuk observasi lapangan: ruangan, penanggung jawab, poin yang ditunjukkan dan
          perkiraan waktu, sebagai tabel Word yang siap dicetak.

        """;

    public int Run(CliArgs args, CliContext ctx)
    {
        var unitPath = args.Get("unit") ?? throw new CliUsageException("Sebutkan profil unit dengan --unit PROFIL.yaml.");
        var output = args.Get("output") ?? throw new CliUsageException("Sebutkan berkas keluaran dengan --output RUTE.docx.");
        args.RejectUnknown();
        var profile = UnitProfileParser.Parse(InputFiles.ReadText(unitPath, "profil unit"), BuiltInData.Catalog.AreaCodes);
        var tour = TourPlan.From(profile);
        if (tour.Stops.Count == 0) throw new CliUsageException("Profil unit belum memiliki ruangan (bagian ruangan: nama, pic, poin).");
        using var buffer = new MemoryStream();
        TourDocumentWriter.Write(tour, buffer);
        File.WriteAllBytes(output, buffer.ToArray());
        ctx.Err.WriteLine($"Ditulis: {output} ({tour.Stops.Count} ruangan, sekitar {tour.TotalMinutes} menit)");
        return CliApp.Ok;
    }
}
