using System.Globalization;
using Pathway.Forecasting.Input;

namespace Pathway.Forecasting.Staffing;

/// <summary>
/// Reads a helpline's calls per hour of the week from CSV, in one of two shapes chosen by the header:
/// <list type="bullet">
/// <item><c>weekday,hour,calls</c>: the expected calls for each hour of a typical week. Weekdays are
/// Mon..Sun (or Monday..Sunday) or ISO numbers 1 (Monday) .. 7 (Sunday); hours 0..23 (or 08:00).</item>
/// <item><c>timestamp,calls</c>: calls counted per hour (or per shorter interval, summed into its
/// hour), stamped <c>YYYY-MM-DDTHH:mm</c> or <c>YYYY-MM-DD HH:mm</c> in local time. Each hour of the
/// week gets its average over the weeks the file spans: the total of its calls divided by how many
/// times that hour of the week occurs between the first and the last stamp. Hours missing inside
/// that span count as no calls, as telephony exports leave out empty hours.</item>
/// </list>
/// Other columns are ignored. The rows come back in week order, Monday 00:00 first.
/// </summary>
public static class CallVolumeCsv
{
    private static readonly string[] TimestampFormats =
        ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss"];

    public static UploadReading<HourlyCalls> Read(TextReader reader)
    {
        var csv = CsvText.Read(reader);
        if (csv is null)
        {
            return Failed(1, UploadErrorKind.EmptyFile, "The file is empty: expected a header 'weekday,hour,calls' or 'timestamp,calls' and rows of calls.");
        }

        if (csv.Rows.Count == 0)
        {
            return Failed(csv.HeaderLine, UploadErrorKind.EmptyFile, "The file has a header but no rows of calls.");
        }

        var calls = csv.Column("calls");
        var weekday = csv.Column("weekday");
        var hour = csv.Column("hour");
        var timestamp = csv.Column("timestamp");
        if (calls >= 0 && weekday >= 0 && hour >= 0)
        {
            return ReadWeek(csv, weekday, hour, calls);
        }

        if (calls >= 0 && timestamp >= 0)
        {
            return ReadTimestamps(csv, timestamp, calls);
        }

        var missing = calls < 0 ? "calls" : timestamp < 0 && weekday < 0 ? "weekday and hour, or timestamp" : weekday < 0 ? "weekday" : "hour";
        return Failed(csv.HeaderLine, UploadErrorKind.MissingColumn,
            $"The header needs the column(s) {missing}: expected 'weekday,hour,calls' or 'timestamp,calls'.");
    }

    private static UploadReading<HourlyCalls> ReadWeek(CsvText csv, int weekdayColumn, int hourColumn, int callsColumn)
    {
        var errors = new UploadErrors();
        var seen = new Dictionary<int, int>(); // hour of week -> line
        var rows = new List<HourlyCalls>();
        foreach (var row in csv.Rows)
        {
            if (errors.Full)
            {
                break;
            }

            var weekday = ParseWeekday(row[weekdayColumn]);
            if (weekday is null)
            {
                errors.Add(csv, row, weekdayColumn, row[weekdayColumn].Length == 0 ? UploadErrorKind.MissingValue : UploadErrorKind.InvalidWeekday,
                    $"The weekday '{row[weekdayColumn]}' is not one of Mon..Sun or 1..7 (1 is Monday).");
            }

            var hour = ParseHour(row[hourColumn]);
            if (hour is null)
            {
                errors.Add(csv, row, hourColumn, row[hourColumn].Length == 0 ? UploadErrorKind.MissingValue : UploadErrorKind.InvalidHour,
                    $"The hour '{row[hourColumn]}' is not a whole hour 0..23.");
            }

            var count = errors.NonNegative(csv, row, callsColumn, "number of calls");
            if (weekday is not { } day || hour is not { } h)
            {
                continue;
            }

            var index = HourOfWeek.Index(day, h);
            if (seen.TryGetValue(index, out var first))
            {
                errors.Add(row.Line, UploadErrorKind.DuplicateHour, string.Create(CultureInfo.InvariantCulture, $"{HourOfWeek.Label(day, h)} is given twice (first on line {first})."));
                continue;
            }

            seen[index] = row.Line;
            if (count is { } c)
            {
                rows.Add(new HourlyCalls(day, h, c));
            }
        }

        return errors.Count > 0
            ? UploadReading<HourlyCalls>.Failure(errors.List)
            : UploadReading<HourlyCalls>.Success([.. rows.OrderBy(r => HourOfWeek.Index(r.Weekday, r.Hour))]);
    }

