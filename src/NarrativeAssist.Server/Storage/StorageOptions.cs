namespace NarrativeAssist.Server.Storage;

/// <summary>Storage:Provider = Sqlite (default) | Postgres; the connection string is ConnectionStrings:NarrativeAssist.
/// Without one, SQLite keeps its file under Storage:DataDirectory (default "data" beside the content root).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";
    public string Provider { get; set; } = "Sqlite";
    public string DataDirectory { get; set; } = "data";
    /// <summary>Seed the sample unit "KPPN Contoh" with sample narratives on first start.</summary>
    public bool SeedSample { get; set; } = true;
}
