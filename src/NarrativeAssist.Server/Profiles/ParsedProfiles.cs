using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Server.Profiles;

/// <summary>The last parsed profile of each unit, reused while the stored text is unchanged. The text is still read
/// from the database on every request (so every instance sees an edit at once); only the YAML parse — about a fifth of
/// a unit-scoped check's CPU — is saved. One entry per unit, replaced on change: bounded by the number of units.</summary>
public sealed class ParsedProfiles(NarrativeAssist.Domain.Catalog.LkeCatalog catalog)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, (string Text, UnitProfile Profile)> _last = new();

    public UnitProfile Get(Guid unitId, string text)
    {
        if (_last.TryGetValue(unitId, out var hit) && string.Equals(hit.Text, text, StringComparison.Ordinal)) return hit.Profile;
        var profile = UnitProfileParser.Parse(text, catalog.AreaCodes);
        _last[unitId] = (text, profile);
        return profile;
    }
}
