using NarrativeAssist.Documents;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Checking;
using YamlDotNet.RepresentationModel;

namespace NarrativeAssist.Bench;

/// <summary>Rebuilds templates/samples/narasi-contoh.docx: the full skeleton filled from narasi-contoh.yaml.</summary>
internal static class SampleDocument
{
    public static int Write(string? root)
    {
        root ??= NarrativeAssist.Tests.RepoRoot.Path;
        var samples = Path.Combine(root, "templates", "samples");
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(samples, "narasi-contoh.yaml"))));
        var items = (YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode)["narasi"];
        var narratives = items.Cast<YamlMappingNode>().Select(n => new NarrativeInput(
            n["id"].ToString(), n["teks"].ToString().Trim(), n.Children.TryGetValue("jawaban", out var a) ? a.ToString() : null)).ToList();

        using var stream = new MemoryStream();
        SkeletonWriter.Write(stream, BuiltInData.Catalog, null);
        var missing = NarrativeFiller.Fill(stream, narratives);
        if (missing.Count > 0) { Console.Error.WriteLine("Tidak ada di kerangka: " + string.Join(", ", missing)); return 2; }
        var path = Path.Combine(samples, "narasi-contoh.docx");
        File.WriteAllBytes(path, stream.ToArray());
        Console.WriteLine($"Ditulis: {path} ({narratives.Count} narasi)");
        return 0;
    }
}
