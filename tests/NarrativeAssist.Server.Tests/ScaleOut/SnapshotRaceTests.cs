using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Server.Progress;
using NarrativeAssist.Server.Storage;
using NarrativeAssist.Server.Tests.Storage;

namespace NarrativeAssist.Server.Tests.ScaleOut;

/// <summary>The worst interleaving of two weekly snapshots, forced rather than hoped for: both instances read "no row
/// for this week yet", then both insert. One insert wins, the other gives way without an error, one row remains.</summary>
public class SnapshotRaceTests
{
    [Theory, MemberData(nameof(StorageBackend.Providers), MemberType = typeof(StorageBackend))]
    public async Task Two_snapshots_of_a_new_week_inserted_at_once_leave_one_row_and_no_error(string provider)
    {
        await using var backend = await StorageBackend.CreateAsync(provider);
        using var factory = backend.Start();
        string connection;
        Guid unit;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            connection = db.Database.GetConnectionString()!;
            unit = await db.Units.Select(u => u.Id).SingleAsync();
        }
        var catalog = factory.Services.GetRequiredService<LkeCatalog>();
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 3, 6, 9, 0, 0, TimeSpan.Zero)); // a week nobody has snapshotted
        var week = ProgressService.IsoWeek(clock.GetUtcNow());
        var barrier = new SaveBarrier(parties: 2);

        await using var first = Context(provider, connection, barrier);
        await using var second = Context(provider, connection, barrier);
        var taken = await Task.WhenAll(
            new ProgressService(first, catalog, clock).SnapshotAsync(unit, CancellationToken.None),
            new ProgressService(second, catalog, clock).SnapshotAsync(unit, CancellationToken.None));

        barrier.Arrived.Should().Be(2, "both saves ran after both had read that the week had no row yet");
        taken[1].Answered.Should().Be(taken[0].Answered, "both computed the same week from the same data");
        await using var check = Context(provider, connection, barrier: null);
        (await check.ProgressSnapshots.AsNoTracking().CountAsync(s => s.UnitId == unit && s.Week == week)).Should().Be(1);
    }

    private static AppDbContext Context(string provider, string connection, SaveBarrier? barrier)
    {
        IInterceptor[] interceptors = barrier is null ? [] : [barrier];
        return provider == StorageBackend.Postgres
            ? new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connection).AddInterceptors(interceptors).Options)
            : new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connection).AddInterceptors(interceptors).Options);
    }

    /// <summary>Holds every SaveChanges until <c>parties</c> of them are waiting, then lets them all go at once.</summary>
    private sealed class SaveBarrier(int parties) : SaveChangesInterceptor
    {
        private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _arrived;

        public int Arrived => Volatile.Read(ref _arrived);

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancel = default)
        {
            if (Interlocked.Increment(ref _arrived) >= parties) _all.TrySetResult();
            await _all.Task.WaitAsync(TimeSpan.FromSeconds(30), cancel);
            return result;
        }
    }
}
