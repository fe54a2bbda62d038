using Microsoft.Extensions.Localization;

namespace Pathway.Cases.PaperFiles;

/// <summary>A tag problem in the reader's language, and the form field or query parameter it belongs to.</summary>
public static class TagProblemText
{
    public static string FieldOf(TagProblem problem) => problem.Kind switch
    {
        TagProblemKind.FilterOutOfRange => "filter",
        TagProblemKind.CompanyPrefixNotDigits or TagProblemKind.CompanyPrefixLength => "companyPrefix",
        TagProblemKind.AssetReferenceNotDigits or TagProblemKind.AssetReferenceLeadingZero or TagProblemKind.AssetReferenceTooLarge => "assetReference",
        TagProblemKind.HexMalformed or TagProblemKind.NotGiai96 or TagProblemKind.PartitionReserved or TagProblemKind.CompanyPrefixOverflow => "tag",
    };

    public static string Describe(TagProblem problem, IStringLocalizer text) => problem.Kind switch
    {
        TagProblemKind.FilterOutOfRange => text["The filter must be a number from 0 to 7."],
        TagProblemKind.CompanyPrefixNotDigits => text["The company prefix must be digits only."],
        TagProblemKind.CompanyPrefixLength => text["The company prefix must have 6 to 12 digits."],
        TagProblemKind.AssetReferenceNotDigits => text["The asset reference must be digits only: GIAI-96 holds numbers."],
        TagProblemKind.AssetReferenceLeadingZero => text["The asset reference must not begin with 0."],
        TagProblemKind.AssetReferenceTooLarge => text["The asset reference is too large for this company prefix ({0} bits).", problem.Limit],
        TagProblemKind.HexMalformed => text["A GIAI-96 tag is 24 hexadecimal characters (0-9, A-F)."],
        TagProblemKind.NotGiai96 => text["This is not a GIAI-96 tag: its header is {0} ({1}).", $"0x{problem.Limit:X2}", EpcHeaders.Name(problem.Limit)],
        TagProblemKind.PartitionReserved => text["The tag's partition value is reserved: it is not a valid GIAI-96 tag."],
        TagProblemKind.CompanyPrefixOverflow => text["The tag's company prefix is too long for its partition: it is not a valid GIAI-96 tag."],
    };
}
