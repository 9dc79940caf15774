using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using NarrativeAssist.Documents;
using NarrativeAssist.Domain;

namespace NarrativeAssist.Cli.Tests;

public class CatalogAndSkeletonTests
{
    [Fact]
    public void Catalog_json_has_every_question_with_its_checklist()
    {
        var r = Cli.Run("catalog");
        r.Exit.Should().Be(0, r.Err);
        using var json = JsonDocument.Parse(r.Out);
        var questions = json.RootElement.GetProperty("parts").EnumerateArray()
            .SelectMany(p => p.GetProperty("areas").EnumerateArray())
            .SelectMany(a => a.GetProperty("subAreas").EnumerateArray().SelectMany(s => s.GetProperty("questions").EnumerateArray())
                .Concat(a.GetProperty("questions").EnumerateArray()))
            .ToList();
        questions.Should().HaveCount(113);
        questions.Should().OnlyContain(q => q.GetProperty("checklist").GetProperty("elements").GetArrayLength() >= 2);
        json.RootElement.GetProperty("eligibility").GetProperty("areaBasis").GetString().Should().Be("gabungan");
    }

    [Fact]
    public void Catalog_yaml_is_available()
    {
        var r = Cli.Run("catalog", "--format", "yaml");
        r.Exit.Should().Be(0, r.Err);
        r.Out.Should().Contain("id: P.MP.1.a").And.Contain("jenis: upaya");
    }

    [Fact]
    public void Skeleton_for_an_area_is_a_valid_document_with_tagged_controls()
    {
        var output = Path.Combine(Path.GetTempPath(), $"na-{Guid.NewGuid():N}.docx");
        var r = Cli.Run("skeleton", "--area", "MP", "-o", output);
        r.Exit.Should().Be(0, r.Err);
        using (var doc = WordprocessingDocument.Open(output, false))
            new OpenXmlValidator().Validate(doc).Should().BeEmpty();
        using var stream = File.OpenRead(output);
        var read = NarrativeReader.Read(stream, BuiltInData.Catalog);
        read.Entries.Select(e => e.QuestionId).Should().Equal(BuiltInData.Catalog.QuestionsOfArea("MP").Select(q => q.Id));
        read.Entries.Should().OnlyContain(e => e.Text.Length == 0);
    }

    [Fact]
    public void Skeleton_needs_exactly_one_of_area_or_all()
    {
        Cli.Run("skeleton", "-o", "x.docx").Err.Should().Contain("Pilih salah satu: --area AREA atau --all");
        Cli.Run("skeleton", "--area", "XY", "-o", "x.docx").Err.Should().Contain("Kode area \"XY\" tidak dikenal");
    }
}
