using Pathway.Analytics.DataExchange;
using Pathway.Analytics.Disclosure;

namespace Pathway.Analytics.Statistics;

/// <summary>
/// One view of the office statistics: a dataset's cells over the period's months, along one dimension
/// (<see cref="Across"/>: each of its codes and its total, or the one code a filter chose), the others at
/// the filter's code or their total. Every cell is the protected cube's own, cut by
/// <see cref="ProtectedDataset.Slice"/>; nothing here is added up.
/// </summary>
public sealed record StatisticsView(
    string Id,
    ProtectedDataset Data,
    string Across,
    IReadOnlyList<string> Months,
    IReadOnlyList<string> Codes,
    IReadOnlyDictionary<(string Month, string Code), ProtectedCell> Cells,
    IReadOnlyList<string> Narrowing,
    IReadOnlyList<string> NotApplied,
    string? Unnamed)
{
    /// <summary>The cell of a month and a code of <see cref="Across"/>; null when the view has none there.</summary>
    public ProtectedCell? Cell(string month, string code) => Cells.GetValueOrDefault((month, code));

    /// <summary>Whether <see cref="Across"/> stands at one code a filter chose, so the view has no total beside it.</summary>
    public bool Fixed => Codes.Count == 1 && Codes[0] != DatasetCatalogue.Total;
}
