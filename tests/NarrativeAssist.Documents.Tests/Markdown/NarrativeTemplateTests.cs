using NarrativeAssist.Documents;
using System.Text.RegularExpressions;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Checking;

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
        var dir = new DirectoryInfo(NarrativeAssist.Tests.RepoRoot.Path);
        var files = Directory.GetFiles(Path.Combine(dir.FullName, "templates", "narratives"), "P.*.md");
        var templates = files.Select(f => NarrativeTemplate.Parse(File.ReadAllText(f), Path.GetFileName(f))).ToList();
        templates.Select(t => t.QuestionId).Should().BeEquivalentTo(BuiltInData.Catalog.Questions.Where(q => q.Part.Id == "P").Select(q => q.Id));
        templates.Should().OnlyContain(t => Path.GetFileNameWithoutExtension(files[templates.IndexOf(t)]) == t.QuestionId);
    }

    [Fact]
    public void Every_built_in_template_once_filled_in_is_a_strong_narrative()
    {
        // The templates teach by example: with their placeholders filled with plausible facts, the checker must find
        // every checklist element and nothing but suggestions.
        var dir = new DirectoryInfo(NarrativeAssist.Tests.RepoRoot.Path);
        var checker = new NarrativeChecker(BuiltInData.Rules);
        foreach (var file in Directory.GetFiles(Path.Combine(dir.FullName, "templates", "narratives"), "P.*.md"))
        {
            var t = NarrativeTemplate.Parse(File.ReadAllText(file), file);
            var filled = Regex.Replace(t.Markdown, @"\[([a-z][A-Za-z0-9 /\-]*)\]", m => m.Groups[1].Value switch
            {
                var k when k.StartsWith("nomor") => "Nomor KEP-12/KPN.1201/2024",
                var k when k.StartsWith("tanggal") => "5 Januari 2024",
                var k when k.StartsWith("tahun") => "2024",
                var k when k.StartsWith("jumlah") => "24",
                var k when k.StartsWith("persen") => "100 %", // the templates claim the top answer: a share below 100 % would rightly make it B
                var k when k.StartsWith("tautan") => "https://s.id/bukti",
                var k when k.StartsWith("periode") => "triwulan III 2024",
                var k when k.StartsWith("bulan") => "Maret 2024",
                _ => "Contoh",
            });
            var r = checker.Check(t.QuestionId, filled, t.SuggestedAnswer);
            r.Status.Should().Be(NarrativeStatus.Kuat, $"{t.QuestionId}: {string.Join("; ", r.Findings.Select(f => f.Message))}");
            checker.Check(t.QuestionId, t.Markdown).Findings.Should().Contain(f => f.Rule == "placeholder", t.QuestionId);
        }
    }
}
