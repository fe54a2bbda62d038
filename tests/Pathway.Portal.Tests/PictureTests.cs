using System.Text;
using Pathway.Portal.Content;
using Pathway.Portal.Pictures;
using SkiaSharp;

namespace Pathway.Portal.Tests;

public class PictureTests
{
    /// <summary>A picture whose left half is red and right half blue: where the halves end up shows how it was turned.</summary>
    private static byte[] Halves(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var red = new SKPaint { Color = SKColors.Red };
            using var blue = new SKPaint { Color = SKColors.Blue };
            canvas.DrawRect(0, 0, width / 2f, height, red);
            canvas.DrawRect(width / 2f, 0, width / 2f, height, blue);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 95);
        return data.ToArray();
    }

    /// <summary>
    /// A JPEG as a phone writes it: an EXIF segment after the start marker saying how the phone was
    /// held (orientation), and a comment that stands for what must not reach readers (a place, a device).
    /// </summary>
    private static byte[] WithExif(byte[] jpeg, ushort orientation, string comment)
    {
        // TIFF header (big-endian), one IFD entry: tag 0x0112 (orientation), type SHORT, count 1, value.
        byte[] tiff = [(byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, (byte)(orientation >> 8), (byte)orientation, 0, 0, 0, 0, 0, 0];
        var exif = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var commentBytes = Encoding.ASCII.GetBytes(comment);
        var app1 = new byte[] { 0xFF, 0xE1, (byte)((exif.Length + 2) >> 8), (byte)(exif.Length + 2) }.Concat(exif);
        var com = new byte[] { 0xFF, 0xFE, (byte)((commentBytes.Length + 2) >> 8), (byte)(commentBytes.Length + 2) }.Concat(commentBytes);
        return [.. jpeg.Take(2), .. app1, .. com, .. jpeg.Skip(2)];
    }

    private static SKColor At(byte[] webp, double x, double y)
    {
        using var bitmap = SKBitmap.Decode(webp);
        return bitmap.GetPixel((int)(x * bitmap.Width), (int)(y * bitmap.Height));
    }

    private static bool IsRed(SKColor c) => c.Red > 200 && c.Blue < 60;

    private static bool IsBlue(SKColor c) => c.Blue > 200 && c.Red < 60;

    [Fact]
    public void Prepare_APng_IsWrittenAnewAsWebP_AtItsSize()
    {
        var (picture, refusal) = PictureImages.Prepare(Halves(400, 200, SKEncodedImageFormat.Png));

        refusal.ShouldBeNull();
        picture!.Width.ShouldBe(400);
        picture.Height.ShouldBe(200);
        Encoding.ASCII.GetString(picture.Image, 0, 4).ShouldBe("RIFF");
        Encoding.ASCII.GetString(picture.Image, 8, 4).ShouldBe("WEBP");
        IsRed(At(picture.Image, 0.1, 0.5)).ShouldBeTrue();
        IsBlue(At(picture.Image, 0.9, 0.5)).ShouldBeTrue();
        picture.Hash.ShouldBe(PictureImages.HashOf(picture.Image));
        picture.Hash.Length.ShouldBe(DocumentPicture.HashLength);
    }

    [Fact]
    public void Prepare_ALargePhoto_IsScaledToFit_KeepingItsShape()
    {
        var (picture, _) = PictureImages.Prepare(Halves(3000, 2000, SKEncodedImageFormat.Jpeg));

        picture!.Width.ShouldBe(PictureImages.MaxSide);
        picture.Height.ShouldBe(800);
        IsRed(At(picture.Image, 0.25, 0.5)).ShouldBeTrue();
        IsBlue(At(picture.Image, 0.75, 0.5)).ShouldBeTrue();
    }

    [Theory]
    [InlineData(6, 200, 400)] // held turned right: shown turned 90° clockwise, the red half on top
    [InlineData(8, 200, 400)] // turned left: the red half at the bottom
    [InlineData(3, 400, 200)] // upside down: red on the right
    [InlineData(1, 400, 200)] // upright
    public void Prepare_APhoneJpeg_IsTurnedUpright_AndLeavesItsMetadataBehind(ushort orientation, int width, int height)
    {
        var upload = WithExif(Halves(400, 200, SKEncodedImageFormat.Jpeg), orientation, "GPS 52.2297N 21.0122E secret-device");

        var (picture, refusal) = PictureImages.Prepare(upload);

        refusal.ShouldBeNull();
        picture!.Width.ShouldBe(width);
        picture.Height.ShouldBe(height);
        var (redAt, blueAt) = orientation switch
        {
            6 => ((0.5, 0.1), (0.5, 0.9)),
            8 => ((0.5, 0.9), (0.5, 0.1)),
            3 => ((0.9, 0.5), (0.1, 0.5)),
            _ => ((0.1, 0.5), (0.9, 0.5)),
        };
        IsRed(At(picture.Image, redAt.Item1, redAt.Item2)).ShouldBeTrue();
        IsBlue(At(picture.Image, blueAt.Item1, blueAt.Item2)).ShouldBeTrue();
        var text = Encoding.ASCII.GetString(picture.Image);
        text.ShouldNotContain("secret-device");
        text.ShouldNotContain("Exif");
    }

    [Fact]
    public void Prepare_WhatIsNoPicture_IsRefusedWithTheReason()
    {
        PictureImages.Prepare("%PDF-1.7\n%%EOF\n"u8).Refusal!.Reason.ShouldBe("A picture is a JPEG or PNG image; by its content this file is neither.");
        PictureImages.Prepare("<svg xmlns='http://www.w3.org/2000/svg'/>"u8).Refusal!.Reason.ShouldBe("A picture is a JPEG or PNG image; by its content this file is neither.");

        var jpeg = Halves(400, 200, SKEncodedImageFormat.Jpeg);
        var cut = PictureImages.Prepare(jpeg.AsSpan(0, jpeg.Length / 2)).Refusal!;
        cut.Reason.ShouldBe("The picture is damaged: it starts as a {0} file but is not a whole one.");
        cut.Arguments.ShouldBe(["JPEG"]);

        var small = PictureImages.Prepare(Halves(80, 60, SKEncodedImageFormat.Png)).Refusal!;
        small.Reason.ShouldBe("The picture is {0} by {1} pixels: each side needs at least {2}.");
        small.Arguments.ShouldBe([80, 60, PictureImages.MinSide]);
    }

    [Fact]
    public void Prepare_APngClaimingAHugeSize_IsRefusedBeforeDecoding()
    {
        // A real PNG header with its size raised to 20,000 by 20,000 (and its checksum made again): a few bytes that would take 1.6 GB.
        var png = Halves(400, 200, SKEncodedImageFormat.Png);
        png[16] = 0; png[17] = 0; png[18] = 0x4E; png[19] = 0x20;
        png[20] = 0; png[21] = 0; png[22] = 0x4E; png[23] = 0x20;
        var crc = System.IO.Hashing.Crc32.HashToUInt32(png.AsSpan(12, 17)); // the PNG chunk checksum (ISO 3309 CRC-32)
        png[29] = (byte)(crc >> 24); png[30] = (byte)(crc >> 16); png[31] = (byte)(crc >> 8); png[32] = (byte)crc;

        var refusal = PictureImages.Prepare(png).Refusal!;

        refusal.Reason.ShouldBe("The picture is {0} by {1} pixels: at most {2} million pixels are taken.");
        refusal.Arguments.ShouldBe([20000, 20000, 30L]);
    }

    [Fact]
    public void NumberedEntries_AreTheFirstNumberedList_InPlainWords()
    {
        var body = """
            A residence card has two sides.

            - not this list

            1. **Surname** and given names
            2. The [card's number](term:card-number), `AB 123`
               on two lines
            3. Valid until

            On the back:

            1. a second list is not read
            """;

        MarkdownText.NumberedEntries(body).ShouldBe(["Surname and given names", "The card's number, AB 123 on two lines", "Valid until"]);
        MarkdownText.NumberedEntries("No list here.").ShouldBeEmpty();
    }

    [Fact]
    public void ToHtml_WithSpots_GivesTheFirstNumberedListsEntriesTheirIds()
    {
        var html = MarkdownText.ToHtml("1. one\n2. two\n\ntext\n\n1. other", spots: true);

        html.ShouldContain("<li id=\"spot-1\">one</li>");
        html.ShouldContain("<li id=\"spot-2\">two</li>");
        html.ShouldContain("<li>other</li>");
        MarkdownText.ToHtml("1. one").ShouldNotContain("spot-1");
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(12.34, 1234)]
    [InlineData(100.0, 10000)]
    public void Stored_APercentInThePicture_IsKeptInHundredths(double percent, int stored)
    {
        PictureSpots.Stored(percent).ShouldBe(stored);
        PictureSpots.Percent(stored).ShouldBe(percent, 0.001);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(100.1)]
    [InlineData(double.NaN)]
    public void Stored_APlaceOutsideThePicture_IsNone(double percent) => PictureSpots.Stored(percent).ShouldBeNull();
}
