using System.Globalization;
using Pathway.Platform.Localization;

namespace Pathway.Cases.TimeLimits;

/// <summary>
/// The time-limit question as the page's address and the API carry it: the start (the event's
/// day, or the first postal notice of a letter nobody collected), days, weeks or months, and
/// optionally the day a reply was posted; checked with errors in the reader's language.
/// </summary>
public sealed record TimeLimitQuery(string? Start, string? Days, string? Weeks, string? Months, string? Notice = null, string? Replied = null, string? Permit = null)
{
    public TimeLimitRequest? Read(FieldErrors errors)
    {
        DateOnly? start = null;
        var fromNotice = !string.IsNullOrWhiteSpace(Notice);
        if (fromNotice && !string.IsNullOrWhiteSpace(Start))
        {
            errors.Add("notice", "Give either the day of the event or the day of the first postal notice, not both.");
        }
        else if (fromNotice)
        {
            start = ReadDate(Notice, "notice", errors);
        }
        else if (string.IsNullOrWhiteSpace(Start))
        {
            errors.Add("start", "Enter the day of the event that starts the time limit.");
        }
        else
        {
            start = ReadDate(Start, "start", errors);
        }

        var replied = string.IsNullOrWhiteSpace(Replied) ? null : ReadDate(Replied, "replied", errors);
        Catalogue.PermitKind? permit = null;
        if (!string.IsNullOrWhiteSpace(Permit))
        {
            if (Enum.TryParse<Catalogue.PermitKind>(Permit.Trim(), ignoreCase: false, out var kind) && Enum.IsDefined(kind) && !int.TryParse(Permit, CultureInfo.InvariantCulture, out _))
            {
                permit = kind;
            }
            else
            {
                errors.Add("permit", "Choose one of: {0}.", string.Join(", ", Enum.GetNames<Catalogue.PermitKind>()));
            }
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

        return start is { } s && period is { } p && (replied is not null || string.IsNullOrWhiteSpace(Replied)) && (permit is not null || string.IsNullOrWhiteSpace(Permit))
            ? new TimeLimitRequest(s, fromNotice, p, replied, permit)
            : null;
    }

    private static DateOnly? ReadDate(string? text, string field, FieldErrors errors)
    {
        if (!DateOnly.TryParseExact(text!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (field == "start")
            {
                errors.Add(field, "The start must be a date written as YYYY-MM-DD.");
            }
            else
            {
                errors.Add(field, "The day must be a date written as YYYY-MM-DD.");
            }

            return null;
        }

        if (!PolishHolidays.Covers(date.Year))
        {
            errors.Add(field, "Time limits can be counted from {0} to {1}.", PolishHolidays.FirstYear, PolishHolidays.LastYear);
            return null;
        }

        return date;
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

/// <summary>
/// A checked time-limit question: from an event's day, or from a first postal notice; the day a
/// reply was posted, if asked; the permit kind whose statutory suspensions do not count, if any.
/// </summary>
public sealed record TimeLimitRequest(DateOnly Start, bool FromNotice, Period Period, DateOnly? RepliedOn, Catalogue.PermitKind? Permit = null)
{
    public Deadline Compute(IReadOnlyList<ExcludedPeriod>? excluded = null) =>
        FromNotice ? TimeLimitCalculator.ComputeAfterNotice(Start, Period, excluded) : TimeLimitCalculator.Compute(Start, Period, excluded);
}
