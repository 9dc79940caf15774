using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Domain.Profile;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Profiles;

/// <summary>The unit profile used for the data-consistency rule, when a request names a unit.
/// The database is reached only when a unit is named: a plain check (the hot path) creates no DbContext.</summary>
public sealed class ProfileLoader(IServiceProvider services, ParsedProfiles parsed)
{
    public async Task<(UnitProfile? Profile, ProblemHttpResult? Problem)> ForRequestAsync(ClaimsPrincipal user, Guid? unitId, CancellationToken cancel)
    {
        if (unitId is not { } id) return (null, null);
        var (_, problem) = await services.GetRequiredService<UnitAccess>().RequireAsync(user, id, UnitPermission.Read, cancel);
        if (problem is not null) return (null, problem);
        return (await ForUnitAsync(id, cancel), null);
    }

    public async Task<UnitProfile?> ForUnitAsync(Guid unitId, CancellationToken cancel)
    {
        var text = await services.GetRequiredService<AppDbContext>().Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.ProfileText).FirstOrDefaultAsync(cancel);
        return string.IsNullOrWhiteSpace(text) ? null : parsed.Get(unitId, text);
    }
}
