using NarrativeAssist.Documents;
using NarrativeAssist.Domain;

namespace NarrativeAssist.Cli.Commands;

internal sealed class SkeletonCommand : ICommand
{
    public string Name => "skeleton";

    public IReadOnlySet<string> Flags => new HashSet<string> { "all" };

    public string Usage => """
        Pemakaian: narrativeassist skeleton (--area AREA | --all) --output BERKAS.docx
          --area  kode area: MP, TL, SDM, AK, PW, PP (Pemenuhan + Reform), atau H (Hasil)
          --all   seluruh LKE

        """;

    public int Run(CliArgs args, CliContext ctx)
    {
        var area = args.Get("area");
        var all = args.Flag("all");
        var output = args.Get("output") ?? throw new CliUsageException("Sebutkan berkas keluaran dengan --output BERKAS.docx.");
        args.RejectUnknown();
        var catalog = BuiltInData.Catalog;
        if (all == (area is not null)) throw new CliUsageException("Pilih salah satu: --area AREA atau --all.");
        var codes = catalog.AreaCodes.Append("H").ToList();
        if (area is not null && !codes.Contains(area, StringComparer.OrdinalIgnoreCase))
            throw new CliUsageException($"Kode area \"{area}\" tidak dikenal; pilih {string.Join(", ", codes)}.");
        // Built in memory first so a failure never leaves a half-written file behind.
        using var buffer = new MemoryStream();
        SkeletonWriter.Write(buffer, catalog, area?.ToUpperInvariant());
        File.WriteAllBytes(output, buffer.ToArray());
        ctx.Err.WriteLine($"Ditulis: {output}");
        return CliApp.Ok;
    }
}
