using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using CsCheck;

namespace NarrativeAssist.Documents.Tests.Fuzz;

/// <summary>Issue #7 part 3: random mutations of a real .docx → a <see cref="NarrativeDocument"/> or a
/// <see cref="DocumentRejectedException"/> with an Indonesian message, never another exception, never slow.
/// The same few hundred cases on every CI run (<see cref="NarrativeAssist.Tests.FuzzRun"/>); the longer run is in docs/keamanan.md
/// (<c>NA_FUZZ_ITER=20000 NA_FUZZ_SEED=acak dotnet test … --filter FullyQualifiedName~Fuzz</c>).</summary>
public class DocxReaderFuzzTests
{
    private static readonly byte[] Sample = File.ReadAllBytes(NarrativeAssist.Tests.RepoRoot.File("templates/samples/narasi-contoh.docx"));
    private static readonly string SampleXml = ZipSurgery.EntryText(Sample, "word/document.xml");

    private static readonly string[] XmlNoise =
        ["<", ">", "&", ";", "\"", "'", "/", "=", "<w:sdt>", "</w:sdtContent>", "<w:t>", "</w:p>", "&amp;", "&#0;", "&#xFFFE;", "]]>",
         "<!DOCTYPE x [<!ENTITY a \"b\">]>", "&a;", "<?pi x?>", "\u0000", "\uD800", "w:val=\"lke:P.MP.1.a\"", "<w:tag w:val=\"lke:\"/>", "xmlns:w=\"x\""];

    /// <summary>One mutation: flip bytes of the zip, cut it, splice random bytes in, or edit document.xml and re-zip.</summary>
    private static readonly Gen<(int Kind, int Seed, int Count)> Mutation = Gen.Select(Gen.Int[0, 3], Gen.Int, Gen.Int[1, 40]);

    [Fact]
    public void Mutated_documents_are_read_or_rejected_never_crash()
    {
        NarrativeReader.Read(new MemoryStream(Sample), Support.Docx.Catalog); // warm-up (JIT), so the time bound measures the reader
        NarrativeAssist.Tests.FuzzRun.Sample(Mutation, m =>
        {
            var bytes = Mutate(m.Kind, new Random(m.Seed), m.Count);
            var clock = Stopwatch.StartNew();
            try
            {
                var doc = NarrativeReader.Read(new MemoryStream(bytes), Support.Docx.Catalog);
                doc.Should().NotBeNull();
            }
            catch (DocumentRejectedException e)
            {
                e.Message.Should().NotBeNullOrWhiteSpace().And.NotContain("Exception");
            }
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(3), "no mutation may make the reader slow");
        }, ciIterations: 300, print: m => $"kind {m.Kind}, seed {m.Seed}, count {m.Count}");
    }

    private static byte[] Mutate(int kind, Random rng, int count)
    {
        var bytes = (byte[])Sample.Clone();
        switch (kind)
        {
            case 0:
                for (var i = 0; i < count; i++) bytes[rng.Next(bytes.Length)] ^= (byte)rng.Next(1, 256);
                return bytes;
            case 1:
                return bytes[..rng.Next(bytes.Length)];
            case 2:
                var at = rng.Next(bytes.Length);
                var noise = new byte[count * 8];
                rng.NextBytes(noise);
                return [.. bytes[..at], .. noise, .. bytes[at..]];
            default:
                var xml = new StringBuilder(SampleXml);
                for (var i = 0; i < count; i++)
                {
                    var pos = rng.Next(xml.Length);
                    if (rng.Next(2) == 0) xml.Remove(pos, Math.Min(rng.Next(1, 30), xml.Length - pos));
                    else xml.Insert(pos, XmlNoise[rng.Next(XmlNoise.Length)]);
                }
                return ZipSurgery.WithEntry(bytes, "word/document.xml", Encoding.UTF8.GetBytes(xml.ToString()));
        }
    }
}
