using System.Globalization;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;

namespace Pathway.Support.Periods;

public enum PeriodProblem
{
    ToBeforeFrom,
    TooLong,
}

/// <summary>
/// A period of the office's days, both included, as the module's pages, API and CLI ask for one:
/// <c>from</c> and <c>to</c> written YYYY-MM-DD, each with a default, at most five years long.
/// </summary>
public static class Period
{
    /// <summary>The longest period one request may ask for: five years of days.</summary>
    public const int MaxDays = 5 * 366;

    public static PeriodProblem? Check(DateOnly from, DateOnly to) =>
        to < from ? PeriodProblem.ToBeforeFrom : to.DayNumber - from.DayNumber >= MaxDays ? PeriodProblem.TooLong : null;

    public static string Words(PeriodProblem problem, IStringLocalizer text) => problem switch
    {
        PeriodProblem.ToBeforeFrom => text["The last day must be on or after the first."],
        PeriodProblem.TooLong => text["A period can be at most five years long."],
    };

    /// <summary>The period asked for, <paramref name="defaultTo"/> without a last day and <paramref name="defaultFrom"/> of the last without a first; null with the problems named.</summary>
    public static (DateOnly From, DateOnly To)? Read(
        string? from, string? to, DateOnly defaultTo, Func<DateOnly, DateOnly> defaultFrom, FieldErrors errors, IStringLocalizer text)
    {
        var last = Day(to, "to", defaultTo, errors);
        var first = Day(from, "from", defaultFrom(last ?? defaultTo), errors);
        if (first is null || last is null)
        {
            return null;
        }

        if (Check(first.Value, last.Value) is { } problem)
        {
            errors.AddTranslated("to", Words(problem, text));
            return null;
        }

        return (first.Value, last.Value);
    }

    private static DateOnly? Day(string? value, string field, DateOnly otherwise, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return otherwise;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(field, "Write the day as YYYY-MM-DD.");
        return null;
    }
}
