namespace NarrativeAssist.Server.Auth;

/// <summary>What a member may do in a unit.</summary>
public enum UnitPermission
{
    Read,
    WriteNarrative,
    Comment,
    Approve,
    EditProfile,
    ManageEvidence,
    ManageMembers,
    /// <summary>Record rehearsals, practise and edit the Q&amp;A bank.</summary>
    Rehearse,
    /// <summary>Rename the unit (its admin; server administrators act as admins everywhere).</summary>
    ManageUnit,
}

/// <summary>The four unit roles of the team and what each may do. A penulis writes only the areas assigned to them.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Pimpinan = "pimpinan";
    public const string Penulis = "penulis";
    public const string Peninjau = "peninjau";

    public static readonly IReadOnlyList<string> All = [Admin, Pimpinan, Penulis, Peninjau];

    private static readonly Dictionary<string, UnitPermission[]> Grants = new()
    {
        [Admin] = Enum.GetValues<UnitPermission>(),
        [Pimpinan] = [UnitPermission.Read, UnitPermission.Comment, UnitPermission.Approve, UnitPermission.EditProfile, UnitPermission.ManageEvidence, UnitPermission.Rehearse],
        [Penulis] = [UnitPermission.Read, UnitPermission.WriteNarrative, UnitPermission.Comment, UnitPermission.ManageEvidence, UnitPermission.Rehearse],
        [Peninjau] = [UnitPermission.Read, UnitPermission.Comment],
    };

    public static bool Allows(string role, UnitPermission permission) =>
        Grants.TryGetValue(role, out var granted) && granted.Contains(permission);

    public static IReadOnlyList<string> SplitAreas(string areas) =>
        areas.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