    private static UploadReading<HourlyCalls> ReadTimestamps(CsvText csv, int timestampColumn, int callsColumn)
    {
        var errors = new UploadErrors();
        var seen = new Dictionary<DateTime, int>(); // stamp -> line
        var perHour = new Dictionary<DateTime, double>();
        foreach (var row in csv.Rows)
        {
            if (errors.Full)
            {
                break;
            }

            var text = row[timestampColumn];
            DateTime? stamp = DateTime.TryParseExact(text, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
            if (stamp is null)
            {
                errors.Add(csv, row, timestampColumn, text.Length == 0 ? UploadErrorKind.MissingValue : UploadErrorKind.InvalidTimestamp,
                    $"The timestamp '{text}' is not written YYYY-MM-DDTHH:mm or YYYY-MM-DD HH:mm.");
            }

            var count = errors.NonNegative(csv, row, callsColumn, "number of calls");
            if (stamp is not { } s)
            {
                continue;
            }

            if (seen.TryGetValue(s, out var first))
            {
                errors.Add(row.Line, UploadErrorKind.DuplicateTimestamp, string.Create(CultureInfo.InvariantCulture, $"The timestamp {text} is given twice (first on line {first})."));
                continue;
            }

            seen[s] = row.Line;
            if (count is { } c)
            {
                var hour = new DateTime(s.Year, s.Month, s.Day, s.Hour, 0, 0);
                perHour[hour] = perHour.GetValueOrDefault(hour) + c;
            }
        }

        if (errors.Count > 0)
        {
            return UploadReading<HourlyCalls>.Failure(errors.List);
        }

        var totals = new double[168];
        var occurrences = new int[168];
        var start = perHour.Keys.Min();
        var end = perHour.Keys.Max();
        foreach (var hour in perHour)
        {
            totals[HourOfWeek.Index(hour.Key.DayOfWeek, hour.Key.Hour)] += hour.Value;
        }

        // Whole weeks contribute once to every hour; only the part-week left over needs walking.
        var spanHours = (int)(end - start).TotalHours + 1;
        var weeks = spanHours / 168;
        for (var i = 0; i < 168; i++)
        {
            occurrences[i] = weeks;
        }

        for (var t = start.AddHours(weeks * 168); t <= end; t = t.AddHours(1))
        {
            occurrences[HourOfWeek.Index(t.DayOfWeek, t.Hour)]++;
        }

        var rows = new List<HourlyCalls>();
        for (var i = 0; i < 168; i++)
        {
            if (occurrences[i] > 0)
            {
                rows.Add(new HourlyCalls(HourOfWeek.FromIsoDay(i / 24 + 1), i % 24, totals[i] / occurrences[i]));
            }
        }

        return UploadReading<HourlyCalls>.Success(rows);
    }

    private static UploadReading<HourlyCalls> Failed(int line, UploadErrorKind kind, string message) =>
        UploadReading<HourlyCalls>.Failure([new UploadError(line, kind, message)]);

    private static DayOfWeek? ParseWeekday(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var iso))
        {
            return iso is >= 1 and <= 7 ? HourOfWeek.FromIsoDay(iso) : null;
        }

        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            if (string.Equals(text, HourOfWeek.ShortName(day), StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, day.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return day;
            }
        }

        return null;
    }

    private static int? ParseHour(string text)
    {
        if (text.EndsWith(":00", StringComparison.Ordinal))
        {
            text = text[..^3];
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour is >= 0 and <= 23 ? hour : null;
    }
}
