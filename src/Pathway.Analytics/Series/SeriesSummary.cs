namespace Pathway.Analytics.Series;

/// <summary>A stored series as lists show it: what it counts, how often, over which periods.</summary>
public sealed record SeriesSummary(
    Guid Id,
    string Key,
    string Title,
    string Frequency,
    string Unit,
    string Source,
    DateTime CreatedAt,
    Guid? CreatedBy,
    string? FirstPeriod,
    string? LastPeriod,
    int Periods);

/// <summary>One period of a series as the API shows it; a missing observation has no value.</summary>
public sealed record SeriesPoint(string Period, double? Value);

/// <summary>A stored series with its observations.</summary>
public sealed record SeriesDetail(SeriesSummary Series, IReadOnlyList<SeriesPoint> Points);
