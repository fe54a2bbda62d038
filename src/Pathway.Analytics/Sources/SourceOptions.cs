namespace Pathway.Analytics.Sources;

/// <summary>
/// How to read an outside table: the separator (detected from the header when null), the markers
/// of a missing value (<see cref="DefaultMissingMarkers"/> when null; an empty cell is always
/// missing), and for plain CSV the names of the time and value columns when they are not one of
/// the usual names.
/// </summary>
public sealed record SourceOptions(char? Separator = null, IReadOnlyList<string>? MissingMarkers = null, string? TimeColumn = null, string? ValueColumn = null)
{
    /// <summary>Eurostat's ":", the ".." of many national offices and the UN, "-", and NaN.</summary>
    public static readonly IReadOnlyList<string> DefaultMissingMarkers = [":", "..", "-", "NaN"];

    public static readonly IReadOnlyList<char> Separators = [',', ';', '\t', '|'];

    public IReadOnlyList<string> Markers => MissingMarkers is { Count: > 0 } given ? given : DefaultMissingMarkers;
}
