using SkiaSharp;

namespace NarrativeAssist.Documents.Decks;

/// <summary>A picture made ready for one frame: encoded bytes, their part extension and content type, pixel size.</summary>
internal sealed record FittedImage(byte[] Bytes, string Extension, string ContentType, int Width, int Height);

/// <summary>Crops and resizes a checked picture for its frame with SkiaSharp, so the .pptx carries no 12-megapixel
/// camera original: "cover" crops the middle to the frame's proportions (a photo fills its slot, nothing stretched;
/// the bytes are pre-cropped, so the slide needs no srcRect), "contain" keeps the whole picture (a logo). The camera's
/// EXIF orientation is applied. Photos become JPEG (quality 82); pictures with transparency stay PNG.</summary>
internal static class ImageFitting
{
    /// <summary>Pixels per inch of the frame on the slide: sharp on a projector and a laptop, small in the file.</summary>
    private const double Dpi = 150;
    private const int MaxSide = 1600;
    private const int JpegQuality = 82;

    public static FittedImage Fit(CheckedImage image, Rect frame, bool cover)
    {
        using var data = SKData.CreateCopy(image.Bytes);
        using var codec = SKCodec.Create(data) ?? throw new DocumentRejectedException(ImageRejectionCodes.NotAnImage,
            $"Gambar \"{image.Name}\" tidak dapat dibaca.");
        var alpha = codec.Info.AlphaType != SKAlphaType.Opaque && image.IsPng;
        var frameAspect = frame.Cx <= 0 || frame.Cy <= 0 ? (double)image.Width / image.Height : (double)frame.Cx / frame.Cy;

        // The part of the (oriented) picture to keep, in its pixels.
        double cropW = image.Width, cropH = image.Height;
        if (cover)
        {
            if (cropW / cropH > frameAspect) cropW = cropH * frameAspect; else cropH = cropW / frameAspect;
        }
        var longest = Math.Min(MaxSide, Math.Max(16, (int)Math.Round(Math.Max(frame.Cx, frame.Cy) / 914_400.0 * Dpi)));
        var scale = Math.Min(1.0, longest / Math.Max(cropW, cropH));
        var outW = Math.Max(1, (int)Math.Round(cropW * scale));
        var outH = Math.Max(1, (int)Math.Round(cropH * scale));

        using var oriented = Orient(Decode(codec, scale), codec.EncodedOrigin);
        // Decoding may have been scaled down (JPEG decodes at 1/2, 1/4, 1/8 cheaply): crop in the decoded pixels.
        var f = (double)oriented.Width / image.Width;
        var src = SKRect.Create((float)((image.Width - cropW) / 2 * f), (float)((image.Height - cropH) / 2 * f), (float)(cropW * f), (float)(cropH * f));

        var info = new SKImageInfo(outW, outH, SKColorType.Rgba8888, alpha ? SKAlphaType.Premul : SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(alpha ? SKColors.Transparent : SKColors.White);
        using (var picture = SKImage.FromBitmap(oriented))
            surface.Canvas.DrawImage(picture, src, SKRect.Create(outW, outH), new SKSamplingOptions(SKCubicResampler.Mitchell), null);
        using var snapshot = surface.Snapshot();
        using var encoded = snapshot.Encode(alpha ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg, JpegQuality);
        return alpha
            ? new FittedImage(encoded.ToArray(), "png", "image/png", outW, outH)
            : new FittedImage(encoded.ToArray(), "jpeg", "image/jpeg", outW, outH);
    }

    /// <summary>Decodes at the smallest size the codec offers that still has the pixels the frame needs.</summary>
    private static SKBitmap Decode(SKCodec codec, double scale)
    {
        var size = codec.GetScaledDimensions((float)Math.Max(scale, 0.01));
        if (size.Width < codec.Info.Width && size.Width > 0 && size.Height > 0)
        {
            var smaller = SKBitmap.Decode(codec, codec.Info.WithSize(size));
            if (smaller is not null) return smaller;
        }
        return SKBitmap.Decode(codec) ?? throw new DocumentRejectedException(ImageRejectionCodes.NotAnImage, "Gambar tidak dapat dibaca.");
    }

    /// <summary>The bitmap turned upright as the camera's EXIF orientation says (returns <paramref name="source"/> when upright).</summary>
    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft) return source;
        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var turned = new SKBitmap(swap ? source.Height : source.Width, swap ? source.Width : source.Height, source.ColorType, source.AlphaType);
        using (var c = new SKCanvas(turned))
        {
            float w = turned.Width, h = turned.Height;
            switch (origin)
            {
                case SKEncodedOrigin.TopRight: c.Translate(w, 0); c.Scale(-1, 1); break;
                case SKEncodedOrigin.BottomRight: c.Translate(w, h); c.RotateDegrees(180); break;
                case SKEncodedOrigin.BottomLeft: c.Translate(0, h); c.Scale(1, -1); break;
                case SKEncodedOrigin.LeftTop: c.RotateDegrees(90); c.Scale(1, -1); break;
                case SKEncodedOrigin.RightTop: c.Translate(w, 0); c.RotateDegrees(90); break;
                case SKEncodedOrigin.RightBottom: c.Translate(w, h); c.RotateDegrees(90); c.Scale(-1, 1); break;
                case SKEncodedOrigin.LeftBottom: c.Translate(0, h); c.RotateDegrees(270); break;
            }
            c.DrawBitmap(source, 0, 0);
        }
        source.Dispose();
        return turned;
    }
}
