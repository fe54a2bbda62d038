using System.Globalization;

namespace Pathway.Analytics.Warehouse;

/// <summary>A calendar day with the periods statistics group by; every day a fact names has a row.</summary>
public sealed class DateDimension
{
    public DateOnly Date { get; init; }
    public int Year { get; init; }
    public int Quarter { get; init; }
    public int Month { get; init; }
    /// <summary>ISO 8601 week-numbering year and week: the week of 29 December 2025 is 2026-W01.</summary>
    public int IsoYear { get; init; }
    public int IsoWeek { get; init; }
    /// <summary>1 Monday … 7 Sunday (ISO 8601).</summary>
    public int DayOfWeek { get; init; }

    public static DateDimension Of(DateOnly day)
    {
        var at = day.ToDateTime(TimeOnly.MinValue);
        return new DateDimension
        {
            Date = day,
            Year = day.Year,
            Quarter = (day.Month + 2) / 3,
            Month = day.Month,
            IsoYear = ISOWeek.GetYear(at),
            IsoWeek = ISOWeek.GetWeekOfYear(at),
            DayOfWeek = day.DayOfWeek == System.DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek,
        };
    }
}
