namespace Pathway.Analytics.Warehouse;

/// <summary>
/// The small fixed dimensions (sex, age band, purpose, outcome, citizenship) as rows, so an analyst's own
/// tool reading the exported tables finds every code and its order; pages name them in the reader's language.
/// </summary>
public sealed class CodeDimension
{
    public string Dimension { get; init; } = "";
    public string Code { get; init; } = "";
    public int Position { get; init; }
}
