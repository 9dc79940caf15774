using System.Xml.Linq;
using NarrativeAssist.Documents.Manifest;

namespace NarrativeAssist.Cli.Tests;

public class ManifestCommandTests
{
    [Fact]
    public void Manifest_for_a_unit_server_is_written_to_the_output_file()
    {
        var output = Path.Combine(Path.GetTempPath(), $"na-{Guid.NewGuid():N}.xml");
        var r = Cli.Run("manifest", "--base-url", "https://zi.example.go.id/", "-o", output);
        r.Exit.Should().Be(0, r.Err);
        r.Err.Should().Contain("Ditulis: " + output);
        var xml = File.ReadAllText(output);
        xml.Should().Be(AddinManifest.Generate("https://zi.example.go.id"));
        var doc = XDocument.Parse(xml);
        AddinManifest.UrlsIn(doc).Should().OnlyContain(u => u.StartsWith("https://zi.example.go.id"));
        xml.Should().Contain("https://zi.example.go.id/word/taskpane.html").And.NotContain("localhost");
    }

    [Fact]
    public void Without_output_the_manifest_goes_to_stdout()
    {
        var r = Cli.Run("manifest", "--base-url", "https://localhost:5081");
        r.Exit.Should().Be(0, r.Err);
        r.Out.Should().Be(AddinManifest.Generate(AddinManifest.DevBaseUrl));
    }

    [Fact]
    public void Plain_http_is_refused_for_a_public_server_with_exit_2()
    {
        var output = Path.Combine(Path.GetTempPath(), $"na-{Guid.NewGuid():N}.xml");
        var r = Cli.Run("manifest", "--base-url", "http://zi.example.go.id", "-o", output);
        r.Exit.Should().Be(2);
        r.Err.Should().Contain("harus memakai https://").And.Contain("localhost atau 127.0.0.1");
        r.Out.Should().BeEmpty();
        File.Exists(output).Should().BeFalse("nothing is written on a refusal");
    }

    [Fact]
    public void Host_word_gives_a_Word_only_manifest_that_declares_WordApi_1_1()
    {
        var r = Cli.Run("manifest", "--base-url", "https://zi.example.go.id", "--host", "word");
        r.Exit.Should().Be(0, r.Err);
        r.Out.Should().Be(AddinManifest.Generate("https://zi.example.go.id", AddinHosts.Word));
        r.Out.Should().Contain("<Set Name=\"WordApi\" MinVersion=\"1.1\" />").And.NotContain("Presentation");
        var bad = Cli.Run("manifest", "--base-url", "https://zi.example.go.id", "--host", "excel");
        bad.Exit.Should().Be(2);
        bad.Err.Should().Contain("Nilai --host \"excel\" tidak dikenal");
    }

    [Fact]
    public void Http_on_localhost_is_allowed_for_development()
    {
        var r = Cli.Run("manifest", "--base-url", "http://127.0.0.1:5080");
        r.Exit.Should().Be(0, r.Err);
        r.Out.Should().Contain("http://127.0.0.1:5080/word/taskpane.html");
    }

    [Theory]
    [InlineData(new[] { "manifest" }, "Sebutkan alamat server dengan --base-url")]
    [InlineData(new[] { "manifest", "--base-url", "zi.example.go.id" }, "bukan URL yang valid")]
    [InlineData(new[] { "manifest", "--base-url", "https://zi.example.go.id?x=1" }, "tidak boleh berisi")]
    [InlineData(new[] { "manifest", "--base-url", "https://zi.example.go.id", "--format", "json" }, "Opsi tidak dikenal: --format")]
    public void Bad_arguments_get_an_Indonesian_message_and_exit_2(string[] args, string message)
    {
        var r = Cli.Run(args);
        r.Exit.Should().Be(2);
        r.Err.Should().Contain(message).And.Contain("Pemakaian: narrativeassist manifest");
    }

    [Fact]
    public void Help_lists_the_command_in_Indonesian()
    {
        Cli.Run("--help").Out.Should().Contain("manifest --base-url https://SERVER");
        var r = Cli.Run("manifest", "--help");
        r.Exit.Should().Be(0);
        r.Out.Should().Contain("wajib https://").And.Contain("/word/taskpane.html");
    }
}
