using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace NarrativeAssist.Cli.Tests;

public class DeckCommandTests
{
    private static string TempPath(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "na-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }

    [Fact]
    public void Deck_writes_the_pptx_and_the_plan_json_and_prints_the_timing_table()
    {
        var pptx = TempPath("wawancara.pptx");
        var json = TempPath("rencana.json");

        var r = Cli.Run("deck", "--kind", "wawancara-virtual", "--unit", Cli.SampleUnit, "-o", pptx, "--plan-json", json);

        r.Exit.Should().Be(0, r.Err);
        r.Out.Should().Contain("Batas 20:00 · perkiraan").And.Contain("Upaya: Manajemen Perubahan").And.Contain("Jumlah");
        r.Out.Should().Contain("Perhatian — perbaiki di profil unit").And.Contain("Jumlah Pengaduan Layanan tidak membaik");
        using var plan = JsonDocument.Parse(File.ReadAllText(json));
        var titles = plan.RootElement.GetProperty("slides").EnumerateArray().Select(s => s.GetProperty("title").GetString()).ToList();
        plan.RootElement.GetProperty("kind").GetString().Should().Be("wawancara-virtual");
        plan.RootElement.GetProperty("totalSeconds").GetInt32().Should().BeLessThanOrEqualTo(plan.RootElement.GetProperty("limitSeconds").GetInt32());

        using var doc = PresentationDocument.Open(pptx, false);
        var slideTitles = doc.PresentationPart!.Presentation.SlideIdList!.Elements<DocumentFormat.OpenXml.Presentation.SlideId>()
            .Select(id => ((SlidePart)doc.PresentationPart.GetPartById(id.RelationshipId!)).Slide.Descendants<DocumentFormat.OpenXml.Drawing.Text>().First().Text)
            .ToList();
        slideTitles.Should().Equal(titles);
        new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc).Should().BeEmpty();
    }

    [Fact]
    public void Field_visit_plan_only()
    {
        var json = TempPath("observasi.json");

        var r = Cli.Run("deck", "--kind", "observasi-lapangan", "--unit", Cli.SampleUnit, "--plan-json", json, "--wpm", "100");

        r.Exit.Should().Be(0, r.Err);
        r.Out.Should().Contain("Batas 10:00").And.Contain("100 kata per menit").And.Contain("Rute Kunjungan Kantor");
        JsonDocument.Parse(File.ReadAllText(json)).RootElement.GetProperty("wordsPerMinute").GetInt32().Should().Be(100);
    }

    [Fact]
    public void A_bad_profile_exits_2_with_the_field_and_line()
    {
        var yaml = File.ReadAllText(Cli.SampleUnit).Replace("  nama: KPPN Contoh\n", "").Replace("target: 3.5", "target: tinggi");
        var bad = Cli.TempText("buruk.yaml", yaml);

        var r = Cli.Run("deck", "--kind", "wawancara-virtual", "--unit", bad, "--plan-json", TempPath("x.json"));

        r.Exit.Should().Be(2);
        r.Err.Should().Contain("unit.nama").And.Contain("indikator_kinerja[0].target").And.Contain("baris");
    }

    [Theory]
    [InlineData("--kind", "presentasi", "tidak dikenal")]
    [InlineData("--wpm", "cepat", "harus bilangan bulat")]
    [InlineData("--wpm", "20", "Kecepatan bicara harus 60–250")]
    [InlineData("--template", "tidak-ada", "bukan templat bawaan")]
    public void Bad_options_exit_2_in_Indonesian(string option, string value, string message)
    {
        var args = new List<string> { "deck", "--kind", "wawancara-virtual", "--unit", Cli.SampleUnit, "-o", TempPath("x.pptx") };
        var i = args.IndexOf(option);
        if (i >= 0) args[i + 1] = value; else args.AddRange([option, value]);

        var r = Cli.Run([.. args]);

        r.Exit.Should().Be(2);
        r.Err.Should().Contain(message);
    }

    [Fact]
    public void A_macro_enabled_template_is_refused()
    {
        var pptm = Cli.TempFile("templat.pptx", ZipSurgery.WithEntry(BuiltInTemplateBytes(), "ppt/vbaProject.bin", [1, 2, 3]));

        var r = Cli.Run("deck", "--kind", "wawancara-virtual", "--unit", Cli.SampleUnit, "--template", pptm, "-o", TempPath("x.pptx"));

        r.Exit.Should().Be(2);
        r.Err.Should().Contain("makro");
    }

    [Fact]
    public void Tour_writes_the_printable_table()
    {
        var docx = TempPath("rute.docx");

        var r = Cli.Run("tour", "--unit", Cli.SampleUnit, "-o", docx);

        r.Exit.Should().Be(0, r.Err);
        using var doc = WordprocessingDocument.Open(docx, false);
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        text.Should().Contain("Ruang Layanan").And.Contain("Hendra Wijaya").And.Contain("Pojok Integritas");
        new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc).Should().BeEmpty();
    }

    private static byte[] BuiltInTemplateBytes() =>
        File.ReadAllBytes(Path.Combine(Cli.RepoRoot, "templates", "decks", "biru-formal.pptx"));
}
