using System.Globalization;

namespace Pathway.Forecasting.Staffing;

/// <summary>Calls expected in one hour of the week (hour 0..23, starting on the hour).</summary>
public sealed record HourlyCalls(DayOfWeek Weekday, int Hour, double Calls)
{
    /// <summary>"Mon 08:00": English and culture-free, for logs and the plain table; pages localise from the fields.</summary>
    public string Label => HourOfWeek.Label(Weekday, Hour);
}

/// <summary>The week as the office plans it: Monday first (ISO 8601).</summary>
public static class HourOfWeek
{
    private static readonly string[] ShortNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    /// <summary>1 for Monday .. 7 for Sunday.</summary>
    public static int IsoDay(DayOfWeek weekday) => weekday == DayOfWeek.Sunday ? 7 : (int)weekday;

    public static DayOfWeek FromIsoDay(int isoDay) => isoDay == 7 ? DayOfWeek.Sunday : (DayOfWeek)isoDay;

    /// <summary>0 for Monday 00:00 .. 167 for Sunday 23:00.</summary>
    public static int Index(DayOfWeek weekday, int hour) => (IsoDay(weekday) - 1) * 24 + hour;

    public static string ShortName(DayOfWeek weekday) => ShortNames[IsoDay(weekday) - 1];

    public static string Label(DayOfWeek weekday, int hour) =>
        string.Create(CultureInfo.InvariantCulture, $"{ShortName(weekday)} {hour:00}:00");
}
