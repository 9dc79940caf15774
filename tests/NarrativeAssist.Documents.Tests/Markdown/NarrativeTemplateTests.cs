using NarrativeAssist.Documents;
using NarrativeAssist.Domain;

namespace NarrativeAssist.Documents.Tests.Markdown;

public class NarrativeTemplateTests
{
    private const string Sample = """
        ---
        questionId: P.MP.1.a
        judul: Pembentukan Tim Kerja
        jawaban_disarankan: "Ya"
        ---
        Kepala [nama unit] telah membentuk **Tim Kerja** dengan SK [nomor SK].

        - notulen rapat
        - <script>alert(1)</script>
        """;

    [Fact]
    public void Parses_front_matter_and_renders_html_with_marked_placeholders()
    {
        var t = NarrativeTemplate.Parse(Sample, "P.MP.1.a.md");
        (t.QuestionId, t.Title, t.SuggestedAnswer).Should().Be(("P.MP.1.a", "Pembentukan Tim Kerja", "Ya"));
        t.Html.Should().Contain("<strong>Tim Kerja</strong>").And.Contain("<mark class=\"placeholder\">[nomor SK]</mark>").And.Contain("<li>notulen rapat</li>");
        t.Html.Should().NotContain("<script>");
        NarrativeTemplate.PlaceholdersIn(t.Markdown).Should().Equal("[nama unit]", "[nomor SK]");
    }

    [Fact]
    public void Refuses_a_file_without_front_matter() =>
        FluentActions.Invoking(() => NarrativeTemplate.Parse("Teks saja", "x.md")).Should().Throw<FormatException>().WithMessage("*front matter*");

    [Fact]
    public void Every_built_in_template_names_a_Pemenuhan_question_and_parses()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "NarrativeAssist.sln"))) dir = dir.Parent;
        var files = Directory.GetFiles(Path.Combine(dir.FullName, "templates", "narratives"), "P.*.md");
        var templates = files.Select(f => NarrativeTemplate.Parse(File.ReadAllText(f), Path.GetFileName(f))).ToList();
        templates.Select(t => t.QuestionId).Should().BeEquivalentTo(BuiltInData.Catalog.Questions.Where(q => q.Part.Id == "P").Select(q => q.Id));
        templates.Should().OnlyContain(t => Path.GetFileNameWithoutExtension(files[templates.IndexOf(t)]) == t.QuestionId);
    }
}
