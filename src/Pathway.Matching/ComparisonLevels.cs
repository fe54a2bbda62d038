namespace Pathway.Matching;

/// <summary>
/// The level names of each comparison kind. Level 0 is always "missing" (one side empty), which
/// carries no weight; level 1 is always exact agreement.
/// </summary>
public static class ComparisonLevels
{
    private static readonly string[] NameLevels = ["missing", "exact", "transliteration", "jaro-winkler>=0.95 or 1 edit", "jaro-winkler>=0.88", "jaro-winkler>=0.7 or prefix", "different"];
    private static readonly string[] DateLevels = ["missing", "exact", "exact (weak date)", "day/month swapped", "one component different", "within a year", "different"];
    private static readonly string[] TextLevels = ["missing", "exact", "jaro-winkler>=0.95 or 1 edit", "jaro-winkler>=0.88", "different"];
    private static readonly string[] IdentifierLevels = ["missing", "exact", "1 edit", "2 edits", "different"];
    private static readonly string[] CategoryLevels = ["missing", "exact", "different"];

    public const int Missing = 0;
    public const int Exact = 1;

    public static IReadOnlyList<string> Of(ComparisonKind kind) => kind switch
    {
        ComparisonKind.Name => NameLevels,
        ComparisonKind.Date => DateLevels,
        ComparisonKind.Text => TextLevels,
        ComparisonKind.Identifier => IdentifierLevels,
        ComparisonKind.Category => CategoryLevels,
    };

    public static ComparisonKind KindOf(FieldRole role) => role switch
    {
        FieldRole.GivenName or FieldRole.Surname or FieldRole.FullName or FieldRole.City or FieldRole.BirthPlace => ComparisonKind.Name,
        FieldRole.BirthDate => ComparisonKind.Date,
        FieldRole.Address or FieldRole.Email or FieldRole.Text or FieldRole.Ignore => ComparisonKind.Text,
        FieldRole.Postcode or FieldRole.Phone or FieldRole.DocumentNumber => ComparisonKind.Identifier,
        FieldRole.Sex or FieldRole.Nationality => ComparisonKind.Category,
    };

    /// <summary>Common values of these roles say less when they agree, so their exact level is frequency-adjusted.</summary>
    public static bool UsesTermFrequency(FieldRole role) => role switch
    {
        FieldRole.GivenName or FieldRole.Surname or FieldRole.FullName or FieldRole.City or FieldRole.BirthPlace or FieldRole.BirthDate or FieldRole.Postcode => true,
        FieldRole.Ignore or FieldRole.Sex or FieldRole.Address or FieldRole.Email or FieldRole.Phone or FieldRole.DocumentNumber or FieldRole.Nationality or FieldRole.Text => false,
    };
}
