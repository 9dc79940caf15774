using NarrativeAssist.Domain.Text;

namespace NarrativeAssist.Domain.Library;

/// <summary>A library entry as the search sees it: its words and its filters.</summary>
public sealed record SearchableEntry(string Id, string Title, string Body, IReadOnlyList<string> Tags, bool Featured, int Score, int Uses);

/// <summary>A match: how many query terms the entry holds and its relevance.</summary>
public sealed record SearchHit(string Id, double Relevance, int MatchedTerms, int QueryTerms);

/// <summary>Indonesian-aware ranking: query and entries are stemmed as the checker stems them ("pembentukan tim" finds
/// "membentuk tim"); an entry must hold every query term; title and tag hits weigh more than body hits, a phrase
/// (consecutive terms) more again; featured entries, higher checklist scores and use break ties.</summary>
public static class LibrarySearch
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "dan", "atau", "yang", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "oleh", "ini", "itu", "the", "of", "serta", "para",
    };

    /// <summary>The stems of the query's content words, in order.</summary>
    public static IReadOnlyList<Stems> Terms(string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return [];
        var q = query.Length > 200 ? query[..200] : query;
        return AnalyzedText.Analyze(q).Tokens.Where(t => !StopWords.Contains(t.Lower)).Select(t => t.Stems).Take(12).ToList();
    }

    public static IReadOnlyList<SearchHit> Rank(IEnumerable<SearchableEntry> entries, string? query, Func<SearchableEntry, AnalyzedText>? analyze = null)
    {
        var terms = Terms(query);
        analyze ??= e => AnalyzedText.Analyze(e.Body);
        var hits = new List<(SearchHit Hit, SearchableEntry Entry)>();
        foreach (var e in entries)
        {
            if (terms.Count == 0)
            {
                hits.Add((new SearchHit(e.Id, 0, 0, 0), e));
                continue;
            }
            var head = AnalyzedText.Analyze(e.Title + "\n" + string.Join(' ', e.Tags));
            var body = analyze(e);
            double relevance = 0;
            var matched = 0;
            foreach (var t in terms)
            {
                var inHead = head.WithStem(t).Count();
                var inBody = body.WithStem(t).Count();
                if (inHead + inBody == 0) continue;
                matched++;
                relevance += 3 * Math.Min(inHead, 2) + Math.Log2(1 + inBody);
            }
            if (matched < terms.Count) continue;
            if (terms.Count > 1) relevance += 2 * Phrases(head, terms) + Phrases(body, terms);
            hits.Add((new SearchHit(e.Id, Math.Round(relevance, 3), matched, terms.Count), e));
        }
        return hits
            .OrderByDescending(h => h.Hit.Relevance)
            .ThenByDescending(h => h.Entry.Featured)
            .ThenByDescending(h => h.Entry.Score)
            .ThenByDescending(h => h.Entry.Uses)
            .ThenBy(h => h.Entry.Title, StringComparer.Ordinal)
            .Select(h => h.Hit)
            .ToList();
    }

    /// <summary>How many times the query's consecutive term pairs appear next to each other in the text.</summary>
    private static int Phrases(AnalyzedText text, IReadOnlyList<Stems> terms)
    {
        var count = 0;
        for (var i = 0; i + 1 < terms.Count; i++)
        {
            var next = text.WithStem(terms[i + 1]).ToHashSet();
            count += text.WithStem(terms[i]).Count(p => next.Contains(p + 1));
        }
        return count;
    }
}
