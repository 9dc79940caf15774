using System.Buffers.Binary;
using DocumentFormat.OpenXml.Packaging;
using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Documents.Tests.Decks.Support;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Decks;
using NarrativeAssist.Domain.Profile;
using NarrativeAssist.Tests;
using SkiaSharp;
using D = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace NarrativeAssist.Documents.Tests.Decks;

/// <summary>The sample profile's photos and logo (templates/units/foto) in the rendered decks, read back from the .pptx.</summary>
public class DeckPicturesTests
{
    private static readonly UnitProfile Profile = UnitProfileParser.Parse(File.ReadAllText(RepoRoot.File("templates/units/contoh.yaml")), BuiltInData.Catalog.AreaCodes);

    /// <summary>Every picture the sample profile names, uploaded by its path, as the API and the CLI pass them.</summary>
    internal static DeckImages SampleImages(bool placeholders = false)
    {
        var images = new DeckImages { Placeholders = placeholders };
        foreach (var (_, path) in ProfilePictures.Of(Profile)) images.Add(path, File.ReadAllBytes(RepoRoot.File("templates/units/" + path)));
        return images;
    }

    private static RenderedDeck Render(DeckKind kind, DeckImages? images, string template = "biru-formal") =>
        DeckRenderer.Render(DeckPlanner.Plan(kind, Profile, BuiltInData.Catalog), template, images: images);

    private static IEnumerable<P.Picture> Pictures(SlidePart slide) => slide.Slide!.Descendants<P.Picture>();

    [Theory]
    [InlineData("biru-formal")]
    [InlineData("kontras-tinggi")]
    public void The_profiles_photos_fill_their_frames_cropped_to_the_frame_and_no_instruction_text_is_left(string template)
    {
        var deck = Render(DeckKind.WawancaraVirtual, SampleImages(), template);

        using var doc = Pptx.Open(deck.Pptx);
        var slides = Pptx.Slides(doc);
        var pictures = slides.SelectMany(s => Pictures(s).Select(p => (Slide: s, Pic: p))).ToList();
        pictures.Select(p => p.Pic.NonVisualPictureProperties!.NonVisualDrawingProperties!.Description!.Value).Should().Contain(
            ["Penandatanganan pakta integritas dan deklarasi", "Logo KPPN Contoh", "e-SOP Terpadu saat digunakan"]);
        foreach (var (slide, pic) in pictures)
        {
            var rid = pic.BlipFill!.Blip!.Embed!.Value!;
            var part = slide.GetPartById(rid).Should().BeAssignableTo<ImagePart>().Subject;
            part.ContentType.Should().BeOneOf("image/jpeg", "image/png");
            using var bitmap = SKBitmap.Decode(part.GetStream());
            var ext = pic.ShapeProperties!.Transform2D!.Extents!;
            var frame = (double)ext.Cx!.Value / ext.Cy!.Value;
            ((double)bitmap.Width / bitmap.Height).Should().BeApproximately(frame, frame * 0.02, "the picture is cropped to its frame's proportions, never stretched");
            bitmap.Width.Should().BeLessThanOrEqualTo(1600, "photos are resized for the slide");
        }
        slides.Select(Pptx.AllText).Should().NotContain(t => t.Contains("Tempel foto"));
        slides.SelectMany(s => s.Slide!.Descendants<D.PresetDash>()).Should().BeEmpty("no empty dashed frames without the placeholder option");
        Pptx.ValidationErrors(deck.Pptx).Should().BeEmpty();
    }

    [Fact]
    public void The_replicated_innovation_shows_its_evidence_photo_under_a_badge_and_the_caption_stays_under_the_photo()
    {
        var deck = Render(DeckKind.WawancaraVirtual, SampleImages());

        using var doc = Pptx.Open(deck.Pptx);
        var slide = Pptx.Slides(doc).Single(s => Pptx.Title(s) == "Inovasi Layanan dan Kinerja Eksternal");
        var pic = Pictures(slide).Single();
        pic.NonVisualPictureProperties!.NonVisualDrawingProperties!.Description!.Value.Should().StartWith("Bukti replikasi Layanan Antar Dokumen (LANDO)");
        var shapes = slide.Slide!.Descendants<P.Shape>().ToDictionary(s => s.NonVisualShapeProperties!.NonVisualDrawingProperties!.Name!.Value!, s => s);
        var badge = shapes.Single(s => s.Key.StartsWith("Tanda Replikasi", StringComparison.Ordinal)).Value;
        Pptx.Text(badge).Should().Be("★ Direplikasi KPPN Sukamaju dan KPPN Tanjung Harapan");
        var caption = shapes.Single(s => s.Key.StartsWith("Keterangan Foto", StringComparison.Ordinal)).Value;

        var photo = SlideGeometry.BoxOf(slide, pic)!.Value;
        var captionBox = SlideGeometry.BoxOf(slide, caption)!.Value;
        var badgeBox = SlideGeometry.BoxOf(slide, badge)!.Value;
        captionBox.Y.Should().BeGreaterThanOrEqualTo(photo.Y + photo.Cy, "the caption sits below the photo");
        foreach (var text in SlideGeometry.Shapes(slide).Where(s => s.Shape != caption && s.Shape != badge && s.Box is not null
                     && SlideGeometry.PlaceholderType(s.Shape) is "body" or "obj"))
            Overlap(text.Box!.Value, captionBox).Should().BeFalse("the caption must not run into the slide's text (impact line)");
        Overlap(badgeBox, photo).Should().BeTrue("the badge lies on the photo");
    }

