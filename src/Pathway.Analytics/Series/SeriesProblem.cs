namespace Pathway.Analytics.Series;

/// <summary>One reason a series cannot be kept, on its field; <see cref="Limit"/> is the most characters the field takes.</summary>
public sealed record SeriesProblem(SeriesField Field, SeriesProblemKind Kind, int Limit = 0);
