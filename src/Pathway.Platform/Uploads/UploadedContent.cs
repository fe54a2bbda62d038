using System.Buffers.Binary;

namespace Pathway.Platform.Uploads;

/// <summary>The kinds of file people upload: an application's documents, a portal picture, a wallet document.</summary>
public enum UploadKind
{
    Pdf,
    Jpeg,
    Png,
}

/// <summary>What the bytes of an upload are, whatever its name says.</summary>
public abstract record ContentVerdict
{
    public sealed record Accepted(UploadKind Kind) : ContentVerdict
    {
        public string ContentType => Kind switch
        {
            UploadKind.Pdf => "application/pdf",
            UploadKind.Jpeg => "image/jpeg",
            UploadKind.Png => "image/png",
            _ => throw new InvalidOperationException($"No content type for {Kind}."),
        };
    }

    /// <summary>Neither a PDF, a JPEG nor a PNG.</summary>
    public sealed record WrongType : ContentVerdict;

    /// <summary>Starts as <paramref name="Kind"/> but is damaged or cut short.</summary>
    public sealed record Corrupt(UploadKind Kind) : ContentVerdict;
}

/// <summary>
/// Decides an upload's type by its content (magic bytes), and checks that it is whole: a PDF ends with
/// its end-of-file marker, a JPEG with its end-of-image marker, a PNG's header chunk has its size,
/// its values and its checksum right and the image ends with its end chunk.
/// </summary>
public static class UploadedContent
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] PdfEnd = "%%EOF"u8.ToArray();
    private static readonly byte[] PngEnd = [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    // A PDF may carry a little after its last %%EOF (a newline, padding from a scanner).
    private const int PdfTail = 1024;

    public static ContentVerdict Judge(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(PdfSignature))
        {
            var tail = content[Math.Max(0, content.Length - PdfTail)..];
            return tail.IndexOf(PdfEnd) >= 0 ? new ContentVerdict.Accepted(UploadKind.Pdf) : new ContentVerdict.Corrupt(UploadKind.Pdf);
        }

        if (content.StartsWith(PngSignature))
        {
            return PngIsWhole(content) ? new ContentVerdict.Accepted(UploadKind.Png) : new ContentVerdict.Corrupt(UploadKind.Png);
        }

        if (content.Length >= 3 && content[0] == 0xFF && content[1] == 0xD8 && content[2] == 0xFF)
        {
            return JpegIsWhole(content) ? new ContentVerdict.Accepted(UploadKind.Jpeg) : new ContentVerdict.Corrupt(UploadKind.Jpeg);
        }

        return new ContentVerdict.WrongType();
    }

    private static bool PngIsWhole(ReadOnlySpan<byte> content)
    {
        // Signature, then the IHDR chunk: length 13, type, width, height, depth, colour type, three methods, CRC.
        const int headerEnd = 8 + 4 + 4 + 13 + 4;
        if (content.Length < headerEnd + PngEnd.Length)
        {
            return false;
        }

        var chunk = content[8..headerEnd];
        if (BinaryPrimitives.ReadUInt32BigEndian(chunk) != 13 || !chunk[4..8].SequenceEqual("IHDR"u8))
        {
            return false;
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(chunk[8..]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(chunk[12..]);
        var depth = chunk[16];
        var colour = chunk[17];
        if (width is 0 or > int.MaxValue || height is 0 or > int.MaxValue || depth is not (1 or 2 or 4 or 8 or 16) || colour is not (0 or 2 or 3 or 4 or 6))
        {
            return false;
        }

        var crc = BinaryPrimitives.ReadUInt32BigEndian(chunk[^4..]);
        return System.IO.Hashing.Crc32.HashToUInt32(chunk[4..^4]) == crc && content.EndsWith(PngEnd);
    }

    private static bool JpegIsWhole(ReadOnlySpan<byte> content)
    {
        // The end-of-image marker, allowing the zero padding some cameras add after it.
        var end = content.TrimEnd((byte)0);
        return end.Length >= 4 && end[^2] == 0xFF && end[^1] == 0xD9;
    }
}
