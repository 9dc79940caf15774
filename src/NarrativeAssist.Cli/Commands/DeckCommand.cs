using System.Globalization;
using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Documents.Reports;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Domain.Decks;
using NarrativeAssist.Domain.Profile;
using NarrativeAssist.Domain.Text;

namespace NarrativeAssist.Cli.Commands;

internal sealed class DeckCommand : ICommand
{
    public string Name => "deck";

    public IReadOnlySet<string> Flags => new HashSet<string> { "foto-kosong" };

    public string Usage => $"""
        Pemakaian: narrativeassist deck --kind wawancara-virtual|observasi-lapangan --unit PROFIL.yaml
                   [--template TEMPLAT.pptx | --template {string.Join("|", DeckTemplate.BuiltInIds)}] [--output PAPARAN.pptx]
                   [--plan-json RENCANA.json] [--wpm KATA_PER_MENIT] [--limit-minutes MENIT] [--foto-kosong]
          --kind           wawancara-virtual (20 menit) atau observasi-lapangan (7–10 menit)
          --unit           profil unit (YAML/JSON); contoh: templates/units/contoh.yaml
          --template       templat .pptx unit lain (tata letak dan tema dipakai, token {"{{unit.nama}}"} diganti)
                           atau templat bawaan (bawaan: {DeckTemplate.BuiltInIds[0]})
          --output         berkas .pptx yang ditulis
          --plan-json      rencana salindia, naskah dan waktu sebagai JSON
          --wpm            kecepatan bicara, kata per menit (bawaan 110)
          --limit-minutes  batas waktu paparan (bawaan 20 untuk wawancara, 10 untuk observasi)
          --foto-kosong    bingkai "Tempel foto: …" untuk foto yang belum ada di profil (bawaan: tidak ditampilkan)
        Foto dan logo yang disebut profil dibaca dari folder profil (jalur relatif terhadap berkas profil).
        Tabel waktu, hal yang diringkas dan peringatan profil dicetak ke layar.

        """;

    public int Run(CliArgs args, CliContext ctx)
    {
        var kindKey = args.Get("kind") ?? throw new CliUsageException($"Sebutkan jenis paparan dengan --kind {string.Join(" | ", DeckKinds.Keys)}.");
        if (!DeckKinds.TryParse(kindKey, out var kind))
            throw new CliUsageException($"Jenis paparan \"{kindKey}\" tidak dikenal; pilih {string.Join(" | ", DeckKinds.Keys)}.");
        var unitPath = args.Get("unit") ?? throw new CliUsageException("Sebutkan profil unit dengan --unit PROFIL.yaml.");
        var templateArg = args.Get("template");
        var output = args.Get("output");
        var planJson = args.Get("plan-json");
        var options = Options(args, kind);
        var placeholders = args.Flag("foto-kosong");
        args.RejectUnknown();
        if (output is null && planJson is null)
            throw new CliUsageException("Sebutkan --output PAPARAN.pptx, --plan-json RENCANA.json, atau keduanya.");

        var catalog = BuiltInData.Catalog;
        var profile = UnitProfileParser.Parse(InputFiles.ReadText(unitPath, "profil unit"), catalog.AreaCodes);
        var template = output is null ? null : Template(templateArg);
        var plan = DeckPlanner.Plan(kind, profile, catalog, options);
        ctx.Out.Write(DeckTimingReport.Render(plan));

        if (template is not null)
        {
            var deck = DeckRenderer.Render(plan, template, DeckTokens.From(profile), Pictures(profile, unitPath, placeholders, ctx));
            File.WriteAllBytes(output!, deck.Pptx);   // rendered in memory first: a failure leaves no half-written file
            if (deck.Mapping.Count > 0)
            {
                ctx.Out.WriteLine();
                ctx.Out.WriteLine($"Pemetaan ke templat {template.Name}:");
                foreach (var line in deck.Mapping) ctx.Out.WriteLine("  - " + line);
            }
            if (deck.Fit.Count > 0)
            {
                ctx.Out.WriteLine();
                ctx.Out.WriteLine($"Kecocokan teks ({deck.Fit.Count(f => f.Fits)} dari {deck.Fit.Count} salindia muat):");
                foreach (var fit in deck.Fit) ctx.Out.WriteLine("  - " + fit.Describe());
            }
            ctx.Err.WriteLine($"Ditulis: {output} ({deck.SlideCount} salindia)");
        }
        if (planJson is not null)
        {
            File.WriteAllText(planJson, JsonContract.Serialize(DeckPlanJson.From(plan)) + "\n");
            ctx.Err.WriteLine($"Ditulis: {planJson}");
        }
        return CliApp.Ok;
    }

    /// <summary>The pictures the profile names, read from the profile's folder; a missing one is reported, not fatal
    /// (its slot is left out, or framed with --foto-kosong).</summary>
    private static DeckImages Pictures(UnitProfile profile, string unitPath, bool placeholders, CliContext ctx)
    {
        var images = new DeckImages { Placeholders = placeholders };
        var folder = Path.GetDirectoryName(Path.GetFullPath(unitPath)) ?? ".";
        foreach (var (field, path) in ProfilePictures.Of(profile).DistinctBy(p => p.Path))
        {
            if (ProfilePictures.EvidenceId(path) is not null)
            {
                ctx.Err.WriteLine($"Peringatan: {field}: {path} adalah bukti dukung di server; baris perintah membaca foto dari folder profil, jadi fotonya tidak ditampilkan.");
                continue;
            }
            var file = Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar));
            if (!File.Exists(file)) { ctx.Err.WriteLine($"Peringatan: {field}: berkas {path} tidak ditemukan di {folder}; fotonya tidak ditampilkan."); continue; }
            images.Add(path, File.ReadAllBytes(file));   // not PNG/JPEG, too large → DocumentRejectedException (exit code and message)
        }
        return images;
    }

    private static DeckTemplate Template(string? arg)
    {
        if (arg is null) return DeckTemplate.Default;
        if (DeckTemplate.BuiltInIds.Contains(arg, StringComparer.OrdinalIgnoreCase)) return DeckTemplate.BuiltIn(arg.ToLowerInvariant());
        if (!File.Exists(arg) && !arg.EndsWith(".pptx", StringComparison.OrdinalIgnoreCase))
            throw new CliUsageException($"Templat \"{arg}\" bukan berkas .pptx dan bukan templat bawaan ({string.Join(", ", DeckTemplate.BuiltInIds)}).");
        using var stream = InputFiles.OpenBinary(arg);
        return DeckTemplate.FromUpload(stream, Path.GetFileName(arg));
    }

    private static DeckOptions Options(CliArgs args, DeckKind kind)
    {
        var options = new DeckOptions();
        if (args.Get("wpm") is { } wpm) options = options with { WordsPerMinute = Int(wpm, "wpm") };
        if (args.Get("limit-minutes") is { } m)
        {
            var seconds = Int(m, "limit-minutes") * 60;
            options = options.WithLimit(kind, seconds);
        }
        if (options.Validate() is { Count: > 0 } errors) throw new CliUsageException(TextCase.Capitalize(string.Join("; ", errors)) + ".");
        return options;
    }

    private static int Int(string value, string name) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
            : throw new CliUsageException($"Nilai --{name} \"{value}\" harus bilangan bulat.");

}
