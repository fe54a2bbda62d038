namespace Pathway.Analytics.OfficialStatistics;

/// <summary>A table of one dataflow: every cell, totals included, zeros included, in the code lists' order.</summary>
internal sealed record StatisticsTable(Dataflow Dataflow, IReadOnlyList<StatisticsCell> Cells)
{
    /// <summary>The cell with these codes, in the dataflow's dimension order; null when the table has none.</summary>
    public StatisticsCell? Find(params string[] key) => Cells.FirstOrDefault(c => c.Key.SequenceEqual(key, StringComparer.Ordinal));
}
