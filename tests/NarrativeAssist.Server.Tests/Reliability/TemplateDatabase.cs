using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Reliability;

/// <summary>A real NarrativeAssist SQLite database (migrated, admin and sample unit seeded by the server itself),
/// made once; each test takes a copy of its own.</summary>
public sealed class TemplateDatabase : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("na-template-");

    public TemplateDatabase()
    {
        Path = System.IO.Path.Combine(_dir.FullName, "narrativeassist.db");
        using (var factory = new ServerFactory(seedSample: true, new Dictionary<string, string?> { ["ConnectionStrings:NarrativeAssist"] = $"Data Source={Path}" }))
            _ = factory.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHost>(); // starts the host: migrate and seed
        SqliteConnection.ClearAllPools(); // the last connection closing merges the WAL: one self-contained file
    }

    public string Path { get; }

    public string CopyTo(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.Copy(Path, path);
        return path;
    }

    public void Dispose() => _dir.Delete(recursive: true);
}
