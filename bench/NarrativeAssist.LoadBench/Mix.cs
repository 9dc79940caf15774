using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;

namespace NarrativeAssist.LoadBench;

/// <summary>Issue #7's realistic mix, the team working the night before the deadline: in every 20 requests 11 checks
/// of one narrative (with the unit, as the panes send them), 5 saves with the narrative's current ETag, 3 progress
/// reads and 1 check of a 20-narrative document, interleaved in a fixed shuffled order. Saves walk the questions in
/// turn, so a question is saved again only after ~2 s; each save sends the ETag the previous one returned, and a 412
/// (someone else's version) counts as an error.</summary>
internal static class Mix
{
    private const string Check = "check", Save = "save", Progress = "progress", Document = "document";
    private static readonly string[] Slots = [.. Enumerable.Repeat(Check, 11), .. Enumerable.Repeat(Save, 5), .. Enumerable.Repeat(Progress, 3), Document];

    public static async Task<Target> BuildAsync(HttpClient http, Workload work, Guid unitId, int seed)
    {
        var pattern = Slots.ToArray();
        new Random(seed).Shuffle(pattern);
        // savesBefore[k]: save slots before position k of the pattern, so the i-th request knows which save it is.
        var savesBefore = new int[pattern.Length];
        for (var k = 1; k < pattern.Length; k++) savesBefore[k] = savesBefore[k - 1] + (pattern[k - 1] == Save ? 1 : 0);
        var savesPerPattern = pattern.Count(k => k == Save);

        // Every question gets a first version (no If-Match) so each timed save has an ETag to send.
        var etags = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (questionId, body) in work.SaveBodies.DistinctBy(s => s.QuestionId))
        {
            using var put = Target.JsonRequest(HttpMethod.Put, NarrativePath(unitId, questionId), body);
            using var r = await http.SendAsync(put);
            if (!r.IsSuccessStatusCode || r.Headers.ETag is null)
                throw new InvalidOperationException($"first save of {questionId}: HTTP {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
            etags[questionId] = r.Headers.ETag.Tag;
        }
        // Alternate the two versions of each question so every save changes the text.
        var saves = work.SaveBodies.OrderBy(s => s.QuestionId, StringComparer.Ordinal).ToList();
        var saveOrder = saves.Where((_, i) => i % 2 == 1).Concat(saves.Where((_, i) => i % 2 == 0)).ToList();
        var savedQuestion = new ConcurrentDictionary<int, string>();
        var documentQuery = $"api/check/document?unitId={unitId}";

        string KindOf(int i) => pattern[i % pattern.Length];
        HttpRequestMessage Request(int i)
        {
            var n = i / pattern.Length;
            switch (KindOf(i))
            {
                case Check: return Target.JsonRequest(HttpMethod.Post, "api/check", work.CheckBodiesWithUnit[(n * 11 + i) % work.CheckBodiesWithUnit.Count]);
                case Progress: return new HttpRequestMessage(HttpMethod.Get, $"api/units/{unitId}/progress");
                case Document: return Target.JsonRequest(HttpMethod.Post, documentQuery, work.DocumentBodies[n % work.DocumentBodies.Count]);
                default:
                    var (questionId, body) = saveOrder[(n * savesPerPattern + savesBefore[i % pattern.Length]) % saveOrder.Count];
                    var put = Target.JsonRequest(HttpMethod.Put, NarrativePath(unitId, questionId), body);
                    put.Headers.IfMatch.Add(new EntityTagHeaderValue(etags[questionId]));
                    savedQuestion[i] = questionId;
                    return put;
            }
        }
        string? Accept(int i, HttpResponseMessage r)
        {
            if (!savedQuestion.TryRemove(i, out var questionId)) return null;
            if (r.Headers.ETag is null) return "save answered without an ETag";
            etags[questionId] = r.Headers.ETag.Tag;
            return null;
        }
        return new Target("mix (check/save/progress/document)", Request) { Accept = Accept, KindOf = KindOf };
    }

    private static string NarrativePath(Guid unitId, string questionId) => $"api/units/{unitId}/narratives/{Uri.EscapeDataString(questionId)}";

    public static string Describe() => "11 check (unitId) : 5 save (If-Match) : 3 progress : 1 document (20 narratives) per 20 requests";

    public static string Table(RunResult r)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| request kind | share | completed | errors | p50 ms | p90 ms | p99 ms | max ms |");
        sb.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var k in r.Kinds)
            sb.AppendLine($"| {Name(k.Kind)} | {Slots.Count(s => s == k.Kind)}/20 | {k.Completed} | {k.Errors} | {k.P50:0.0} | {k.P90:0.0} | {k.P99:0.0} | {k.Max:0.0} |");
        sb.AppendLine($"| **all** | 20/20 | {r.Completed} | {r.Errors} | {r.P50:0.0} | {r.P90:0.0} | {r.P99:0.0} | {r.Max:0.0} |");
        return sb.ToString();
    }

    private static string Name(string kind) => kind switch
    {
        Check => "POST /api/check (unitId)",
        Save => "PUT …/narratives/{id} (If-Match)",
        Progress => "GET …/progress",
        _ => "POST /api/check/document (20, unitId)",
    };
}
