namespace Pathway.People.Registry;

/// <summary>
/// The romanisation- and script-independent form of a name used to find duplicates:
/// Шевченко, SHEVCHENKO and Szewczenko share one skeleton.
/// </summary>
internal static class NameSkeleton
{
    public static string Of(string? name) => string.IsNullOrWhiteSpace(name) ? "" : Pathway.Documents.NameMatching.Key(name);

    /// <summary>The native-script name when its script has a skeleton; otherwise the Latin form from the document.</summary>
    public static string Of(string? native, string latin) => Of(native) is { Length: > 0 } key ? key : Of(latin);
}
