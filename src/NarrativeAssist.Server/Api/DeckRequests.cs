using System.Security.Claims;
using System.Text.Json;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Decks;
using NarrativeAssist.Domain.Profile;
using NarrativeAssist.Domain.Text;
using NarrativeAssist.Server.Profiles;

namespace NarrativeAssist.Server.Api;

/// <summary>Body of <c>POST /api/decks</c>, <c>/api/decks/plan</c> and <c>/api/decks/tour</c>: the deck kind and
/// either a profile (YAML/JSON text, or a JSON object) or the id of a unit whose stored profile to use.
/// <see cref="PhotoPlaceholders"/>: slots the profile gives no picture for become frames saying what to paste
/// (default: left out of the layout).</summary>
public sealed record DeckRequest(
    string? Kind,
    JsonElement? Profile,
    Guid? UnitId,
    string? TemplateId,
    int? WordsPerMinute,
    int? LimitMinutes,
    bool? PhotoPlaceholders = null);

/// <summary>A request resolved to domain values.</summary>
public sealed record ResolvedDeckRequest(DeckKind Kind, UnitProfile Profile, DeckOptions Options, string? TemplateId);

/// <summary>Turns a <see cref="DeckRequest"/> into a profile and options, or a 4xx problem in Indonesian.
/// Bad profiles throw <see cref="Domain.Yaml.UserInputException"/> (→ 400 with field, line and expectation).</summary>
public sealed class DeckRequestResolver(ProfileLoader profiles, LkeCatalog catalog)
{
    public async Task<(ResolvedDeckRequest? Request, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Problem)> ResolveAsync(
        DeckRequest? req, ClaimsPrincipal user, CancellationToken cancel, bool kindRequired = true)
    {
        if (req is null) return (null, ApiProblems.BadRequest("invalid_input", "Kirim JSON {\"kind\", \"profile\" atau \"unitId\"}."));
        var kind = DeckKind.WawancaraVirtual;
        if (kindRequired || req.Kind is not null)
        {
            if (!DeckKinds.TryParse(req.Kind, out kind))
                return (null, ApiProblems.BadRequest("invalid_input", $"kind harus {string.Join(" atau ", DeckKinds.Keys)}."));
        }

        var hasProfile = req.Profile is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined };
        if (hasProfile == req.UnitId.HasValue)
            return (null, ApiProblems.BadRequest("invalid_input", "Isi salah satu: profile (isi profil unit) atau unitId (profil yang tersimpan di unit)."));

        UnitProfile? profile;
        if (hasProfile)
        {
            var p = req.Profile!.Value;
            var text = p.ValueKind switch
            {
                JsonValueKind.String => p.GetString(),
                JsonValueKind.Object => p.GetRawText(),   // JSON is YAML: one parser, the same messages
                _ => null,
            };
            if (string.IsNullOrWhiteSpace(text))
                return (null, ApiProblems.BadRequest("invalid_input", "profile harus berupa teks profil (YAML atau JSON) atau objek JSON profil unit."));
            profile = UnitProfileParser.Parse(text, catalog.AreaCodes);
        }
        else
        {
            var (stored, problem) = await profiles.ForRequestAsync(user, req.UnitId, cancel);
            if (problem is not null) return (null, problem);
            if (stored is null)
                return (null, ApiProblems.BadRequest("profile_missing", "Profil unit ini belum diisi. Isi profil unit terlebih dahulu (menu Profil)."));
            profile = stored;
        }

        var options = req.WordsPerMinute is { } wpm ? new DeckOptions { WordsPerMinute = wpm } : new DeckOptions();
        if (req.LimitMinutes is { } minutes)
            options = options.WithLimit(kind, minutes * 60);
        if (options.Validate() is { Count: > 0 } errors)
            return (null, ApiProblems.BadRequest("invalid_input", TextCase.Capitalize(string.Join("; ", errors)) + "."));
        return (new ResolvedDeckRequest(kind, profile, options, req.TemplateId), null);
    }

}
