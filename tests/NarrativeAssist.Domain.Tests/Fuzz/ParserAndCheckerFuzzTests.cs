using System.Diagnostics;
using System.Text;
using CsCheck;
using NarrativeAssist.Domain.Profile;
using NarrativeAssist.Domain.Yaml;

namespace NarrativeAssist.Domain.Tests.Fuzz;

/// <summary>Issue #7 part 3: random YAML → a unit profile or a <see cref="UserInputException"/>; random text → check
/// results, never an exception, in bounded time. The same cases on every CI run (FuzzRun); longer run: docs/keamanan.md.</summary>
public class ParserAndCheckerFuzzTests
{
    private static readonly string[] ProfileLines = File.ReadAllLines(Path.Combine(TestData.RepoRoot, "templates", "units", "contoh.yaml"));

    private static readonly string[] YamlNoise =
        [": ", "- ", "  ", "\t", "&a ", "*a", "<<: *a", "[", "]", "{", "}", ",", "\"", "'", "|", ">", "!!binary ", "!!python/object ", "? ",
         "---\n", "...\n", "#", "%YAML 1.2\n", "\n", "-1e999", "99999999999999999999999", "0x1F", "2024-02-30", "~", "null", "ya", "tidak",
         "\u0000", "\uFEFF", "é", "😀", "nama", "ruangan", "indikator", "nilai", "2023", "pic", "poin", "area"];

    /// <summary>The sample profile with lines dropped, duplicated and spliced with YAML noise.</summary>
    private static readonly Gen<string> RandomYaml = Gen.Select(Gen.Int, Gen.Int[0, 60]).Select((seed, edits) =>
    {
        var rng = new Random(seed);
        var lines = ProfileLines.ToList();
        for (var i = 0; i < edits && lines.Count > 0; i++)
        {
            var at = rng.Next(lines.Count);
            switch (rng.Next(4))
            {
                case 0: lines.RemoveAt(at); break;
                case 1: lines.Insert(at, lines[rng.Next(lines.Count)]); break;
                case 2: lines[at] = lines[at].Insert(rng.Next(lines[at].Length + 1), YamlNoise[rng.Next(YamlNoise.Length)]); break;
                default: lines.Insert(at, string.Concat(Enumerable.Range(0, rng.Next(1, 8)).Select(_ => YamlNoise[rng.Next(YamlNoise.Length)]))); break;
            }
        }
        return string.Join('\n', lines);
    });

    [Fact]
    public void Random_profiles_parse_or_are_refused_with_Indonesian_errors()
    {
        var areas = TestData.Book.Catalog.AreaCodes;
        NarrativeAssist.Tests.FuzzRun.Sample(Gen.OneOf(RandomYaml, Gen.String), text =>
        {
            var clock = Stopwatch.StartNew();
            try
            {
                UnitProfileParser.ParseWithWarnings(text, areas).Profile.Should().NotBeNull();
            }
            catch (UserInputException e)
            {
                e.Errors.Should().NotBeEmpty();
                e.Message.Should().NotContain("Exception");
            }
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
        }, ciIterations: 500, print: t => t.Length > 400 ? t[..400] + "…" : t);
    }

    private static readonly string[] Words =
        ["Tim", "Kerja", "ZI", "dibentuk", "berdasarkan", "SK", "Nomor", "KEP-12/2024", "tanggal", "12", "Maret", "2024", "oleh", "Kepala",
         "Kantor", "rapat", "evaluasi", "triwulan", "bukti", "notulen", "IKM", "3,8", "persen", "%", "Rp", "1.000.000", "pengaduan", "0",
         "WBK", "WBBM", "agen", "perubahan", ".", ",", ";", "(", ")", "\n", "\t", "[nomor SK]", "…", "—", "é", "😀", "\u0000", "\u200B"];

    private static readonly Gen<string> RandomText = Gen.Select(Gen.Int, Gen.Int[0, 3_000]).Select((seed, n) =>
    {
        var rng = new Random(seed);
        var sb = new StringBuilder();
        for (var i = 0; i < n; i++) sb.Append(Words[rng.Next(Words.Length)]).Append(rng.Next(5) == 0 ? "" : " ");
        return sb.ToString();
    });

    [Fact]
    public void Random_text_is_checked_without_exceptions_in_bounded_time()
    {
        TestData.Checker.Check("P.MP.1.a", "Tim dibentuk."); // warm-up: the first call compiles the rules
        var questions = TestData.Book.Catalog.Questions.Select(q => q.Id).ToArray();
        var answers = new[] { null, "", "Ya", "Tidak", "a", "b", "c", "d", "e", "75", "-1", "100,5", "1e9", "ya sebagian", "\u0000" };
        var profile = UnitProfileParser.Parse(string.Join('\n', ProfileLines), TestData.Book.Catalog.AreaCodes);
        NarrativeAssist.Tests.FuzzRun.Sample(Gen.Select(Gen.Int[0, questions.Length - 1], Gen.OneOf(RandomText, Gen.String), Gen.Int[0, answers.Length - 1], Gen.Bool),
            c =>
            {
                var (q, text, a, withProfile) = c;
                var clock = Stopwatch.StartNew();
                try
                {
                    TestData.Checker.Check(questions[q], text, answers[a], withProfile ? profile : null).Should().NotBeNull();
                }
                catch (NarrativeAssist.Domain.Scoring.InvalidAnswerException) when (!string.IsNullOrWhiteSpace(answers[a]))
                {
                    // An answer that is not one of the question's options is refused (→ 400 invalid_answer); text never is.
                }
                clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1), "checking one narrative must stay fast");
            }, ciIterations: 1_000, print: t => $"{questions[t.Item1]} answer {answers[t.Item3]}: {t.Item2[..Math.Min(300, t.Item2.Length)]}");
    }
}
