using System.Text;
using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace NarrativeAssist.Domain.Tests.Profile;

/// <summary>Files shipped in the repository, found from the test binaries.</summary>
internal static class RepoFiles
{
    public static readonly string[] AreaCodes = ["MP", "TL", "SDM", "AK", "PW", "PP"];

    public static string Root => NarrativeAssist.Tests.RepoRoot.Path;

    public static string Read(string relativePath) => File.ReadAllText(NarrativeAssist.Tests.RepoRoot.File(relativePath));

    /// <summary>The same content as JSON, as a user's tool would write it: numbers and booleans unquoted,
    /// keys (including years) as strings.</summary>
    public static string ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            Write(writer, stream.Documents[0].RootNode);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter w, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode map:
                w.WriteStartObject();
                foreach (var (k, v) in map.Children)
                {
                    w.WritePropertyName(((YamlScalarNode)k).Value!);
                    Write(w, v);
                }
                w.WriteEndObject();
                break;
            case YamlSequenceNode seq:
                w.WriteStartArray();
                foreach (var item in seq.Children) Write(w, item);
                w.WriteEndArray();
                break;
            case YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } b:
                w.WriteBooleanValue(b.Value == "true");
                break;
            case YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s when double.TryParse(s.Value, System.Globalization.CultureInfo.InvariantCulture, out _):
                w.WriteRawValue(s.Value!);
                break;
            case YamlScalarNode s:
                w.WriteStringValue(s.Value);
                break;
        }
    }
}
