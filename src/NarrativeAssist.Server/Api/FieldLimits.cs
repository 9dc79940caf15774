using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace NarrativeAssist.Server.Api;

/// <summary>The one length limit for every free-text field the API accepts, applied to every request body by an endpoint
/// filter on the /api group (and called directly where a body is read by hand, e.g. a multipart form). Limits are
/// looked up by "Record.field", then by field name, else <see cref="Default"/>; lists and dictionaries of strings are
/// checked element by element, nested records recursively. Handlers keep their own rules (required fields, formats);
/// this only stops oversized text before it reaches them or the database.</summary>
public static class FieldLimits
{
    public const int Default = 500;

    private static readonly Dictionary<string, int> Table = new(StringComparer.OrdinalIgnoreCase)
    {
        // Texts people write at length.
        ["text"] = NarrativeEndpoints.MaxTextChars,          // narratives, drafts, texts to check or anonymise
        ["CommentRequest.text"] = 4_000,
        ["ProfileRequest.text"] = 300_000,                    // the unit profile as YAML/JSON
        ["question"] = 1_000,                                 // Q&A bank
        // Names, titles and short values.
        ["displayName"] = 100,
        ["email"] = 254,
        ["password"] = 128,
        ["currentPassword"] = 128,
        ["newPassword"] = 128,
        ["nama"] = 200,
        ["instansi"] = 200,
        ["title"] = 300,
        ["number"] = 200,
        ["link"] = 2_000,
        ["date"] = 30,
        ["role"] = 20,
        ["kind"] = 40,
        ["deckKind"] = 40,
        ["answer"] = 200,
        ["answers"] = 200,                                    // question id → answer, both sides
        ["questionId"] = 30,
        ["questionIds"] = 30,
        ["areas"] = 10,
        ["area"] = 10,
        ["tags"] = 60,
        ["templateId"] = 100,
        ["predikat"] = 10,
        ["reviewHash"] = 128,
        ["refreshToken"] = 8_000,
    };

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>Null when every text field of <paramref name="value"/> is within its limit, else the 400 to answer.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Check(object? value) => Find(value, 0) is { } over
        ? ApiProblems.BadRequest("text_too_long",
            $"Isian \"{over.Field}\" terlalu panjang ({over.Length.ToString("N0", Id)} karakter); paling panjang {over.Limit.ToString("N0", Id)} karakter.",
            new Dictionary<string, object?> { ["field"] = over.Field, ["limit"] = over.Limit })
        : null;

    public static int LimitOf(Type record, string field) =>
        Table.TryGetValue(record.Name + "." + field, out var own) ? own : Table.TryGetValue(field, out var byName) ? byName : Default;

    /// <summary>Indonesian digit grouping (1.000.000) without culture data (the server runs with invariant globalization).</summary>
    internal static readonly NumberFormatInfo Id = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };

    private sealed record Over(string Field, int Length, int Limit);

    private static Over? Find(object? value, int depth)
    {
        if (value is null || depth > 4 || !IsRequestRecord(value.GetType())) return null;
        foreach (var p in Properties.GetOrAdd(value.GetType(), t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(x => x.GetIndexParameters().Length == 0 && x.Name != "EqualityContract").ToArray()))
        {
            var field = char.ToLowerInvariant(p.Name[0]) + p.Name[1..];
            var limit = LimitOf(value.GetType(), field);
            switch (p.GetValue(value))
            {
                case string s when s.Length > limit:
                    return new Over(field, s.Length, limit);
                case IDictionary map:
                    foreach (DictionaryEntry e in map)
                        foreach (var part in new[] { e.Key as string, e.Value as string })
                            if (part is not null && part.Length > limit) return new Over(field, part.Length, limit);
                    break;
                case IEnumerable items and not string:
                    foreach (var item in items)
                        if (item is string s2 ? s2.Length > limit : false) return new Over(field, ((string)item).Length, limit);
                        else if (item is not string && Find(item, depth + 1) is { } nested) return nested;
                    break;
                case { } other when IsRequestRecord(other.GetType()):
                    if (Find(other, depth + 1) is { } inner) return inner;
                    break;
            }
        }
        return null;
    }

    /// <summary>Request bodies are the project's own records (compiler-generated <c>&lt;Clone&gt;$</c>), never services.</summary>
    private static bool IsRequestRecord(Type t) =>
        t.Namespace?.StartsWith("NarrativeAssist.", StringComparison.Ordinal) == true && t.GetMethod("<Clone>$") is not null;
}

/// <summary>Runs <see cref="FieldLimits"/> on every argument of every /api endpoint.</summary>
public sealed class FieldLimitsFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var argument in context.Arguments)
            if (FieldLimits.Check(argument) is { } tooLong) return ValueTask.FromResult<object?>(tooLong);
        return next(context);
    }
}
