using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Documents.Tests.Decks;
using NarrativeAssist.Documents.Tests.Support;

namespace NarrativeAssist.Documents.Tests;

/// <summary>A template's parts are copied into every deck made from it: content it links from outside the file must not
/// travel into the unit's decks. Plain web and e-mail hyperlinks stay.</summary>
public class RemoteContentGuardTests
{
    private const string Rels = "ppt/slideLayouts/_rels/slideLayout4.xml.rels";
    private const string RelType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private static byte[] WithRelationship(string type, string target, string targetMode = "External")
    {
        var fixture = UserTemplateTests.Fixture();
        var rels = ZipSurgery.EntryText(fixture, Rels).Replace("</Relationships>",
            $"""<Relationship Id="rIdLuar" Type="{RelType}{type}" Target="{target}" TargetMode="{targetMode}"/></Relationships>""");
        return ZipSurgery.WithEntry(fixture, Rels, rels);
    }

    private static DeckTemplate Upload(byte[] bytes) => DeckTemplate.FromUpload(new MemoryStream(bytes), "unggahan.pptx");

    [Theory]
    [InlineData("image", "http://127.0.0.1:9/logo.png")]              // fetched when the slide is shown
    [InlineData("image", @"\\192.0.2.1\berbagi\logo.png")]           // UNC: Windows would send the user's credentials
    [InlineData("oleObject", "file:///C:/data/anggaran.xlsx")]
    [InlineData("video", "https://video.example/profil.mp4")]
    [InlineData("hyperlink", @"\\192.0.2.1\berbagi\bukti.docx")]      // a "link" to a share is not a web link
    [InlineData("hyperlink", "javascript:alert(1)")]
    public void Linked_content_is_refused_naming_the_part_and_what_to_do(string type, string target)
    {
        var e = Rejection.Expect(RejectionCodes.RemoteContent, () => Upload(WithRelationship(type, target)));
        e.Message.Should().Contain("ppt/slideLayouts/slideLayout4.xml").And.Contain(target[..10]).And.Contain("Sematkan isinya");
    }

    /// <summary>Issue #13: System.IO.Packaging reads TargetMode with Enum.Parse, which trims, takes numbers and comma
    /// lists, so " External" was an external link the guard did not see and every deck carried the network-share image.</summary>
    [Theory]
    [InlineData(" External")]
    [InlineData("External ")]
    [InlineData("\tExternal\n")]
    [InlineData("external")]
    [InlineData("EXTERNAL")]
    [InlineData("1")]
    [InlineData(" 1 ")]
    [InlineData("Internal, External")]
    [InlineData("Eksternal")]   // not a TargetMode at all: the library would refuse it, so it is not taken as internal
    public void TargetMode_is_read_as_the_packaging_library_reads_it(string targetMode)
    {
        var bytes = WithRelationship("image", @"\\192.0.2.1\berbagi\logo.png", System.Security.SecurityElement.Escape(targetMode).Replace("\t", "&#9;").Replace("\n", "&#10;"));
        var e = Rejection.Expect(RejectionCodes.RemoteContent, () => Upload(bytes));
        e.Message.Should().Contain("ppt/slideLayouts/slideLayout4.xml").And.Contain("192.0.2.1");
        Rejection.Expect(RejectionCodes.RemoteContent, () => RemoteContentGuard.Check(bytes));   // library bundles and stored library decks
    }

    [Theory]
    [InlineData("Internal")]
    [InlineData(" Internal ")]
    [InlineData("0")]
    public void An_internal_TargetMode_in_any_spelling_the_library_accepts_stays_internal(string targetMode)
    {
        // The layout's own image relationship, re-declared with an explicit TargetMode: still inside the package.
        var fixture = UserTemplateTests.Fixture();
        var rels = ZipSurgery.EntryText(fixture, Rels).Replace("</Relationships>",
            $"""<Relationship Id="rIdDalam" Type="{RelType}slideMaster" Target="../slideMasters/slideMaster1.xml" TargetMode="{targetMode}"/></Relationships>""");
        RemoteContentGuard.Check(ZipSurgery.WithEntry(fixture, Rels, rels));
    }

    [Theory]
    [InlineData("https://www.kemenkeu.go.id/")]
    [InlineData("mailto:zi@kppn.go.id")]
    public void Web_and_mail_hyperlinks_are_kept_and_the_deck_still_renders(string target)
    {
        var deck = DeckRenderer.Render(Decks.Support.DeckSamples.Interview(), Upload(WithRelationship("hyperlink", target)), UserTemplateTests.Tokens);
        deck.SlideCount.Should().BeGreaterThan(5);
        Decks.Support.Pptx.ValidationErrors(deck.Pptx).Should().BeEmpty();
    }

    [Fact]
    public void Library_bundles_apply_the_same_rule()
    {
        var bad = WithRelationship("image", "http://127.0.0.1:9/logo.png");
        var act = () => RemoteContentGuard.Check(bad);
        act.Should().Throw<DocumentRejectedException>().Which.Code.Should().Be(RejectionCodes.RemoteContent);
        RemoteContentGuard.Check(UserTemplateTests.Fixture()); // the plain fixture passes
        RemoteContentGuard.Check(DeckTemplate.BuiltIn("biru-formal").ToArray());
    }
}
