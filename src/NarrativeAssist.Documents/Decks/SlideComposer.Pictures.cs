using NarrativeAssist.Domain.Decks;
using static NarrativeAssist.Documents.Decks.Dml;

namespace NarrativeAssist.Documents.Decks;

/// <summary>The pictures the profile gives a slide (kept apart from the text placement, which fitting owns): what
/// slots show, where photos, captions, the replication badge, the logo and the slide number go.</summary>
internal sealed partial class SlideComposer
{
    /// <summary>Height of the caption line under a photo (one line at 14 pt, with its margins).</summary>
    private const long CaptionHeight = 411_480;

    /// <summary>Places the slide's pictures; returns the part of <paramref name="area"/> left for the main content
    /// (null when nothing else needs room, or there is nothing to place). A slot without a picture is left out of the
    /// layout unless placeholders are asked for (then it becomes a frame saying what to paste).</summary>
    private Rect? PlacePictures(Rect? area)
    {
        var slots = _slide.Images.Where(s => _media.Images.Find(s.Source) is not null || _media.Images.Placeholders).ToList();
        foreach (var missing in _slide.Images.Except(slots))
            _placed.Add($"foto «{Clean(missing.Caption)}» tidak ditampilkan ({(missing.Source is null ? "profil belum menyebut fotonya" : $"berkas {Clean(missing.Source)} tidak diunggah")})");
        if (slots.Count == 0) return null;

        if (_layout.Picture is { } pic && pic.Box is { } picBox)
        {
            var first = slots[0];
            if (_media.Images.Find(first.Source) is { } image)
                PictureWithCaption(first, image, picBox, pic);
            else
            {
                Placeholder(pic, null, [ImageFrames.Centered(ImageFrames.Prompt(first))]);
                _placed.Add($"bingkai foto kosong «{Clean(first.Caption)}» → {pic.Label}");
            }
            slots.RemoveAt(0);
            if (slots.Count == 0) return null;
        }
        Rect frames;
        Rect? rest = null;
        if (area is { } a)
        {
            frames = a.RightPart(0.36, Gap);
            rest = a.LeftPart(0.64, Gap);
        }
        else
        {
            frames = _slide.Kind is SlideKind.Title or SlideKind.Closing or SlideKind.Section
                ? new Rect(BodyArea.X, _template.SlideSize.Cy * 2 / 3, BodyArea.Cx, _template.SlideSize.Cy / 4)
                : _layout.Content.FirstOrDefault()?.Box ?? BodyArea;
        }
        var boxes = area is null ? frames.Columns(slots.Count, Gap) : frames.Rows(slots.Count, Gap);
        foreach (var (slot, box) in slots.Zip(boxes))
        {
            if (_media.Images.Find(slot.Source) is { } image) PictureWithCaption(slot, image, box, null);
            else
            {
                ImageFrames.DashedFrame(_x, NextId(), slot, box);
                _placed.Add($"bingkai foto kosong «{Clean(slot.Caption)}» → bingkai bergaris putus-putus");
            }
        }
        return rest;
    }

    /// <summary>A photo cropped to fill the upper part of <paramref name="box"/>, its caption on the line below it (inside
    /// the box, so it can never run into the slide's text beside it), and the badge over its top edge.</summary>
    private void PictureWithCaption(ImageSlot slot, CheckedImage image, Rect box, PlaceholderInfo? placeholder)
    {
        var caption = Math.Min(CaptionHeight, box.Cy / 4);
        var photo = box with { Cy = box.Cy - caption };
        var fitted = ImageFitting.Fit(image, photo, cover: true);
        var id = NextId();
        PictureFrames.Picture(_x, id, $"Foto {id - 1}", Clean(slot.Caption), _media.AddImage(fitted), photo, placeholder);
        var captionBox = new Rect(box.X, photo.Bottom, box.Cx, caption);
        PictureFrames.Caption(_x, NextId(), captionBox, Clean(slot.Caption));
        _placed.Add($"foto «{Clean(slot.Caption)}» ({fitted.Width} × {fitted.Height} piksel, dipotong pas bingkai) → " +
                    (placeholder is null ? "bingkai foto" : placeholder.Label) + "; keterangan di bawahnya");
        if (slot.Badge is { } badge)
        {
            PictureFrames.Badge(_x, NextId(), photo, Clean(badge));
            _placed.Add($"tanda «{Clean(badge)}» di atas foto");
        }
    }

    /// <summary>The unit's logo in the top right corner of the opening and closing slides, its proportions kept.</summary>
    private void Logo()
    {
        if (_slide.Kind is not (SlideKind.Title or SlideKind.Closing) || _media.Images.Find(_media.Logo) is not { } logo) return;
        var slide = _template.SlideSize;
        var height = slide.Cy / 8;
        var width = Math.Min(slide.Cx / 5, (long)(height * (double)logo.Width / logo.Height));
        height = Math.Min(height, (long)(width * (double)logo.Height / logo.Width));
        var margin = slide.Cy / 30;
        var box = new Rect(slide.Cx - margin - width, margin, width, height);
        var fitted = ImageFitting.Fit(logo, box, cover: false);
        var id = NextId();
        PictureFrames.Picture(_x, id, $"Logo {id - 1}", "Logo " + Clean(_media.UnitName), _media.AddImage(fitted), box, null);
        _placed.Add("logo unit → pojok kanan atas");
    }

    /// <summary>The slide number (a field PowerPoint and LibreOffice keep current) in the bottom right corner of every
    /// slide but the opening and closing ones (cover designs).</summary>
    private void SlideNumber()
    {
        if (_slide.Kind is SlideKind.Title or SlideKind.Closing) return;
        var slide = _template.SlideSize;
        var box = new Rect(slide.Cx - slide.Cx / 20 - 1_097_280, slide.Cy - slide.Cy / 28 - 369_332, 1_097_280, 369_332);
        PictureFrames.SlideNumber(_x, NextId(), box, _media.Number);
        _placed.Add("nomor slide → pojok kanan bawah");
    }
}

/// <summary>What a slide's pictures need from the renderer: the uploaded images, the logo's path, a way to relate an
/// image part to the slide (returns the relationship id), the unit's name and the slide's number.</summary>
internal sealed record SlideMedia(DeckImages Images, string? Logo, string UnitName, int Number, Func<FittedImage, string> AddImage)
{
    public static SlideMedia None { get; } = new(DeckImages.None, null, "", 0, _ => throw new InvalidOperationException("no media"));
}
