using Pathway.Cases.PaperFiles;

namespace Pathway.Cases.Tests;

public class Giai96Tests
{
    [Fact]
    public void Encode_TheTagDataStandardsExample()
    {
        var tag = Encoded(Giai96.Encode("0614141", "5678", 3));

        tag.Hex.ShouldBe("3474257BF40000000000162E");
        tag.TagUri.ShouldBe("urn:epc:tag:giai-96:3.0614141.5678");
        tag.PureIdentityUri.ShouldBe("urn:epc:id:giai:0614141.5678");
    }

    [Fact]
    public void Decode_TheTagDataStandardsExample()
    {
        var tag = Encoded(Giai96.Decode("3474257bf40000000000162e"));

        tag.ShouldBe(new Giai96(3, "0614141", "5678"));
    }

    [Theory]
    [InlineData("012345", 62)]
    [InlineData("0123456", 58)]
    [InlineData("01234567", 55)]
    [InlineData("012345678", 52)]
    [InlineData("0123456789", 48)]
    [InlineData("01234567890", 45)]
    [InlineData("012345678901", 42)]
    public void EveryPartition_RoundTripsItsLargestReference(string prefix, int referenceBits)
    {
        var largest = ((System.Numerics.BigInteger.One << referenceBits) - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var filter in Enumerable.Range(0, 8))
        {
            var tag = Encoded(Giai96.Encode(prefix, largest, filter));
            Encoded(Giai96.Decode(tag.Hex)).ShouldBe(tag);
        }

        var tooLarge = ((System.Numerics.BigInteger.One << referenceBits)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Refused(Giai96.Encode(prefix, tooLarge)).Kind.ShouldBe(TagProblemKind.AssetReferenceTooLarge);
    }

    [Fact]
    public void RandomTags_RoundTrip()
    {
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var digits = random.Next(6, 13);
            var prefix = string.Concat(Enumerable.Range(0, digits).Select(_ => (char)('0' + random.Next(10))));
            var bits = 82 - Giai96Partitions.ForPrefixDigits(digits).PrefixBits;
            var reference = ((ulong)random.NextInt64() & ((1UL << bits) - 1)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var tag = Encoded(Giai96.Encode(prefix, reference, random.Next(8)));
            Encoded(Giai96.Decode(tag.Hex)).ShouldBe(tag);
        }
    }

    [Theory]
    [InlineData("0614141", "05678", 0, TagProblemKind.AssetReferenceLeadingZero)]
    [InlineData("0614141", "A5678", 0, TagProblemKind.AssetReferenceNotDigits)]
    [InlineData("0614141", "", 0, TagProblemKind.AssetReferenceNotDigits)]
    [InlineData("06141", "5678", 0, TagProblemKind.CompanyPrefixLength)]
    [InlineData("0614141234567", "5678", 0, TagProblemKind.CompanyPrefixLength)]
    [InlineData("06141X1", "5678", 0, TagProblemKind.CompanyPrefixNotDigits)]
    [InlineData("0614141", "5678", 8, TagProblemKind.FilterOutOfRange)]
    public void Encode_RefusesWhatCannotBeATag(string prefix, string reference, int filter, TagProblemKind kind)
    {
        Refused(Giai96.Encode(prefix, reference, filter)).Kind.ShouldBe(kind);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData(" ", 0)]
    [InlineData("3", 3)]
    public void Encode_FilterAsText_IsZeroWhenEmpty(string? filter, int expected)
    {
        Encoded(Giai96.Encode("0614141", "5678", filter)).Filter.ShouldBe(expected);
    }

    [Theory]
    [InlineData("three")]
    [InlineData("-1")]
    [InlineData("8")]
    public void Encode_FilterAsText_RefusesWhatIsNotZeroToSeven(string filter)
    {
        Refused(Giai96.Encode("0614141", "5678", filter)).Kind.ShouldBe(TagProblemKind.FilterOutOfRange);
    }

    [Fact]
    public void Encode_AcceptsReferenceZero()
    {
        Encoded(Giai96.Decode(Encoded(Giai96.Encode("0614141", "0")).Hex)).AssetReference.ShouldBe("0");
    }

    [Theory]
    [InlineData("3074257BF7194E4000001A85", TagProblemKind.NotGiai96)] // an SGTIN-96
    [InlineData("3474257BF40000000000162", TagProblemKind.HexMalformed)]
    [InlineData("3474257BF40000000000162G", TagProblemKind.HexMalformed)]
    [InlineData("341C00000000000000000000", TagProblemKind.PartitionReserved)]
    [InlineData("3403FFFFFFFFFC0000000005", TagProblemKind.CompanyPrefixOverflow)]
    public void Decode_RefusesOtherAndImpossibleTags(string hex, TagProblemKind kind)
    {
        var problem = Refused(Giai96.Decode(hex));

        problem.Kind.ShouldBe(kind);
        problem.Describe().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Decode_NamesTheSchemeOfAnotherTag()
    {
        Refused(Giai96.Decode("3074257BF7194E4000001A85")).Describe().ShouldContain("SGTIN-96");
    }

    private static Giai96 Encoded(TagResult result) => result.ShouldBeOfType<TagEncoded>().Tag;

    private static TagProblem Refused(TagResult result) => result.ShouldBeOfType<TagRefused>().Problem;
}
