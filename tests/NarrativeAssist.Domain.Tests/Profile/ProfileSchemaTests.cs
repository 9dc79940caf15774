using System.Text.Json;
using NarrativeAssist.Domain.Profile;
using YamlDotNet.RepresentationModel;

namespace NarrativeAssist.Domain.Tests.Profile;

/// <summary>Keeps docs/unit-profile.schema.json in step with the parser: same vocabularies, and the
/// complete sample profile uses every schema key and nothing else.</summary>
public class ProfileSchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(RepoFiles.Read("docs/unit-profile.schema.json")).RootElement;

    [Fact]
    public void Schema_is_draft_2020_12_with_the_parser_top_level_keys()
    {
        Schema.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
        Schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().Equal(UnitProfileParser.TopLevelKeys);
    }

    [Fact]
    public void Schema_vocabularies_match_the_parser()
    {
        Enum("$defs", "predikat").Should().Equal(ProfileVocabulary.PredikatByKey.Keys);
        Enum("$defs", "kodeArea").Should().Equal(RepoFiles.AreaCodes);
        Enum("properties", "indikator_kinerja", "items", "properties", "satuan").Should().Equal(ProfileVocabulary.SatuanByKey.Keys);
        Enum("properties", "inovasi", "items", "properties", "kategori").Should().Equal(ProfileVocabulary.KategoriInovasiByKey.Keys);
    }

    [Fact]
    public void Sample_uses_exactly_the_schema_keys()
    {
        var sample = new YamlStream();
        sample.Load(new StringReader(RepoFiles.Read("templates/units/contoh.yaml")));
        var unknown = new List<string>();
        var used = new HashSet<string>();

        Walk(sample.Documents[0].RootNode, Schema, "", unknown, used);

        unknown.Should().BeEmpty("every key in the sample is described by the schema");
        DeclaredKeys(Schema, "").Should().BeSubsetOf(used, "the sample is complete");
    }

    private static IEnumerable<string> Enum(params string[] path)
    {
        var node = path.Aggregate(Schema, (e, name) => e.GetProperty(name));
        return node.GetProperty("enum").EnumerateArray().Select(v => v.GetString()!);
    }

    private static JsonElement Resolve(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var r) ? Resolve(Schema.GetProperty("$defs").GetProperty(r.GetString()!["#/$defs/".Length..])) : schema;

    private static void Walk(YamlNode node, JsonElement schema, string path, List<string> unknown, HashSet<string> used)
    {
        schema = Resolve(schema);
        if (node is YamlSequenceNode seq && schema.TryGetProperty("items", out var items))
            foreach (var item in seq) Walk(item, items, path + "[]", unknown, used);
        if (node is not YamlMappingNode map) return;
        schema.TryGetProperty("properties", out var properties);
        foreach (var (k, v) in map.Children)
        {
            var key = ((YamlScalarNode)k).Value!;
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(key, out var property))
            {
                used.Add($"{path}.{key}");
                Walk(v, property, $"{path}.{key}", unknown, used);
            }
            else if (schema.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == JsonValueKind.Object)
                Walk(v, extra, $"{path}.*", unknown, used);
            else
                unknown.Add($"{path}.{key}");
        }
    }

    private static IEnumerable<string> DeclaredKeys(JsonElement schema, string path)
    {
        schema = Resolve(schema);
        if (schema.TryGetProperty("items", out var items))
            foreach (var key in DeclaredKeys(items, path + "[]")) yield return key;
        if (!schema.TryGetProperty("properties", out var properties)) yield break;
        foreach (var p in properties.EnumerateObject())
        {
            yield return $"{path}.{p.Name}";
            foreach (var key in DeclaredKeys(p.Value, $"{path}.{p.Name}")) yield return key;
        }
    }
}
