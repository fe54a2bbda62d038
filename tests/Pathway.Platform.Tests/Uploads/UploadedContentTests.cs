using System.Text;
using Pathway.Platform.Uploads;

namespace Pathway.Platform.Tests.Uploads;

public class UploadedContentTests
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\r\n");
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0xFF, 0xD9];

    [Fact]
    public void Judge_WholeFiles_AreTakenByTheirContent()
    {
        UploadedContent.Judge(Png).ShouldBe(new ContentVerdict.Accepted(UploadKind.Png));
        UploadedContent.Judge(Pdf).ShouldBe(new ContentVerdict.Accepted(UploadKind.Pdf));
        UploadedContent.Judge(Jpeg).ShouldBe(new ContentVerdict.Accepted(UploadKind.Jpeg));
        UploadedContent.Judge([.. Jpeg, 0, 0]).ShouldBe(new ContentVerdict.Accepted(UploadKind.Jpeg), "cameras pad after the end marker");
    }

    [Fact]
    public void Judge_OtherContent_IsTheWrongType_WhateverItsName()
    {
        UploadedContent.Judge(Encoding.UTF8.GetBytes("%PDF")).ShouldBe(new ContentVerdict.WrongType(), "too short to be the signature");
        UploadedContent.Judge(Encoding.UTF8.GetBytes("<html>not a pdf</html>")).ShouldBe(new ContentVerdict.WrongType());
        UploadedContent.Judge("GIF89a"u8).ShouldBe(new ContentVerdict.WrongType());
        UploadedContent.Judge([]).ShouldBe(new ContentVerdict.WrongType());
    }

    [Fact]
    public void Judge_APngWithABadHeaderOrCutShort_IsCorrupt()
    {
        var badCrc = Png.ToArray();
        badCrc[29] ^= 0xFF;
        var zeroWidth = Png.ToArray();
        zeroWidth[19] = 0;
        var wrongChunk = Png.ToArray();
        wrongChunk[12] = (byte)'X';

        UploadedContent.Judge(badCrc).ShouldBe(new ContentVerdict.Corrupt(UploadKind.Png));
        UploadedContent.Judge(zeroWidth).ShouldBe(new ContentVerdict.Corrupt(UploadKind.Png));
        UploadedContent.Judge(wrongChunk).ShouldBe(new ContentVerdict.Corrupt(UploadKind.Png));
        UploadedContent.Judge(Png[..^12]).ShouldBe(new ContentVerdict.Corrupt(UploadKind.Png), "no end chunk");
        UploadedContent.Judge(Png[..20]).ShouldBe(new ContentVerdict.Corrupt(UploadKind.Png));
    }

    [Fact]
    public void Judge_APdfOrJpegWithoutItsEndMarker_IsCorrupt()
    {
        UploadedContent.Judge(Pdf[..^8]).ShouldBe(new ContentVerdict.Corrupt(UploadKind.Pdf));
        UploadedContent.Judge(Jpeg[..^2]).ShouldBe(new ContentVerdict.Corrupt(UploadKind.Jpeg));
    }
}
