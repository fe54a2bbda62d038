using System.Globalization;
using Pathway.Forecasting.Input;
using Pathway.Forecasting.Staffing;

namespace Pathway.Forecasting.Workload;

/// <summary>
/// Readers for the figures a planner uploads: inflow forecasts, the application types table and
/// officer hours. Months are written YYYY-MM (YYYY-MM-01 is taken too). Column names are matched
/// without regard to case and in any order; other columns are ignored. Each file is read whole or
/// not at all, with every error on its line.
/// </summary>
public static class WorkloadCsv
{
    /// <summary>
    /// Inflow per application type and month, either in the long format <c>series_id,period,value</c>
    /// or as the forecaster writes it, <c>series_id,period,mean,lo80,hi80,lo95,hi95</c>, where the mean
    /// is the inflow and hi80 the upper scenario's. series_id names the application type.
    /// </summary>
    public static UploadReading<InflowRow> ReadInflow(TextReader reader)
    {
        var csv = CsvText.Read(reader);
        if (Empty<InflowRow>(csv, "series_id,period,value (or series_id,period,mean,lo80,hi80,lo95,hi95)") is { } empty)
        {
            return empty;
        }

        var type = csv!.Column("series_id");
        var period = csv.Column("period");
        var mean = csv.Column("mean");
        var value = mean >= 0 ? mean : csv.Column("value");
        var upper = mean >= 0 ? csv.Column("hi80") : -1;
        if (type < 0 || period < 0 || value < 0)
        {
            return MissingColumns<InflowRow>(csv, ("series_id", type), ("period", period), ("value or mean", value));
        }

        var errors = new UploadErrors();
        var seen = new Dictionary<(string, DateOnly), int>();
        var rows = new List<InflowRow>();
        foreach (var row in csv.Rows)
        {
            if (errors.Full)
            {
                break;
            }

            var name = Name(errors, csv, row, type, "application type (series_id)");
            var month = Month(errors, csv, row, period);
            var inflow = errors.NonNegative(csv, row, value, "inflow");
            var high = upper >= 0 ? errors.NonNegative(csv, row, upper, "upper 80% inflow (hi80)") : null;
            if (name is null || month is not { } m)
            {
                continue;
            }

            if (seen.TryGetValue((name.ToUpperInvariant(), m), out var first))
            {
                errors.Add(row.Line, UploadErrorKind.DuplicatePeriod, string.Create(CultureInfo.InvariantCulture, $"'{name}' {Frequency.Monthly.Format(m)} is given twice (first on line {first})."));
                continue;
            }

            seen[(name.ToUpperInvariant(), m)] = row.Line;
            if (inflow is { } v && (upper < 0 || high is not null))
            {
                rows.Add(new InflowRow(name, m, v, high));
            }
        }

        return Outcome(errors, rows);
    }

    /// <summary>
    /// The application types: <c>application_type,handling_hours,deadline_days,backlog[,backlog_average_age_days]</c>.
    /// Handling hours and deadline days must be above zero, the backlog a whole number of cases; an
    /// empty average age means unknown.
    /// </summary>
    public static UploadReading<ApplicationType> ReadTypes(TextReader reader)
    {
        var csv = CsvText.Read(reader);
        if (Empty<ApplicationType>(csv, "application_type,handling_hours,deadline_days,backlog[,backlog_average_age_days]") is { } empty)
        {
            return empty;
        }

        var type = csv!.Column("application_type");
        var hours = csv.Column("handling_hours");
        var deadline = csv.Column("deadline_days");
        var backlog = csv.Column("backlog");
        var age = csv.Column("backlog_average_age_days");
        if (type < 0 || hours < 0 || deadline < 0 || backlog < 0)
        {
            return MissingColumns<ApplicationType>(csv, ("application_type", type), ("handling_hours", hours), ("deadline_days", deadline), ("backlog", backlog));
        }

        var errors = new UploadErrors();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var rows = new List<ApplicationType>();
        foreach (var row in csv.Rows)
        {
            if (errors.Full)
            {
                break;
            }

            var name = Name(errors, csv, row, type, "application type");
            var handling = Positive(errors, errors.NonNegative(csv, row, hours, "handling hours per case"), csv, row, hours, "handling hours per case");
            var days = Positive(errors, errors.WholeNonNegative(csv, row, deadline, "deadline in days"), csv, row, deadline, "deadline in days");
            var cases = errors.WholeNonNegative(csv, row, backlog, "backlog");
            var averageAge = age >= 0 && row[age].Length > 0 ? errors.NonNegative(csv, row, age, "backlog's average age in days") : null;
            var ageFailed = age >= 0 && row[age].Length > 0 && averageAge is null;
            if (name is null)
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                errors.Add(row.Line, UploadErrorKind.DuplicateType, string.Create(CultureInfo.InvariantCulture, $"The application type '{name}' is listed twice (first on line {first})."));
                continue;
            }

            seen[name] = row.Line;
            if (handling is { } h && days is { } d && cases is { } c && !ageFailed)
            {
                rows.Add(new ApplicationType(name, h, (int)d, new OpeningBacklog(c, AverageAgeDays: averageAge)));
            }
        }

