using System.Globalization;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Reporting;

namespace Pathway.Analytics.Reports;

/// <summary>
/// Reads a run's parameter values as given (<c>month=2026-11</c>, <c>year=previous</c>) against the
/// definition's parameters: each value in its kind's canonical form, or a problem per parameter in
/// the reader's language saying what is wrong and what would do.
/// </summary>
public static class ReportArgumentsReader
{
    /// <summary>The earliest year a report counts: before it no office used the system.</summary>
    public const int FirstYear = 2000;

    public static ReportArguments? Read(
        IReportDefinition definition, IReadOnlyDictionary<string, string?> given, DateOnly today, IDictionary<string, string> problems, IStringLocalizer text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var known = definition.Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in given.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal))
        {
            problems[name] = known.Count == 0
                ? text["The report {0} takes no parameters.", definition.Name]
                : text["The report {0} has no parameter {1}; its parameters are {2}.", definition.Name, name, string.Join(", ", known)];
        }

        foreach (var parameter in definition.Parameters)
        {
            var value = given.TryGetValue(parameter.Name, out var raw) ? raw?.Trim() : null;
            if (string.IsNullOrEmpty(value))
            {
                if (parameter.Required)
                {
                    problems[parameter.Name] = text["Give {0} ({1}).", parameter.Label, Shape(parameter, text)];
                }

                continue;
            }

            var (canonical, problem) = Canonical(parameter, value, today, text);
            if (problem is not null)
            {
                problems[parameter.Name] = problem;
            }
            else
            {
                values[parameter.Name] = canonical!;
            }
        }

        return problems.Count == 0 ? new ReportArguments(values) : null;
    }

    /// <summary>How a value of the parameter is written, for the form's hint and the messages.</summary>
    public static string Shape(ReportParameter parameter, IStringLocalizer text) => parameter.Kind switch
    {
        ReportParameterKind.Month => text["a month as YYYY-MM, or previous or current"],
        ReportParameterKind.Year => text["a year as YYYY, or previous or current"],
        ReportParameterKind.Date => text["a day as YYYY-MM-DD"],
        ReportParameterKind.Text => text["at most {0} characters", ReportArguments.MaxTextLength],
        ReportParameterKind.Choice => text["one of {0}", string.Join(", ", (parameter.Choices ?? []).Select(c => c.Value))],
    };

    private static (string? Value, string? Problem) Canonical(ReportParameter parameter, string value, DateOnly today, IStringLocalizer text)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        switch (parameter.Kind)
        {
            case ReportParameterKind.Month:
                var month = value.ToLowerInvariant() switch
                {
                    "previous" => thisMonth.AddMonths(-1),
                    "current" => thisMonth,
                    _ => DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : (DateOnly?)null,
                };
                if (month is not { } m)
                {
                    return (null, text["{0}: write a month as YYYY-MM, such as {1}, or previous or current; not {2}.", parameter.Label, Month(thisMonth), value]);
                }

                if (m.Year < FirstYear || m > thisMonth)
                {
                    return (null, text["{0}: the month must be from {1} to this month, {2}; {3} is not.", parameter.Label, string.Create(CultureInfo.InvariantCulture, $"{FirstYear}-01"), Month(thisMonth), Month(m)]);
                }

                return (Month(m), null);
            case ReportParameterKind.Year:
                int? year = value.ToLowerInvariant() switch
                {
                    "previous" => today.Year - 1,
                    "current" => today.Year,
                    _ => value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null,
                };
                if (year is not { } y)
                {
                    return (null, text["{0}: write a year as YYYY, such as {1}, or previous or current; not {2}.", parameter.Label, Whole(today.Year - 1), value]);
                }

                if (y < FirstYear || y > today.Year)
                {
                    return (null, text["{0}: the year must be from {1} to this year, {2}; {3} is not.", parameter.Label, Whole(FirstYear), Whole(today.Year), Whole(y)]);
                }

                return (Whole(y), null);
            case ReportParameterKind.Date:
                return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year >= FirstYear && day.Year <= today.Year + 1
                    ? (day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null)
                    : (null, text["{0}: write a day as YYYY-MM-DD, such as {1}; not {2}.", parameter.Label, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), value]);
            case ReportParameterKind.Text:
                return value.Length <= ReportArguments.MaxTextLength
                    ? (value, null)
                    : (null, text["{0}: write at most {1} characters; this has {2}.", parameter.Label, ReportArguments.MaxTextLength, value.Length]);
            case ReportParameterKind.Choice:
                var choice = (parameter.Choices ?? []).FirstOrDefault(c => string.Equals(c.Value, value, StringComparison.OrdinalIgnoreCase));
                return choice is not null
                    ? (choice.Value, null)
                    : (null, text["{0}: choose one of {1}; not {2}.", parameter.Label, string.Join(", ", (parameter.Choices ?? []).Select(c => c.Value)), value]);
            default:
                throw new ArgumentOutOfRangeException(nameof(parameter));
        }
    }

    private static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Whole(int number) => number.ToString(CultureInfo.InvariantCulture);
}
