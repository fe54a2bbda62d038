namespace Pathway.People.Registry;

/// <summary>
/// The romanisation- and script-independent form of a name used to find duplicates:
/// Шевченко, SHEVCHENKO and Szewczenko share one skeleton.
/// </summary>
internal static class NameSkeleton
{
    public static string Of(string? name) => string.IsNullOrWhiteSpace(name) ? "" : Pathway.Documents.NameMatching.Key(name);
}
