using NarrativeAssist.Tests.Hostile;
using Xunit.Abstractions;

namespace NarrativeAssist.Cli.Tests.Hostile;

[CollectionDefinition("hostile-cli", DisableParallelization = true)]
public sealed class HostileCliCollection;

/// <summary>Issue #7 part 2, CLI side: the same corpus as the server → exit 2 with one Indonesian message on stderr,
/// no stack trace, in bounded time and allocation; harmless cases (external relationships, zip-slip names, a 10 MB
/// paragraph) run to a report without fetching or writing anything.</summary>
[Collection("hostile-cli")]
public class HostileCliTests(ITestOutputHelper output)
{
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(5);
    private const long AllocationBound = 400 * Bounded.MB;

    public static TheoryData<string> DocumentCases() => new(HostileCorpus.Documents().Select(c => c.Name));
    public static TheoryData<string> PresentationCases() => new(HostileCorpus.Presentations().Select(c => c.Name));
    public static TheoryData<string> TextCases() => new(HostileCorpus.Profiles().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(DocumentCases))]
    public void Check_refuses_hostile_documents(string name)
    {
        var c = HostileCorpus.Documents().Single(x => x.Name == name);
        var path = Cli.TempFile(name, c.Bytes());
        Verdict(c, Bounded.Measure(() => Cli.Run("check", path)));
    }

    [Theory]
    [MemberData(nameof(PresentationCases))]
    public void Deck_refuses_hostile_templates(string name)
    {
        var c = HostileCorpus.Presentations().Single(x => x.Name == name);
        var path = Cli.TempFile(name, c.Bytes());
        var output = Path.Combine(Path.GetDirectoryName(path)!, "keluar.pptx");
        Verdict(c, Bounded.Measure(() => Cli.Run("deck", "--kind", "wawancara-virtual", "--unit", Cli.SampleUnit, "--template", path, "--output", output)));
        File.Exists(output).Should().BeFalse("nothing is written for a refused template");
    }

    [Theory]
    [MemberData(nameof(TextCases))]
    public void Profiles_and_answer_files_refuse_bombs_encodings_and_huge_arrays(string name)
    {
        var c = HostileCorpus.Profiles().Single(x => x.Name == name);
        var path = Cli.TempFile(name, c.Bytes());
        // sejuta.json (7 MB) is an answers file for score; the others are unit profiles for check --unit.
        var run = c.Kind == HostileCorpus.Kind.Json
            ? Bounded.Measure(() => Cli.Run("score", path))
            : Bounded.Measure(() => Cli.Run("check", Cli.Sample("narasi-contoh.docx"), "--unit", path));
        Verdict(c with { Expect = c.Expect == "dalam" ? "dalam|rumit" : c.Expect }, run);
    }

    private void Verdict(HostileCorpus.Case c, (Cli.Result Result, Bounded.Cost Cost) run)
    {
        var (r, cost) = run;
        output.WriteLine($"{c.Name}: exit {r.Exit} in {cost} — {r.Err.Trim()}");
        cost.Elapsed.Should().BeLessThan(TimeBound, $"{c.Name} must not hang the CLI");
        cost.AllocatedBytes.Should().BeLessThan(AllocationBound, $"{c.Name} must not make the CLI allocate without bound");
        r.Err.Should().NotContain("Exception").And.NotContain("   at ");
        File.Exists("/tmp/na-zip-slip.txt").Should().BeFalse("no zip entry is written where its name points");
        if (c.Harmless)
        {
            r.Exit.Should().BeOneOf(0, 1, 2);
            if (c.Expect.Length > 0) (r.Out + r.Err).Should().Contain(c.Expect);
            return;
        }
        r.Exit.Should().Be(2, $"{c.Name} is bad input: {r.Err}");
        r.Err.Should().NotBeNullOrWhiteSpace();
        c.Expect.Split('|').Should().Contain(e => r.Err.Contains(e, StringComparison.OrdinalIgnoreCase), $"stderr \"{r.Err.Trim()}\" names the reason");
    }
}
