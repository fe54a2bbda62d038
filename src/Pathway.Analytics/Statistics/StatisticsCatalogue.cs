using Pathway.Analytics.DataExchange;

namespace Pathway.Analytics.Statistics;

/// <summary>The protected datasets of the office statistics: the threshold, when the warehouse last changed, and each dataset.</summary>
public sealed record StatisticsCatalogue(int Threshold, DateTime? UpdatedAt, IReadOnlyList<StatisticsDataset> Datasets);

/// <summary>A protected dataset: what it holds, its dimensions with their code lists and labels, and where its slices are.</summary>
public sealed record StatisticsDataset(string Id, string Title, string Description, string Dataflow, IReadOnlyList<DimensionAnswer> Dimensions, string Json, string Csv);
