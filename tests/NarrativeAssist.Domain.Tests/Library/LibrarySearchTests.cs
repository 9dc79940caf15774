using NarrativeAssist.Domain.Library;

namespace NarrativeAssist.Domain.Tests.Library;

public class LibrarySearchTests
{
    [Fact]
    public void Stemmed_query_finds_other_word_forms_and_ranks_phrase_and_title_hits_first()
    {
        var entries = new[]
        {
            new SearchableEntry("a", "Rencana kerja", "Tim menyusun rencana kerja. Kepala kantor membentuk tim pada Januari.", [], false, 80, 0),
            new SearchableEntry("b", "Pembentukan Tim Kerja", "Kepala kantor telah membentuk tim kerja melalui SK.", [], false, 70, 0),
            new SearchableEntry("c", "Survei", "Survei kepuasan dilakukan setiap semester.", [], true, 100, 9),
            new SearchableEntry("d", "Agen perubahan", "Tim agen perubahan dibentuk.", [], false, 90, 0),
        };
        var hits = LibrarySearch.Rank(entries, "pembentukan tim");
        hits.Select(h => h.Id).Should().Equal("b", "a", "d");
        hits[0].Relevance.Should().BeGreaterThan(hits[1].Relevance);
        LibrarySearch.Rank(entries, "").Select(h => h.Id).Should().Equal("c", "d", "a", "b");   // featured, then score
    }
}
