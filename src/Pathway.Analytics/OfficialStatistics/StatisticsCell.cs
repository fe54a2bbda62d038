namespace Pathway.Analytics.OfficialStatistics;

/// <summary>One cell of a table: its codes in the order of the dataflow's dimensions, the time period (the year) and the count.</summary>
internal sealed record StatisticsCell(IReadOnlyList<string> Key, string TimePeriod, long Count)
{
    /// <summary>The code of a dimension, by the dimension's id in <paramref name="dataflow"/>.</summary>
    public string Code(Dataflow dataflow, string dimension)
    {
        for (var at = 0; at < dataflow.Dimensions.Count; at++)
        {
            if (string.Equals(dataflow.Dimensions[at], dimension, StringComparison.Ordinal))
            {
                return Key[at];
            }
        }

        throw new ArgumentException($"{dataflow.Id} has no dimension {dimension}.", nameof(dimension));
    }
}
