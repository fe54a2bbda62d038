using System.Globalization;
using System.Text.RegularExpressions;

namespace Pathway.Analytics.Sources;

/// <summary>
/// A time period as SDMX writes it (SDMX 2.1 Section 6, Technical Notes, "Time period"): the
/// Gregorian forms YYYY, YYYY-MM and YYYY-MM-DD; the reporting periods YYYY-A1, YYYY-Sn, YYYY-Tn,
/// YYYY-Qn, YYYY-Mmm, YYYY-Wnn and YYYY-Dnnn (with the reporting year starting on 1 January); and
/// the forms of Eurostat's older downloads, 2008M01, 2008Q1, 2008S1, 2008W01, 2008M01D01.
/// <see cref="Start"/> is the first day of the period (a week's Monday, by ISO 8601).
/// </summary>
public readonly partial record struct TimePeriod(string Written, DateOnly Start, PeriodKind Kind)
{
    /// <summary>The CL_FREQ code of periods of this length (T, the trimester, has none in CL_FREQ and keeps its letter).</summary>
    public string FrequencyCode => CodeOf(Kind);

    public static string CodeOf(PeriodKind kind) => kind switch
    {
        PeriodKind.Year => "A",
        PeriodKind.Half => "S",
        PeriodKind.Trimester => "T",
        PeriodKind.Quarter => "Q",
        PeriodKind.Month => "M",
        PeriodKind.Week => "W",
        PeriodKind.Day => "D",
    };

    public static bool TryParse(string? text, out TimePeriod period)
    {
        period = default;
        var written = text?.Trim() ?? "";
        var match = Pattern().Match(written);
        if (!match.Success)
        {
            return false;
        }

        var year = Number(match.Groups["year"].Value);
        if (year < 1)
        {
            return false;
        }

        DateOnly? start = null;
        PeriodKind kind;
        if (match.Groups["month"].Success)
        {
            var month = Number(match.Groups["month"].Value);
            if (match.Groups["day"].Success)
            {
                kind = PeriodKind.Day;
                var day = Number(match.Groups["day"].Value);
                start = month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
            }
            else
            {
                kind = PeriodKind.Month;
                start = month is >= 1 and <= 12 ? new DateOnly(year, month, 1) : null;
            }
        }
        else if (match.Groups["letter"].Success)
        {
            var n = Number(match.Groups["n"].Value);
            (kind, start) = match.Groups["letter"].Value switch
            {
                "A" => (PeriodKind.Year, n == 1 ? new DateOnly(year, 1, 1) : (DateOnly?)null),
                "S" => (PeriodKind.Half, n is 1 or 2 ? new DateOnly(year, 1 + (6 * (n - 1)), 1) : null),
                "T" => (PeriodKind.Trimester, n is >= 1 and <= 3 ? new DateOnly(year, 1 + (4 * (n - 1)), 1) : null),
                "Q" => (PeriodKind.Quarter, n is >= 1 and <= 4 ? new DateOnly(year, 1 + (3 * (n - 1)), 1) : null),
                "M" => (PeriodKind.Month, n is >= 1 and <= 12 ? new DateOnly(year, n, 1) : null),
                "W" => (PeriodKind.Week, n >= 1 && n <= ISOWeek.GetWeeksInYear(year) ? DateOnly.FromDateTime(ISOWeek.ToDateTime(year, n, DayOfWeek.Monday)) : null),
                _ => (PeriodKind.Day, n >= 1 && n <= (DateTime.IsLeapYear(year) ? 366 : 365) ? new DateOnly(year, 1, 1).AddDays(n - 1) : null),
            };
        }
        else
        {
            kind = PeriodKind.Year;
            start = new DateOnly(year, 1, 1);
        }

        if (start is not { } first)
        {
            return false;
        }

        // A reporting period's number has a fixed width (2008-M01, 2008-W05, 2008-D032); the older Eurostat forms keep theirs too.
        if (match.Groups["letter"].Success && match.Groups["n"].Value.Length != Width(kind))
        {
            return false;
        }

        period = new TimePeriod(written, first, kind);
        return true;
    }

    private static int Width(PeriodKind kind) => kind switch
    {
        PeriodKind.Month or PeriodKind.Week => 2,
        PeriodKind.Day => 3,
        _ => 1,
    };

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    // YYYY | YYYY-MM | YYYY-MM-DD | YYYY-Xn (reporting periods) | YYYYXn (Eurostat's older downloads) | YYYYMmmDdd.
    [GeneratedRegex(
        @"^(?<year>[0-9]{4})(?:-(?<month>[0-9]{2})(?:-(?<day>[0-9]{2}))?|-?(?<letter>[ASTQMWD])(?<n>[0-9]{1,3})|M(?<month>[0-9]{2})D(?<day>[0-9]{2}))?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();
}
