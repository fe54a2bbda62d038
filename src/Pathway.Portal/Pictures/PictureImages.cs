using System.Security.Cryptography;
using Pathway.Platform.Uploads;
using SkiaSharp;

namespace Pathway.Portal.Pictures;

/// <summary>A picture made fit to publish: its bytes (WebP), its size in pixels and the hash that names its address.</summary>
public sealed record PreparedPicture(byte[] Image, int Width, int Height, string Hash);

/// <summary>How large a prepared picture may be and must be, in pixels: a document's picture, or a logo (small, and often a wide strip).</summary>
public sealed record PictureSize(int MaxSide, int MinSide)
{
    public static readonly PictureSize Document = new(PictureImages.MaxSide, PictureImages.MinSide);

    /// <summary>Four times the header's height at most, for sharp print on dense screens.</summary>
    public static readonly PictureSize Logo = new(320, 16);
}

/// <summary>Why an upload is not taken as a picture, as an English message (the key of its translation) with what it names.</summary>
public sealed record PictureRefusal(string Reason, params object[] Arguments);

/// <summary>
/// Turns an editor's upload into the picture readers get. The upload is judged by its content (a
/// whole JPEG or PNG, whatever its name says), decoded, turned upright as its camera recorded,
/// scaled to fit its <see cref="PictureSize"/> and written anew as WebP. Writing it anew is the point: what
/// the camera or an editing program left in the file (the place it was taken, the device, comments)
/// is not copied, and nothing of the upload's own bytes reaches a reader.
/// </summary>
public static class PictureImages
{
    public const int MaxUploadBytes = 8 * 1024 * 1024;

    /// <summary>The longest side readers get, in pixels: enough to read a card's or a letter's print on a large screen.</summary>
    public const int MaxSide = 1200;

    /// <summary>The shortest side an upload may have: smaller pictures explain nothing.</summary>
    public const int MinSide = 100;

    // A decoded picture takes four bytes a pixel; beyond this an upload is refused before decoding
    // (a small file can claim a huge size).
    private const long MaxPixels = 30_000_000;

    private const int Quality = 80;

    public const string MediaType = "image/webp";

    /// <summary>The picture, or why the upload is not one.</summary>
    public static (PreparedPicture? Picture, PictureRefusal? Refusal) Prepare(ReadOnlySpan<byte> upload, PictureSize? size = null)
    {
        size ??= PictureSize.Document;
        if (upload.Length > MaxUploadBytes)
        {
            return (null, new PictureRefusal("The picture is larger than {0} MB.", MaxUploadBytes / 1024 / 1024));
        }

        switch (UploadedContent.Judge(upload))
        {
            case ContentVerdict.Accepted { Kind: UploadKind.Jpeg or UploadKind.Png }:
                break;
            case ContentVerdict.Corrupt corrupt when corrupt.Kind != UploadKind.Pdf:
                return (null, new PictureRefusal("The picture is damaged: it starts as a {0} file but is not a whole one.", corrupt.Kind.ToString().ToUpperInvariant()));
            default:
                return (null, new PictureRefusal("A picture is a JPEG or PNG image; by its content this file is neither."));
        }

        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return (null, new PictureRefusal("The picture cannot be read: the file is damaged."));
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if ((long)width * height > MaxPixels)
        {
            return (null, new PictureRefusal("The picture is {0} by {1} pixels: at most {2} million pixels are taken.", width, height, MaxPixels / 1_000_000));
        }

        if (Math.Min(width, height) < size.MinSide)
        {
            return (null, new PictureRefusal("The picture is {0} by {1} pixels: each side needs at least {2}.", width, height, size.MinSide));
        }

        using var decoded = Decode(codec, size.MaxSide);
        if (decoded is null)
        {
            return (null, new PictureRefusal("The picture cannot be read: the file is damaged."));
        }

        using var upright = Upright(decoded, codec.EncodedOrigin);
        using var image = SKImage.FromBitmap(upright);
        using var encoded = image.Encode(SKEncodedImageFormat.Webp, Quality);
        var bytes = encoded.ToArray();
        return (new PreparedPicture(bytes, upright.Width, upright.Height, HashOf(bytes)), null);
    }

    /// <summary>The first 16 hex digits of the SHA-256 of the picture: a new picture gets a new address, so readers may keep one for good.</summary>
    public static string HashOf(ReadOnlySpan<byte> image) => Convert.ToHexStringLower(SHA256.HashData(image))[..16];

    /// <summary>
    /// Decodes at the size readers get: a JPEG decoder can scale by eighths as it reads (so a phone's
    /// photo never takes its full size in memory), and what is left is resampled to fit.
    /// </summary>
    private static SKBitmap? Decode(SKCodec codec, int maxSide)
    {
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        var scale = Math.Min(1f, (float)maxSide / Math.Max(width, height));
        var target = new SKSizeI(Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
        // The smallest size the decoder offers (in eighths) that is not smaller than the target.
        var read = Enumerable.Range(1, 8).Select(k => codec.GetScaledDimensions(k / 8f))
            .FirstOrDefault(s => s.Width >= target.Width && s.Height >= target.Height, new SKSizeI(width, height));
        var info = new SKImageInfo(read.Width, read.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            bitmap.Dispose();
            return null;
        }

        if (target.Width >= read.Width && target.Height >= read.Height)
        {
            return bitmap;
        }

        var resized = bitmap.Resize(new SKImageInfo(target.Width, target.Height, SKColorType.Rgba8888, SKAlphaType.Premul), new SKSamplingOptions(SKCubicResampler.Mitchell));
        bitmap.Dispose();
        return resized;
    }

    /// <summary>The picture as the camera saw it: a phone records how it was held (EXIF orientation) instead of turning the pixels.</summary>
    private static SKBitmap Upright(SKBitmap source, SKEncodedOrigin origin)
    {
        var (w, h) = ((float)source.Width, (float)source.Height);
        // Maps a pixel of the stored picture to its place in the upright one.
        SKMatrix? matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => null,
        };
        if (matrix is null)
        {
            return source.Copy();
        }

        var turned = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(new SKImageInfo(turned ? source.Height : source.Width, turned ? source.Width : source.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(result);
        canvas.SetMatrix(matrix.Value);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, SKSamplingOptions.Default);
        return result;
    }
}