        return Outcome(errors, rows);
    }

    /// <summary>Officer-hours for case work per month: <c>period,officer_hours</c>.</summary>
    public static UploadReading<MonthlyOfficerHours> ReadStaff(TextReader reader)
    {
        var csv = CsvText.Read(reader);
        if (Empty<MonthlyOfficerHours>(csv, "period,officer_hours") is { } empty)
        {
            return empty;
        }

        var period = csv!.Column("period");
        var hours = csv.Column("officer_hours");
        if (period < 0 || hours < 0)
        {
            return MissingColumns<MonthlyOfficerHours>(csv, ("period", period), ("officer_hours", hours));
        }

        var errors = new UploadErrors();
        var seen = new Dictionary<DateOnly, int>();
        var rows = new List<MonthlyOfficerHours>();
        foreach (var row in csv.Rows)
        {
            if (errors.Full)
            {
                break;
            }

            var month = Month(errors, csv, row, period);
            var available = errors.NonNegative(csv, row, hours, "officer hours");
            if (month is not { } m)
            {
                continue;
            }

            if (seen.TryGetValue(m, out var first))
            {
                errors.Add(row.Line, UploadErrorKind.DuplicatePeriod, string.Create(CultureInfo.InvariantCulture, $"{Frequency.Monthly.Format(m)} is given twice (first on line {first})."));
                continue;
            }

            seen[m] = row.Line;
            if (available is { } a)
            {
                rows.Add(new MonthlyOfficerHours(m, a));
            }
        }

        return Outcome(errors, rows.OrderBy(r => r.Month).ToList());
    }

    private static UploadReading<TRow>? Empty<TRow>(CsvText? csv, string expected)
    {
        if (csv is null)
        {
            return UploadReading<TRow>.Failure([new UploadError(1, UploadErrorKind.EmptyFile, $"The file is empty: expected a header '{expected}' and rows.")]);
        }

        return csv.Rows.Count == 0
            ? UploadReading<TRow>.Failure([new UploadError(csv.HeaderLine, UploadErrorKind.EmptyFile, "The file has a header but no rows.")])
            : null;
    }

    private static UploadReading<TRow> MissingColumns<TRow>(CsvText csv, params (string Name, int Index)[] columns)
    {
        var missing = string.Join(", ", columns.Where(c => c.Index < 0).Select(c => c.Name));
        return UploadReading<TRow>.Failure([new UploadError(csv.HeaderLine, UploadErrorKind.MissingColumn, $"The header lacks the column(s) {missing}.")]);
    }

    private static UploadReading<TRow> Outcome<TRow>(UploadErrors errors, IReadOnlyList<TRow> rows) =>
        errors.Count > 0 ? UploadReading<TRow>.Failure(errors.List) : UploadReading<TRow>.Success(rows);

    private static string? Name(UploadErrors errors, CsvText csv, CsvRow row, int column, string what)
    {
        if (row[column].Length > 0)
        {
            return row[column];
        }

        errors.Add(csv, row, column, UploadErrorKind.MissingValue, $"The {what} is missing.");
        return null;
    }

    private static DateOnly? Month(UploadErrors errors, CsvText csv, CsvRow row, int column)
    {
        var text = row[column];
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            || (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month) && month.Day == 1))
        {
            return month;
        }

        errors.Add(csv, row, column, text.Length == 0 ? UploadErrorKind.MissingValue : UploadErrorKind.InvalidPeriod,
            $"The period '{text}' is not a month written YYYY-MM.");
        return null;
    }

    private static double? Positive(UploadErrors errors, double? value, CsvText csv, CsvRow row, int column, string what)
    {
        if (value is 0)
        {
            errors.Add(csv, row, column, UploadErrorKind.InvalidNumber, $"The {what} must be more than zero.");
            return null;
        }

        return value;
    }
}
