namespace Pathway.Analytics.Series;

/// <summary>What a person sends to keep a series: the key (its series_id), a title, a unit, and the observations.</summary>
public enum SeriesField
{
    Key,
    Title,
    Unit,
    Points,
}
