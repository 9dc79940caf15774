using System.Text.Json;

namespace NarrativeAssist.Cli.Tests;

public class CheckCommandTests
{
    [Fact]
    public void Text_report_has_the_coverage_table_and_the_findings()
    {
        var r = Cli.Run("check", Cli.Sample("narasi-contoh.docx"));
        r.Exit.Should().Be(0, r.Err);
        r.Out.Should().Contain("Cakupan per area").And.Contain("Manajemen Perubahan").And.Contain("Total                                          113      10");
        r.Out.Should().Contain("P.MP.1.a  KUAT").And.Contain("P.MP.2.c  LEMAH");
        r.Out.Should().Contain("Kata \"akan\" menunjukkan rencana");
        r.Out.Should().Contain("Belum diisi (103)");
    }

    [Fact]
    public void Json_keeps_the_contract_names()
    {
        var r = Cli.Run("check", Cli.Sample("narasi-contoh.docx"), "--format", "json", "--unit", Cli.SampleUnit);
        r.Exit.Should().Be(0, r.Err);
        using var json = JsonDocument.Parse(r.Out);
        var root = json.RootElement;
        var questions = root.GetProperty("questions").EnumerateArray().ToList();
        questions.Should().HaveCount(113);
        var q = questions.Single(x => x.GetProperty("id").GetString() == "P.PP.4.a");
        foreach (var name in new[] { "id", "status", "score", "answer", "findings", "covered", "missing" }) q.TryGetProperty(name, out _).Should().BeTrue(name);
        var profil = q.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "profil");
        foreach (var name in new[] { "rule", "severity", "message", "suggestion", "start", "length" }) profil.TryGetProperty(name, out _).Should().BeTrue(name);
        profil.GetProperty("severity").GetString().Should().Be("error");
        profil.GetProperty("message").GetString().Should().Contain("3,54").And.Contain("3,45");
        var coverage = root.GetProperty("coverage");
        coverage.GetProperty("total").GetInt32().Should().Be(113);
        coverage.GetProperty("answered").GetInt32().Should().Be(10);
        var mp = coverage.GetProperty("areas").EnumerateArray().First();
        (mp.GetProperty("id").GetString(), mp.GetProperty("name").GetString(), mp.GetProperty("total").GetInt32(), mp.GetProperty("answered").GetInt32())
            .Should().Be(("MP", "Manajemen Perubahan", 16, 6));
        mp.TryGetProperty("strong", out _).Should().BeTrue();
    }

    [Fact]
    public void Html_is_a_self_contained_page_written_to_the_output_path()
    {
        var output = Path.Combine(Path.GetTempPath(), $"na-{Guid.NewGuid():N}.html");
        var r = Cli.Run("check", Cli.Sample("narasi-contoh.docx"), "--format", "html", "--output", output);
        r.Exit.Should().Be(0, r.Err);
        var html = File.ReadAllText(output);
        html.Should().StartWith("<!DOCTYPE html>").And.Contain("lang=\"id\"").And.Contain("class=\"bar\"").And.Contain("P.MP.2.c");
        html.Should().NotContain("<script").And.NotContain("<link").And.NotContain("src=\"http");
    }

    [Fact]
    public void A_profile_contradiction_is_reported_only_with_the_unit_profile()
    {
        Cli.Run("check", Cli.Sample("narasi-contoh.docx")).Out.Should().NotContain("tidak sama dengan data profil unit");
        Cli.Run("check", Cli.Sample("narasi-contoh.docx"), "--unit", Cli.SampleUnit).Out
            .Should().Contain("Indeks Kepuasan Masyarakat 3,54 (2023) tidak sama dengan data profil unit");
    }
}
