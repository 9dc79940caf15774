using System.Text.Json;

namespace NarrativeAssist.Cli.Tests;

public class ScoreCommandTests
{
    [Fact]
    public void Json_keeps_the_contract_names_and_the_sample_reaches_WBK_not_WBBM()
    {
        var r = Cli.Run("score", Cli.Sample("jawaban-contoh.yaml"), "--target", "wbbm", "--format", "json");
        r.Exit.Should().Be(0, r.Err);
        using var json = JsonDocument.Parse(r.Out);
        var root = json.RootElement;
        root.GetProperty("total").GetDouble().Should().BeApproximately(89.12, 0.01);
        root.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("id").GetString()).Should().Equal("P", "R", "H");
        root.GetProperty("components")[0].GetProperty("max").GetDouble().Should().Be(30);
        root.GetProperty("areas").EnumerateArray().Select(a => a.GetProperty("id").GetString()).Should().Contain(["P.MP", "R.PW", "H.1"]);
        root.GetProperty("eligible").GetProperty("wbk").GetBoolean().Should().BeTrue();
        root.GetProperty("eligible").GetProperty("wbbm").GetBoolean().Should().BeFalse();
        var gap = root.GetProperty("gaps").EnumerateArray().Single();
        (gap.GetProperty("threshold").GetString(), gap.GetProperty("required").GetDouble(), gap.GetProperty("actual").GetDouble())
            .Should().Be(("area.PW", 11.25, 10.76));
        var move = root.GetProperty("whatIf").EnumerateArray().Single();
        (move.GetProperty("questionId").GetString(), move.GetProperty("from").GetString(), move.GetProperty("to").GetString(), move.GetProperty("gain").GetDouble())
            .Should().Be(("P.PW.1.b", "C", "A", 0.5));
    }

    [Fact]
    public void The_area_basis_is_a_visible_option()
    {
        var r = Cli.Run("score", Cli.Sample("jawaban-contoh.yaml"), "--target", "wbbm", "--area-basis", "per_bagian");
        r.Exit.Should().Be(0, r.Err);
        r.Out.Should().Contain("dihitung secara per bagian").And.Contain("(Pemenuhan)");
    }

    [Fact]
    public void Bad_answers_are_refused_with_their_lines()
    {
        var file = Cli.TempText("jawaban.yaml", "P.MP.1.a: Ya\nP.MP.1.b: Z\nP.XX.1.a: A\nH.1.a: 5\n");
        var r = Cli.Run("score", file);
        r.Exit.Should().Be(2);
        r.Err.Should().Contain("baris 2").And.Contain("harus salah satu dari A, B, C");
        r.Err.Should().Contain("baris 3").And.Contain("P.XX.1.a").And.Contain("tidak ada di LKE");
        r.Err.Should().Contain("baris 4").And.Contain("indeks 1–4");
        Cli.Run("score", Cli.TempText("rusak.json", "{\"P.MP.1.a\": [")).Err.Should().Contain("baris").And.Contain("format YAML/JSON tidak valid");
    }
}
