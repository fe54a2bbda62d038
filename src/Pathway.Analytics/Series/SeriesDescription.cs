namespace Pathway.Analytics.Series;

/// <summary>What a person says about a series they store: a readable title and the unit counted.</summary>
public sealed record SeriesDescription(string? Title, string? Unit);
