using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NarrativeAssist.Server;

/// <summary>The one set of System.Text.Json options of the server: HTTP responses and request bodies (through
/// <see cref="Apply"/> in ServerSetup) and the JSON it stores in columns (rehearsal slides, replacements, weekly
/// progress). camelCase as the web app and panes expect; null fields left out; Indonesian text and names written as
/// they are instead of \u escapes (the responses are JSON, never inlined into HTML).</summary>
public static class ServerJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static void Apply(JsonSerializerOptions options)
    {
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Apply(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