    private static bool Overlap(Box a, Box b) =>
        Math.Min(a.X + a.Cx, b.X + b.Cx) > Math.Max(a.X, b.X) && Math.Min(a.Y + a.Cy, b.Y + b.Cy) > Math.Max(a.Y, b.Y);

    [Fact]
    public void Without_pictures_the_slots_are_left_out_and_with_the_option_they_become_frames()
    {
        var bare = Render(DeckKind.WawancaraVirtual, null);
        using (var doc = Pptx.Open(bare.Pptx))
        {
            Pptx.Slides(doc).SelectMany(Pictures).Should().BeEmpty();
            Pptx.Slides(doc).Select(Pptx.AllText).Should().NotContain(t => t.Contains("Tempel foto"));
        }
        bare.Mapping.Should().Contain(l => l.Contains("tidak ditampilkan (berkas foto/replikasi-sukamaju.jpg tidak diunggah)"));

        var framed = Render(DeckKind.WawancaraVirtual, new DeckImages { Placeholders = true });
        using var framedDoc = Pptx.Open(framed.Pptx);
        Pptx.Slides(framedDoc).Select(Pptx.AllText).Should().Contain(t => t.Contains("Tempel foto: Bukti replikasi Layanan Antar Dokumen"));
    }

    [Fact]
    public void The_logo_is_on_the_opening_slide_and_every_other_slide_but_the_last_has_a_slide_number()
    {
        var deck = Render(DeckKind.ObservasiLapangan, SampleImages());

        using var doc = Pptx.Open(deck.Pptx);
        var slides = Pptx.Slides(doc);
        Pictures(slides[0]).Should().ContainSingle(p => p.NonVisualPictureProperties!.NonVisualDrawingProperties!.Description!.Value == "Logo KPPN Contoh");
        var logoPart = (ImagePart)slides[0].GetPartById(Pictures(slides[0]).Single().BlipFill!.Blip!.Embed!.Value!);
        logoPart.ContentType.Should().Be("image/png", "a logo with transparency stays PNG");
        for (var i = 1; i < slides.Count - 1; i++)
            slides[i].Slide!.Descendants<D.Field>().Should().ContainSingle(f => f.Type!.Value == "slidenum", $"slide {i + 1}");
        slides[0].Slide!.Descendants<D.Field>().Should().BeEmpty();
    }

    [Fact]
    public void Pictures_are_checked_from_their_bytes()
    {
        var jpeg = File.ReadAllBytes(RepoRoot.File("templates/units/foto/deklarasi.jpg"));
        DeckImages.Check("deklarasi.jpg", jpeg).Should().Match<CheckedImage>(i => !i.IsPng && i.Width == 1200 && i.Height == 800);

        var gif = "GIF89a"u8.ToArray().Concat(new byte[64]).ToArray();
        var notImage = FluentActions.Invoking(() => DeckImages.Check("foto.jpg", gif)).Should().Throw<DocumentRejectedException>().Which;
        notImage.Code.Should().Be(ImageRejectionCodes.NotAnImage);
        notImage.Message.Should().Be("Berkas \"foto.jpg\" bukan gambar PNG atau JPEG (isi berkasnya tidak sesuai). Simpan fotonya sebagai .jpg atau .png, lalu unggah ulang.");

        var truncated = jpeg[..40];
        FluentActions.Invoking(() => DeckImages.Check("rusak.jpg", truncated)).Should().Throw<DocumentRejectedException>()
            .Which.Message.Should().Contain("rusak atau tidak dapat dibaca");

        var huge = FluentActions.Invoking(() => DeckImages.Check("besar.png", PngHeader(50_000, 50_000))).Should().Throw<DocumentRejectedException>().Which;
        huge.Code.Should().Be(RejectionCodes.TooLarge);
        huge.Message.Should().Contain("50000 × 50000 piksel").And.Contain("40 megapiksel");

        DeckImages.TooLarge("besar.jpg", 12 * 1024 * 1024).Message.Should().Be(
            "Gambar \"besar.jpg\" berukuran 12,0 MB, melebihi batas 10 MB. Perkecil atau kompres fotonya, lalu unggah ulang.");
    }

    [Fact]
    public void A_picture_named_by_its_file_name_only_is_found_by_the_profiles_path()
    {
        var images = new DeckImages().Add("deklarasi.jpg", File.ReadAllBytes(RepoRoot.File("templates/units/foto/deklarasi.jpg")));

        images.Find("foto/deklarasi.jpg").Should().NotBeNull();
        images.Find("./foto/deklarasi.jpg").Should().NotBeNull();
        images.Find("foto/lain.jpg").Should().BeNull();
    }

    /// <summary>A PNG that claims <paramref name="width"/> × <paramref name="height"/> pixels: signature and IHDR only
    /// (a decompression bomb is refused from its header, before any pixel is decoded).</summary>
    private static byte[] PngHeader(int width, int height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; ihdr[9] = 2; // 8-bit RGB
        var chunk = "IHDR"u8.ToArray().Concat(ihdr).ToArray();
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, System.IO.Hashing.Crc32.HashToUInt32(chunk));
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, 13);
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        return [.. signature, .. length, .. chunk, .. crc, .. new byte[64]];
    }
}
