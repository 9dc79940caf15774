using System.IO.Compression;
using System.IO.Packaging;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Documents.Tests.Decks.Support;
using NarrativeAssist.Domain.Decks;

namespace NarrativeAssist.Documents.Tests.Decks;

/// <summary>The renderer writes the output package itself (PackageWriter: zip entries, relationship parts,
/// [Content_Types].xml) from a template analysis cached on the <see cref="DeckTemplate"/>. These tests check the
/// package at the OPC level — with System.IO.Packaging, independently of the writer — for the built-in templates and
/// the LibreOffice-saved user template, and that the shared analysis does not carry one render's values into the next.</summary>
public class PackageWriterTests
{
    private const string Ct = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly DeckPlan Plan = DeckSamples.Interview();

    public static TheoryData<string> Templates => ["biru-formal", "kontras-tinggi", UserTemplateTests.FixtureName];

    private static RenderedDeck Render(string template, IReadOnlyDictionary<string, string>? tokens = null) =>
        template == UserTemplateTests.FixtureName
            ? DeckRenderer.Render(Plan, DeckTemplate.FromUpload(new MemoryStream(UserTemplateTests.Fixture()), template), tokens ?? UserTemplateTests.Tokens)
            : DeckRenderer.Render(Plan, template, tokens);

    [Theory, MemberData(nameof(Templates))]
    public void Every_relationship_resolves_and_every_part_is_reachable_and_typed(string template)
    {
        var deck = Render(template);

        using var package = Package.Open(new MemoryStream(deck.Pptx), FileMode.Open, FileAccess.Read);
        var parts = package.GetParts().Where(p => !PackUriHelper.IsRelationshipPartUri(p.Uri))
            .ToDictionary(p => p.Uri.OriginalString, StringComparer.OrdinalIgnoreCase);
        parts.Values.Should().OnlyContain(p => !string.IsNullOrEmpty(p.ContentType));
        var reached = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<Uri>();
        void Follow(Uri source, PackageRelationshipCollection rels)
        {
            foreach (var rel in rels.Where(r => r.TargetMode == TargetMode.Internal))
            {
                var target = PackUriHelper.ResolvePartUri(source, rel.TargetUri);
                parts.Should().ContainKey(target.OriginalString, $"{source} → {rel.TargetUri} ({rel.RelationshipType}) must exist");
                if (reached.Add(target.OriginalString)) queue.Enqueue(target);
            }
        }
        Follow(new Uri("/", UriKind.Relative), package.GetRelationships());
        while (queue.TryDequeue(out var uri)) Follow(uri, package.GetPart(uri).GetRelationships());
        parts.Keys.Except(reached, StringComparer.OrdinalIgnoreCase).Should().BeEmpty("no part is orphaned");
    }

    [Theory, MemberData(nameof(Templates))]
    public void Content_types_name_each_new_part_once_and_the_package_is_valid(string template)
    {
        var deck = Render(template);

        using var zip = new ZipArchive(new MemoryStream(deck.Pptx), ZipArchiveMode.Read);
        zip.Entries.Select(e => e.FullName).Should().OnlyHaveUniqueItems(n => n.ToLowerInvariant());
        XElement types;
        using (var s = zip.GetEntry("[Content_Types].xml")!.Open()) types = XElement.Load(s);
        var overrides = types.Elements(XName.Get("Override", Ct)).Select(o => o.Attribute("PartName")!.Value).ToList();
        overrides.Should().OnlyHaveUniqueItems(n => n.ToLowerInvariant());
        types.Elements(XName.Get("Default", Ct)).Select(d => d.Attribute("Extension")!.Value.ToLowerInvariant()).Should().Contain(["rels", "xlsx"]);

        using var doc = Pptx.Open(deck.Pptx);
        var slides = Pptx.Slides(doc);
        slides.Should().HaveCount(deck.SlideCount);
        slides.Should().OnlyContain(s => s.NotesSlidePart != null && s.SlideLayoutPart != null);
        slides.SelectMany(s => s.ChartParts).Should().NotBeEmpty().And.OnlyContain(c => c.EmbeddedPackagePart != null);
        doc.PackageProperties.Title.Should().Be(Plan.Title);
        doc.PackageProperties.Language.Should().Be("id-ID");
        Pptx.ValidationErrors(deck.Pptx).Should().BeEmpty();
    }

