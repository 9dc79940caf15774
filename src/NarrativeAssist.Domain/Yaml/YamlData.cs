using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace NarrativeAssist.Domain.Yaml;

/// <summary>Reads the product's own data files (catalog, checklists, rules) into DTOs. User files
/// (unit profiles, answers) go through <see cref="YamlTree"/> instead, which reports lines and bounds size.</summary>
internal static class YamlData
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static T Read<T>(string yaml, string sourceName)
    {
        try
        {
            return Deserializer.Deserialize<T>(yaml) ?? throw new DataFileException(sourceName, ["berkas kosong"]);
        }
        catch (YamlException e)
        {
            var where = e.Start.Line > 0 ? $"baris {e.Start.Line}: " : "";
            throw new DataFileException(sourceName, [where + (e.InnerException?.Message ?? e.Message)]);
        }
    }
}

/// <summary>A data file (catalog, checklist, rule set) is malformed or inconsistent. Raised at start-up.</summary>
public sealed class DataFileException(string source, IReadOnlyList<string> problems)
    : Exception($"Data {source} tidak valid:\n - " + string.Join("\n - ", problems))
{
    public string DataSource { get; } = source;
    public IReadOnlyList<string> Problems { get; } = problems;
}
