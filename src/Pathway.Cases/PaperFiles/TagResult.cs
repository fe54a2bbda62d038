using static System.FormattableString;

namespace Pathway.Cases.PaperFiles;

/// <summary>A tag, or the reason there is none.</summary>
public abstract record TagResult
{
    public static implicit operator TagResult(Giai96 tag) => new TagEncoded(tag);

    public static implicit operator TagResult(TagProblem problem) => new TagRefused(problem);
}

public sealed record TagEncoded(Giai96 Tag) : TagResult;

public sealed record TagRefused(TagProblem Problem) : TagResult;

/// <summary>Why a value is not a GIAI-96 tag. <see cref="Limit"/> is the header, partition, bit or digit count the message names.</summary>
public sealed record TagProblem(TagProblemKind Kind, string Value, int Limit = 0)
{
    /// <summary>The problem in English, for the command line; pages and the API translate <see cref="Kind"/>.</summary>
    public string Describe() => Kind switch
    {
        TagProblemKind.FilterOutOfRange => Invariant($"The filter must be 0 to 7, not {Value}."),
        TagProblemKind.CompanyPrefixNotDigits => Invariant($"The company prefix must be digits only: \"{Value}\"."),
        TagProblemKind.CompanyPrefixLength => Invariant($"The company prefix must have 6 to 12 digits; \"{Value}\" has {Value.Length}."),
        TagProblemKind.AssetReferenceNotDigits => Invariant($"GIAI-96 holds only a numeric asset reference: \"{Value}\"."),
        TagProblemKind.AssetReferenceLeadingZero => Invariant($"GIAI-96 cannot hold an asset reference that begins with 0: \"{Value}\"."),
        TagProblemKind.AssetReferenceTooLarge => Invariant($"The asset reference {Value} does not fit the {Limit} bits left by this company prefix."),
        TagProblemKind.HexMalformed => Invariant($"A GIAI-96 tag is 24 hexadecimal characters: \"{Value}\"."),
        TagProblemKind.NotGiai96 => Invariant($"Not a GIAI-96 tag: the header is 0x{Limit:X2} ({EpcHeaders.Name(Limit)}), GIAI-96 is 0x34."),
        TagProblemKind.PartitionReserved => Invariant($"The tag's partition {Limit} is reserved: \"{Value}\" is not a valid GIAI-96 tag."),
        TagProblemKind.CompanyPrefixOverflow => Invariant($"The tag's company prefix does not fit in {Limit} digits: \"{Value}\" is not a valid GIAI-96 tag."),
    };
}

public enum TagProblemKind
{
    FilterOutOfRange,
    CompanyPrefixNotDigits,
    CompanyPrefixLength,
    AssetReferenceNotDigits,
    AssetReferenceLeadingZero,
    AssetReferenceTooLarge,
    HexMalformed,
    NotGiai96,
    PartitionReserved,
    CompanyPrefixOverflow,
}
