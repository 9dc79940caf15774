using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Server.Storage;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.ScaleOut;

/// <summary>Two server processes, <see cref="A"/> and <see cref="B"/>, started at the same moment on one fresh, empty
/// PostgreSQL database (NA_TEST_POSTGRES; without it every test of the class fails with <see cref="Postgres.UnavailableMessage"/>).
/// What the database held right after both had started is kept in <see cref="AfterStart"/>, before any test changes it.</summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private PostgresDatabase? _database;

    public ServerChild A { get; private set; } = null!;
    public ServerChild B { get; private set; } = null!;
    public StartState AfterStart { get; private set; } = null!;
    public string ConnectionString => _database!.ConnectionString;

    public sealed record StartState(int Administrators, int SampleUnits, int DataProtectionKeys, IReadOnlyList<string> AppliedMigrations, IReadOnlyList<string> KnownMigrations);

    public async Task InitializeAsync()
    {
        _database = await Postgres.CreateDatabaseAsync();
        var settings = Postgres.Settings(_database.ConnectionString, new Dictionary<string, string?>
        {
            ["Admin:Email"] = ServerFactory.AdminEmail,
            ["Admin:Password"] = ServerFactory.AdminPassword,
            ["Storage:SeedSample"] = "true",
            ["Limits:PermitsPerMinute"] = "100000",
            ["SignIn:AttemptBurstPerAddress"] = "100000",
        });
        var environment = settings.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value!);
        var lifetime = TimeSpan.FromMinutes(15); // the fixture serves every test of the class
        var starting = new[] { ServerChild.StartAsync(environment, lifetime), ServerChild.StartAsync(environment, lifetime) };
        try { await Task.WhenAll(starting); }
        catch
        {
            foreach (var s in starting.Where(t => t.IsCompletedSuccessfully)) await s.Result.DisposeAsync();
            throw new InvalidOperationException("Both instances must start together on an empty database: "
                + string.Join("\n", starting.Where(t => t.IsFaulted).Select(t => t.Exception!.InnerException!.Message)));
        }
        (A, B) = (starting[0].Result, starting[1].Result);
        AfterStart = await ReadStartStateAsync();
    }

    /// <summary>A context on the shared database, for assertions on rows no endpoint shows.</summary>
    public PostgresAppDbContext Database() =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(ConnectionString).Options);

    private async Task<StartState> ReadStartStateAsync()
    {
        await using var db = Database();
        return new StartState(
            await db.Users.CountAsync(u => u.IsAdmin),
            await db.Units.CountAsync(u => u.Nama == "KPPN Contoh"),
            await db.DataProtectionKeys.CountAsync(),
            (await db.Database.GetAppliedMigrationsAsync()).ToList(),
            db.Database.GetMigrations().ToList());
    }

    public async Task DisposeAsync()
    {
        if (A is not null) await A.DisposeAsync();
        if (B is not null) await B.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}
