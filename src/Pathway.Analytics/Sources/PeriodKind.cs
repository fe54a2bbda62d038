namespace Pathway.Analytics.Sources;

/// <summary>The length of an SDMX time period, as its written form tells it. Stored by its frequency code (<see cref="TimePeriod.FrequencyCode"/>).</summary>
public enum PeriodKind
{
    Year,
    Half,
    Trimester,
    Quarter,
    Month,
    Week,
    Day,
}
