namespace Pathway.Analytics.DataExchange;

/// <summary>A count of persons as the warehouse groups them for a dataset: the month, then one code per dimension in the dataset's order.</summary>
public sealed record DatasetRow(DateOnly Month, IReadOnlyList<string> Codes, long Count);
