using System.Globalization;
using Pathway.Platform.Localization;

namespace Pathway.Cases.TimeLimits;

/// <summary>
/// The time-limit question as the page's address and the API carry it (start, and days, weeks or
/// months), checked into a start and a period with errors in the reader's language.
/// </summary>
public sealed record TimeLimitQuery(string? Start, string? Days, string? Weeks, string? Months)
{
    public (DateOnly Start, Period Period)? Read(FieldErrors errors)
    {
        DateOnly? start = null;
        if (string.IsNullOrWhiteSpace(Start))
        {
            errors.Add("start", "Enter the day of the event that starts the time limit.");
        }
        else if (!DateOnly.TryParseExact(Start.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add("start", "The start must be a date written as YYYY-MM-DD.");
        }
        else if (!PolishHolidays.Covers(date.Year))
        {
            errors.Add("start", "Time limits can be counted from {0} to {1}.", PolishHolidays.FirstYear, PolishHolidays.LastYear);
        }
        else
        {
            start = date;
        }

        var given = new (string Field, string? Text, PeriodUnit Unit)[] { ("days", Days, PeriodUnit.Days), ("weeks", Weeks, PeriodUnit.Weeks), ("months", Months, PeriodUnit.Months) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Text))
            .ToList();
        Period? period = null;
        if (given.Count != 1)
        {
            errors.Add("length", "Give the length of the time limit once: in days, weeks or months.");
        }
        else if (!int.TryParse(given[0].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var length) || !new Period(length, given[0].Unit).IsValid)
        {
            errors.Add(given[0].Field, "The length must be a whole number from 1 up to about ten years.");
        }
        else
        {
            period = new Period(length, given[0].Unit);
        }

        return start is { } s && period is { } p ? (s, p) : null;
    }

    /// <summary>A year for the holiday list: the current one when none is given.</summary>
    public static int? ReadYear(string? text, FieldErrors errors, int currentYear)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return currentYear;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && PolishHolidays.Covers(year))
        {
            return year;
        }

        errors.Add("year", "The year must be a number from {0} to {1}.", PolishHolidays.FirstYear, PolishHolidays.LastYear);
        return null;
    }
}
