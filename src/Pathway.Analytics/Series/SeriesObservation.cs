namespace Pathway.Analytics.Series;

/// <summary>
/// One period of a stored series. Every period from the first to the last has a row; a missing
/// observation has no value, so the series comes back with its gaps where they were.
/// </summary>
/// <remarks>
/// Not tenant-owned on its own: observations are reached only through their series, whose
/// query filter limits who sees them.
/// </remarks>
public sealed class SeriesObservation
{
    public Guid SeriesId { get; set; }
    public DateOnly Period { get; set; }
    public double? Value { get; set; }
}
