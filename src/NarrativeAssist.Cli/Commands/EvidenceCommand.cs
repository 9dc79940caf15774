using NarrativeAssist.Documents;
using NarrativeAssist.Documents.Evidence;
using NarrativeAssist.Documents.Reports;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Domain.Evidence;

namespace NarrativeAssist.Cli.Commands;

/// <summary><c>bukti kerangka</c>: the evidence folder skeleton as a zip; <c>bukti periksa</c>: an evidence folder
/// (zip or listing of paths) checked against the LKE and, when given, the unit's narratives.</summary>
internal sealed class EvidenceCommand : ICommand
{
    public string Name => "bukti";

    public IReadOnlySet<string> Flags => new HashSet<string> { "semua" };

    public string Usage => """
        Pemakaian:
          narrativeassist bukti kerangka --output KERANGKA.zip
              Kerangka folder bukti dukung: satu folder per area, sub-area dan pertanyaan, dengan daftar bukti yang lazim.
          narrativeassist bukti periksa FOLDER.zip|DAFTAR.txt [--narasi NARASI.docx] [--format text|json] [--semua] [--output PATH]
              Periksa folder bukti dukung (zip, atau daftar path satu per baris dari "dir /s /b > daftar.txt" atau
              "find . > daftar.txt"): berkas per pertanyaan, bukti yang disebut narasi tetapi tidak ada, berkas yang tidak
              disebut, pertanyaan terjawab tanpa bukti, berkas di folder pertanyaan lain, berkas kosong/rusak/terlalu besar/bermakro.
          --narasi      dokumen narasi (.docx) unit untuk mencocokkan bukti yang disebut narasi
          --semua       tabel memuat semua pertanyaan LKE, bukan hanya yang berisi berkas, jawaban atau temuan

        """;

    public int Run(CliArgs args, CliContext ctx)
    {
        var sub = args.Positional.FirstOrDefault()
            ?? throw new CliUsageException("Sebutkan subperintah: kerangka atau periksa.");
        return sub switch
        {
            "kerangka" => Skeleton(args, ctx),
            "periksa" => Check(args, ctx),
            _ => throw new CliUsageException($"Subperintah \"{sub}\" tidak dikenal; pilih kerangka atau periksa."),
        };
    }

    private static int Skeleton(CliArgs args, CliContext ctx)
    {
        var output = args.Get("output") ?? throw new CliUsageException("Sebutkan berkas keluaran dengan --output KERANGKA.zip.");
        args.RejectUnknown();
        if (args.Positional.Count > 1) throw new CliUsageException("bukti kerangka tidak menerima berkas masukan.");
        // Built in memory first so a failure never leaves a half-written file behind.
        File.WriteAllBytes(output, EvidenceSkeletonZip.ToBytes(BuiltInData.Catalog));
        ctx.Err.WriteLine($"Ditulis: {output}");
        return CliApp.Ok;
    }

    private static int Check(CliArgs args, CliContext ctx)
    {
        var input = args.Positional.Skip(1).SingleOrDefault()
            ?? throw new CliUsageException("Sebutkan satu folder bukti dukung: berkas .zip atau daftar path (.txt).");
        var narrativesPath = args.Get("narasi");
        var format = args.Choice("format", "text", "text", "json");
        var all = args.Flag("semua");
        var output = args.Get("output");
        args.RejectUnknown();

        var catalog = BuiltInData.Catalog;
        var limits = EvidenceLimits.Default;
        var files = ReadFolder(input, limits);
        IReadOnlyList<NarrativeInput>? narratives = null;
        if (narrativesPath is not null)
        {
            using var stream = InputFiles.OpenBinary(narrativesPath);
            narratives = NarrativeReader.Read(stream, catalog).Entries.Select(e => new NarrativeInput(e.QuestionId, e.Text, e.Answer)).ToList();
        }
        var report = new EvidenceCheck(catalog).Run(files, narratives);
        var content = format == "json"
            ? JsonContract.Serialize(report) + "\n"
            : EvidenceTextReport.Render(report, catalog, Path.GetFileName(input), all, limits.MaxFileBytes);
        InputFiles.WriteOutput(ctx, output, content);
        return CliApp.Ok;
    }

    /// <summary>A zip is read and vetted like every upload; anything else must be a listing of paths.</summary>
    private static IReadOnlyList<FolderFile> ReadFolder(string path, EvidenceLimits limits)
    {
        var info = new FileInfo(path);
        if (Directory.Exists(path))
            throw new CliUsageException($"\"{path}\" adalah folder. Beri zip folder itu, atau daftar path-nya: " +
                "di Windows \"dir /s /b > daftar.txt\", di Linux/macOS \"find . > daftar.txt\".");
        if (!info.Exists) throw new FileNotFoundException(null, path);
        if (info.Length > limits.MaxArchiveBytes) throw new CliUsageException(
            $"Berkas \"{info.Name}\" melebihi {limits.MaxArchiveBytes / DocumentLimits.Megabyte} MB. Kirim daftar path berkasnya saja.");
        var bytes = File.ReadAllBytes(path);
        if (bytes is [(byte)'P', (byte)'K', ..] || path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            return EvidenceZipReader.Read(bytes, limits);
        try { return PathListing.Parse(ListingText.Decode(bytes)); }
        catch (ArgumentException e) { throw new CliUsageException(e.Message); }
    }
}
