using System.Net;
using System.Net.Http.Json;
using NarrativeAssist.Documents;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Library;

/// <summary>Issue #13, attack 7: javascript: links and remote images survived into an entry's HTML (which the Word
/// pane inserts into the document), and another unit's published entry became everyone's default for a question
/// without a built-in template.</summary>
public class LibraryHtmlSafetyTests(LibraryServer s) : IClassFixture<LibraryServer>
{
    private const string Hostile = "Tim penggerak inovasi dibentuk dengan SK [nomor SK] dan rencana kerjanya dipantau setiap bulan. "
        + "[Lihat rincian](javascript:alert(document.cookie)) dan ![logo](http://198.51.100.5/pelacak.png) serta "
        + "[unduh](data:text/html;base64,PHNjcmlwdD4=) atau <javascript:alert(2)>; **hasil** dilaporkan kepada pimpinan.";

    [Fact]
    public void Rendering_keeps_the_template_subset_and_drops_unsafe_links_and_images()
    {
        var html = new NarrativeTemplate("R.MP.1.a", "Uji", null, "uji",
            "# Judul\n\nTeks **tebal** dan *miring* dengan [tautan](https://zi.example.go.id/a).\n\n- satu\n- dua [x](javascript:alert(1))\n\n" +
            "![gambar](https://198.51.100.5/a.png) ![b](data:image/png;base64,AAAA) <script>alert(1)</script>").Html;
        html.Should().Contain("<strong>tebal</strong>").And.Contain("<em>miring</em>").And.Contain("<li>satu</li>")
            .And.Contain("href=\"https://zi.example.go.id/a\"");
        html.Should().NotContainAny("javascript:", "<img", "data:", "198.51.100.5", "<script");
        html.Should().Contain("dua x").And.Contain("gambar");

        var stored = SafeMarkdown.Clean("Lihat [rincian](javascript:alert(1)) dan ![logo](http://198.51.100.5/p.png) serta [situs](https://zi.go.id).");
        stored.Should().Be("Lihat rincian dan logo serta [situs](https://zi.go.id).");
    }

    [Fact]
    public async Task A_published_entry_carries_no_javascript_links_or_remote_images()
    {
        await s.Admin.SaveNarrative(s.SampleUnit, "P.MP.4.a", Hostile);
        var draft = await (await s.Admin.PostAsJsonAsync("/api/library/drafts", new { unitId = s.SampleUnit, kind = "narasi", questionId = "P.MP.4.a" })).Json();
        var id = draft.GetProperty("id").GetString()!;
        var edited = await s.Admin.PutAsJsonAsync($"/api/library/drafts/{id}", new { text = Hostile });
        edited.StatusCode.Should().Be(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        var review = await edited.Json();
        (await s.Admin.PostAsJsonAsync($"/api/library/drafts/{id}/confirm", new { reviewHash = review.GetProperty("reviewHash").GetString() }))
            .IsSuccessStatusCode.Should().BeTrue();

        var entry = await (await s.Admin.GetAsync($"/api/library/{id}")).Json();
        entry.GetProperty("markdown").GetString().Should().NotContainAny("javascript:", "data:text", "](http://198.51.100.5");
        entry.GetProperty("html").GetString().Should().NotContainAny("javascript:", "<img", "data:", "198.51.100.5");
        var word = await (await s.Admin.GetAsync($"/api/templates/narratives/P.MP.4.a?libraryId={id}")).Json();
        word.GetProperty("html").GetString().Should().NotContainAny("javascript:", "<img", "data:", "198.51.100.5").And.Contain("<strong>hasil</strong>");
    }

    [Fact]
    public async Task Another_units_entry_becomes_a_questions_default_only_after_curation()
    {
        const string question = "R.MP.1.a"; // reform questions have no built-in template
        await s.Admin.SaveNarrative(s.SampleUnit, question,
            "Pembangunan zona integritas dilaksanakan dengan rencana kerja tim yang dipantau setiap bulan; hasilnya dilaporkan kepada pimpinan dengan bukti SK [nomor SK].");
        var id = await s.Admin.Publish(new { unitId = s.SampleUnit, kind = "narasi", questionId = question });
        var other = await s.Factory.Member(s.Admin, await s.Admin.CreateUnit("Unit Tanpa Kurasi"), "penulis", "MP");

        await (await other.GetAsync($"/api/templates/narratives/{question}")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        (await other.GetAsync($"/api/templates/narratives/{question}?libraryId={id}")).StatusCode.Should().Be(HttpStatusCode.OK, "it can still be picked on purpose");

        (await s.Admin.PutAsJsonAsync($"/api/library/{id}/curation", new { featured = true })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await (await other.GetAsync($"/api/templates/narratives/{question}")).Json()).GetProperty("libraryId").GetString().Should().Be(id);
    }
}
