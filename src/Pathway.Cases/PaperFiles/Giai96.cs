using System.Globalization;
using System.Numerics;

namespace Pathway.Cases.PaperFiles;

/// <summary>
/// A Global Individual Asset Identifier in the 96-bit EPC binary encoding (GS1 EPC Tag Data
/// Standard, GIAI-96): header 0x34, a 3-bit filter, a 3-bit partition saying how the remaining 82
/// bits split between the GS1 company prefix and the individual asset reference, both as binary
/// integers. A paper case file carries one on its RFID label.
/// </summary>
public sealed record Giai96(int Filter, string CompanyPrefix, string AssetReference)
{
    public const byte Header = 0x34;

    /// <summary>The tag URI, with the filter: what a reader reports.</summary>
    public string TagUri => $"urn:epc:tag:giai-96:{Filter.ToString(CultureInfo.InvariantCulture)}.{CompanyPrefix}.{AssetReference}";

    /// <summary>The pure identity URI, without the filter: the asset itself.</summary>
    public string PureIdentityUri => $"urn:epc:id:giai:{CompanyPrefix}.{AssetReference}";

    /// <summary>The 96 bits as 24 upper-case hexadecimal characters.</summary>
    public string Hex
    {
        get
        {
            var partition = Giai96Partitions.ForPrefixDigits(CompanyPrefix.Length);
            UInt128 bits = Header;
            bits = (bits << 3) | (uint)Filter;
            bits = (bits << 3) | (uint)partition.Value;
            bits = (bits << partition.PrefixBits) | ulong.Parse(CompanyPrefix, CultureInfo.InvariantCulture);
            bits = (bits << partition.ReferenceBits) | ulong.Parse(AssetReference, CultureInfo.InvariantCulture);
            return bits.ToString("X24", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// Encodes the values as a form, the API or the command line carries them: the filter as text,
    /// 0 when empty; a filter that is not a number is refused like one out of range.
    /// </summary>
    public static TagResult Encode(string? companyPrefix, string? assetReference, string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return Encode(companyPrefix ?? "", assetReference ?? "");
        }

        return int.TryParse(filter.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? Encode(companyPrefix ?? "", assetReference ?? "", value)
            : new TagProblem(TagProblemKind.FilterOutOfRange, filter.Trim());
    }

    /// <summary>Encodes a company prefix and a numeric asset reference; a value that cannot be encoded gives a problem, never a wrong tag.</summary>
    public static TagResult Encode(string companyPrefix, string assetReference, int filter = 0)
    {
        companyPrefix = companyPrefix.Trim();
        assetReference = assetReference.Trim();
        if (filter is < 0 or > 7)
        {
            return new TagProblem(TagProblemKind.FilterOutOfRange, filter.ToString(CultureInfo.InvariantCulture));
        }

        if (!IsDigits(companyPrefix))
        {
            return new TagProblem(TagProblemKind.CompanyPrefixNotDigits, companyPrefix);
        }

        if (companyPrefix.Length is < Giai96Partitions.MinPrefixDigits or > Giai96Partitions.MaxPrefixDigits)
        {
            return new TagProblem(TagProblemKind.CompanyPrefixLength, companyPrefix);
        }

        if (!IsDigits(assetReference))
        {
            // GIAI-96 holds only numbers; an alphanumeric reference needs GIAI-202.
            return new TagProblem(TagProblemKind.AssetReferenceNotDigits, assetReference);
        }

        if (assetReference.Length > 1 && assetReference[0] == '0')
        {
            // The reference is stored as an integer: leading zeros would be lost on the way back.
            return new TagProblem(TagProblemKind.AssetReferenceLeadingZero, assetReference);
        }

        var partition = Giai96Partitions.ForPrefixDigits(companyPrefix.Length);
        var reference = BigInteger.Parse(assetReference, CultureInfo.InvariantCulture);
        if (reference >= BigInteger.One << partition.ReferenceBits)
        {
            return new TagProblem(TagProblemKind.AssetReferenceTooLarge, assetReference, partition.ReferenceBits);
        }

        return new Giai96(filter, companyPrefix, assetReference);
    }

    /// <summary>Decodes 24 hexadecimal characters; another scheme, a reserved partition or an impossible prefix is a problem.</summary>
    public static TagResult Decode(string hex)
    {
        hex = hex.Trim();
        if (hex.Length != 24 || !hex.All(char.IsAsciiHexDigit))
        {
            return new TagProblem(TagProblemKind.HexMalformed, hex);
        }

        var bits = UInt128.Parse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        var header = (byte)(bits >> 88);
        if (header != Header)
        {
            return new TagProblem(TagProblemKind.NotGiai96, hex, header);
        }

        var filter = (int)((bits >> 85) & 0b111);
        var partitionValue = (int)((bits >> 82) & 0b111);
        if (Giai96Partitions.ForValue(partitionValue) is not { } partition)
        {
            return new TagProblem(TagProblemKind.PartitionReserved, hex, partitionValue);
        }

        var prefix = (ulong)((bits >> partition.ReferenceBits) & ((UInt128.One << partition.PrefixBits) - 1));
        var reference = (ulong)(bits & ((UInt128.One << partition.ReferenceBits) - 1));
        var prefixText = prefix.ToString(CultureInfo.InvariantCulture).PadLeft(partition.PrefixDigits, '0');
        if (prefixText.Length > partition.PrefixDigits)
        {
            return new TagProblem(TagProblemKind.CompanyPrefixOverflow, hex, partition.PrefixDigits);
        }

        return new Giai96(filter, prefixText, reference.ToString(CultureInfo.InvariantCulture));
    }

    private static bool IsDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);
}
