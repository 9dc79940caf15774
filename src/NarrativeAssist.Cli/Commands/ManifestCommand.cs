using NarrativeAssist.Documents.Manifest;

namespace NarrativeAssist.Cli.Commands;

/// <summary>Writes the Office add-in manifest (XML) for a unit's own server.</summary>
internal sealed class ManifestCommand : ICommand
{
    public string Name => "manifest";

    public string Usage => $"""
        Pemakaian: narrativeassist manifest --base-url https://SERVER [--output manifest.xml] [--host word|powerpoint|keduanya]
          --base-url  alamat server NarrativeAssist milik unit, mis. https://zi.example.go.id
                      (wajib https://; http:// hanya untuk localhost atau 127.0.0.1)
          --output, -o  berkas keluaran; tanpa opsi ini manifest ditulis ke stdout
          --host      aplikasi Office sasaran (bawaan: keduanya). Manifest satu aplikasi juga mencantumkan
                      set persyaratan minimumnya (WordApi 1.1 atau PowerPointApi 1.1).

        Manifest XML dengan tombol di tab Beranda yang membuka panel
        {AddinManifest.WordPanePath} (Word) dan {AddinManifest.PowerPointPanePath} (PowerPoint).
        Cara memasang (sideload) di Word: lihat manifest/README.md.

        """;

    public int Run(CliArgs args, CliContext ctx)
    {
        var baseUrl = args.Get("base-url") ?? throw new CliUsageException("Sebutkan alamat server dengan --base-url https://SERVER.");
        var output = args.Get("output");
        var hosts = args.Choice("host", "keduanya", "word", "powerpoint", "keduanya") switch
        {
            "word" => AddinHosts.Word,
            "powerpoint" => AddinHosts.PowerPoint,
            _ => AddinHosts.WordAndPowerPoint,
        };
        args.RejectUnknown();
        if (args.Positional.Count > 0) throw new CliUsageException($"Argumen tidak dikenal: {string.Join(" ", args.Positional)}.");
        if (!AddinManifest.TryParseBaseUrl(baseUrl, out var normalised, out var error)) throw new CliUsageException(error);
        InputFiles.WriteOutput(ctx, output, AddinManifest.Generate(normalised, hosts));
        return CliApp.Ok;
    }
}