    [Fact]
    public void The_cached_template_analysis_keeps_no_values_from_an_earlier_render()
    {
        var template = DeckTemplate.FromUpload(new MemoryStream(UserTemplateTests.Fixture()), UserTemplateTests.FixtureName);
        var tokens = UserTemplateTests.Tokens.ToDictionary();
        var decks = new[] { "KPPN Satu", "KPPN Dua" }.Select(name =>
        {
            tokens["unit.nama"] = name;
            return DeckRenderer.Render(Plan, template, tokens);
        }).ToList();

        for (var i = 0; i < decks.Count; i++)
        {
            using var doc = Pptx.Open(decks[i].Pptx);
            var cover = Pptx.AllText(Pptx.Slides(doc)[0]);
            cover.Should().Contain(i == 0 ? "KPPN Satu" : "KPPN Dua").And.NotContain(i == 0 ? "KPPN Dua" : "KPPN Satu").And.NotContain("{{unit.nama}}");
            Pptx.Notes(Pptx.Slides(doc)[0]).Should().StartWith(Plan.Slides.First().Notes.Split('\n')[0].Trim(), "the plan's title script becomes the cover's notes");
        }
    }

    [Fact]
    public void Renders_on_many_threads_share_one_template_safely()
    {
        var template = DeckTemplate.BuiltIn("biru-formal");
        DeckTemplate.BuiltIn("biru-formal").Should().BeSameAs(template, "built-in templates are analysed once per process");
        var expected = Texts(DeckRenderer.Render(Plan, template));

        var results = new RenderedDeck[8];
        Parallel.For(0, results.Length, i => results[i] = DeckRenderer.Render(Plan, template));

        results.Should().OnlyContain(r => Texts(r).SequenceEqual(expected));
    }

    [Theory, MemberData(nameof(Templates))]
    public void Every_zip_entry_and_embedded_workbook_entry_carries_the_size_and_crc_of_its_data(string template)
    {
        // The zip is written by hand (ZipWriter: stored and deflated entries, the template's deflated once) and
        // System.IO.Compression does not check CRCs when reading: zlib's CRC-32 is the reference here.
        var deck = Render(template);

        var checkedEntries = 0;
        void Check(byte[] archive)
        {
            using var zip = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries)
            {
                using var data = new MemoryStream();
                using (var s = entry.Open()) s.CopyTo(data);
                entry.Length.Should().Be(data.Length, entry.FullName);
                entry.Crc32.Should().Be(ZlibCrc32(data.ToArray()), entry.FullName);
                checkedEntries++;
                if (entry.FullName.EndsWith(".xlsx", StringComparison.Ordinal)) Check(data.ToArray());
            }
        }
        Check(deck.Pptx);
        checkedEntries.Should().BeGreaterThan(50);
    }

    /// <summary>CRC-32 as zlib computes it: the first four bytes of a gzip stream's trailer (RFC 1952).</summary>
    private static uint ZlibCrc32(byte[] data)
    {
        using var gz = new MemoryStream();
        using (var gzip = new GZipStream(gz, CompressionLevel.NoCompression, leaveOpen: true)) gzip.Write(data);
        return BitConverter.ToUInt32(gz.GetBuffer(), (int)gz.Length - 8);
    }

    private static List<string> Texts(RenderedDeck deck)
    {
        using var doc = Pptx.Open(deck.Pptx);
        return Pptx.Slides(doc).Select(s => Pptx.AllText(s) + "|" + Pptx.Notes(s)).ToList();
    }
}
