using NarrativeAssist.Domain.Catalog;

namespace NarrativeAssist.Server.Auth;

/// <summary>The caller's standing in the unit named by the route, handed to every handler under
/// <c>/api/units/{unitId}</c>. Resolved once per request by <see cref="UnitAccessFilter"/>; a handler takes it as a
/// parameter (it comes from the request's services) and never looks membership up itself.</summary>
public sealed class UnitContext
{
    private UnitMember? member;

    /// <summary>Who the caller is in this unit. Throws when read outside the unit route group: an endpoint that was
    /// not admitted through the door must not act as if it had been.</summary>
    public UnitMember Member => member ?? throw new InvalidOperationException(
        "UnitContext dibaca tanpa melewati UnitAccessFilter: petakan endpoint di bawah MapUnitGroup() dengan RequireUnit(...).");

    public Guid UnitId => Member.UnitId;
    public Guid UserId => Member.UserId;
    public string Role => Member.Role;
    public IReadOnlyList<string> Areas => Member.Areas;

    public bool Can(UnitPermission permission) => Member.Can(permission);
    public bool CanWrite(Question question) => Member.CanWrite(question);

    internal void Admit(UnitMember admitted) => member = admitted;
}
