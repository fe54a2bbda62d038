using System.Globalization;

namespace Pathway.Forecasting.Input;

/// <summary>
/// Reads and writes series in the long format <c>series_id,period,value</c>: one observation per
/// line, period as YYYY-MM (monthly) or YYYY-MM-DD (daily, or weekly when every step is seven
/// days). Rows may come in any order. An empty value or NA is a missing observation; periods left
/// out between two rows are a gap, reported as a warning and treated as missing. Anything else
/// that is wrong is an error naming its line, and then no series is returned at all.
/// </summary>
public static class SeriesCsv
{
    private const int MaxErrors = 100;

    public static SeriesFile Read(TextReader reader)
    {
        var issues = new List<SeriesIssue>();
        var header = reader.ReadLine();
        var lineNumber = 1;
        while (header is not null && string.IsNullOrWhiteSpace(header)) { header = reader.ReadLine(); lineNumber++; }
        if (header is null) return Fail(new SeriesIssue(SeriesIssueKind.EmptyFile, 0, "The file is empty: a header line series_id,period,value is needed."));

        header = header.TrimStart('\uFEFF');
        // Spreadsheets in locales with a decimal comma save with semicolons; then a comma is the decimal mark.
        var delimiter = CsvText.DelimiterOf(header);
        var columns = CsvText.Split(header, delimiter).Select(c => c.ToLowerInvariant()).ToList();
        int idColumn = columns.IndexOf("series_id"), periodColumn = columns.IndexOf("period"), valueColumn = columns.IndexOf("value");
        if (idColumn < 0 || periodColumn < 0 || valueColumn < 0)
            return Fail(new SeriesIssue(SeriesIssueKind.MissingColumns, lineNumber, $"The header must name the columns series_id, period and value; it has: {header.Trim()}.", Text: header));

        var observations = new Dictionary<string, List<Observation>>(StringComparer.Ordinal);
        var order = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (issues.Count >= MaxErrors) break;
            var fields = CsvText.Split(line, delimiter);
            if (fields.Length != columns.Count)
            {
                issues.Add(new SeriesIssue(SeriesIssueKind.WrongFieldCount, lineNumber, $"Expected {columns.Count} fields, found {fields.Length}.", Text: line));
                continue;
            }
            var id = fields[idColumn];
            if (id.Length == 0)
            {
                issues.Add(new SeriesIssue(SeriesIssueKind.MissingSeriesId, lineNumber, "The series_id is empty.", Text: line));
                continue;
            }
            if (!TryParsePeriod(fields[periodColumn], out var period, out var monthly))
            {
                issues.Add(new SeriesIssue(SeriesIssueKind.UnparsableDate, lineNumber, $"'{fields[periodColumn]}' is not a period: write YYYY-MM for months or YYYY-MM-DD for days.", id, fields[periodColumn]));
                continue;
            }
            if (!TryParseValue(delimiter == ';' ? fields[valueColumn].Replace(',', '.') : fields[valueColumn], out var value))
            {
                issues.Add(new SeriesIssue(SeriesIssueKind.NonNumericValue, lineNumber, $"'{fields[valueColumn]}' is not a number (use a dot for decimals; leave empty or write NA for a missing value).", id, fields[valueColumn]));
                continue;
            }
            if (!observations.TryGetValue(id, out var list))
            {
                observations[id] = list = [];
                order.Add(id);
            }
            list.Add(new Observation(period, monthly, value, lineNumber));
        }

        var series = new List<TimeSeries>();
        foreach (var id in order)
        {
            var built = Build(id, observations[id], issues);
            if (built is not null) series.Add(built);
        }
        return issues.Any(i => !i.IsWarning) ? new SeriesFile([], issues) : new SeriesFile(series, issues);
    }

    public static SeriesFile Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    private static SeriesFile Fail(SeriesIssue issue) => new([], [issue]);

    private readonly record struct Observation(DateOnly Period, bool Monthly, double Value, int Line);

    private static TimeSeries? Build(string id, List<Observation> rows, List<SeriesIssue> issues)
    {
        var monthly = rows[0].Monthly;
        var mixed = rows.FirstOrDefault(r => r.Monthly != monthly);
        if (mixed != default)
        {
            issues.Add(new SeriesIssue(SeriesIssueKind.MixedFrequency, mixed.Line, string.Create(CultureInfo.InvariantCulture, $"Series '{id}' mixes months (YYYY-MM) and days (YYYY-MM-DD); line {rows[0].Line} set its form."), id));
            return null;
        }
        rows.Sort((a, b) => a.Period.CompareTo(b.Period) != 0 ? a.Period.CompareTo(b.Period) : a.Line.CompareTo(b.Line));
        var failed = false;
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i].Period == rows[i - 1].Period)
            {
                issues.Add(new SeriesIssue(SeriesIssueKind.DuplicatePeriod, rows[i].Line, string.Create(CultureInfo.InvariantCulture, $"Series '{id}' has {rows[i].Period:yyyy-MM-dd} twice: here and on line {rows[i - 1].Line}."), id));
                failed = true;
            }
        }
        if (failed) return null;

        var frequency = monthly ? Frequency.Monthly : InferDailyFrequency(rows);
        var start = rows[0].Period;
        var end = rows[^1].Period;
        var length = frequency.StepsBetween(start, end) + 1;
        var values = new double[length];
        values.AsSpan().Fill(double.NaN);
        var previous = -1;
        foreach (var row in rows)
        {
            var index = frequency.StepsBetween(start, row.Period);
            if (index < 0)
            {
                issues.Add(new SeriesIssue(SeriesIssueKind.OffGrid, row.Line, string.Create(CultureInfo.InvariantCulture, $"Series '{id}' is weekly (every 7 days from {start:yyyy-MM-dd}); {row.Period:yyyy-MM-dd} is not on that grid."), id));
                return null;
            }
            if (previous >= 0 && index - previous > 1)
            {
                var missing = index - previous - 1;
                issues.Add(new SeriesIssue(SeriesIssueKind.Gap, row.Line,
                    string.Create(CultureInfo.InvariantCulture, $"Series '{id}' jumps from {frequency.Format(frequency.Advance(start, previous))} to {frequency.Format(row.Period)}: {missing} period(s) missing, treated as missing values."), id));
            }
            values[index] = row.Value;
            previous = index;
        }
        return new TimeSeries(id, frequency, start, values);
    }

    /// <summary>Dated rows a whole number of weeks apart are a weekly series; otherwise daily.</summary>
    private static Frequency InferDailyFrequency(List<Observation> rows)
    {
        if (rows.Count < 3) return Frequency.Daily;
        for (var i = 1; i < rows.Count; i++)
            if ((rows[i].Period.DayNumber - rows[i - 1].Period.DayNumber) % 7 != 0) return Frequency.Daily;
        return Frequency.Weekly;
    }

    internal static bool TryParsePeriod(string text, out DateOnly period, out bool monthly)
    {
        monthly = false;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out period)) return true;
        monthly = true;
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out period)) return true;
        return false;
    }

    private static bool TryParseValue(string text, out double value)
    {
        if (text.Length == 0 || text.Equals("NA", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return true;
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    /// <summary>Writes the series back in the long format (missing values as empty fields).</summary>
    public static void Write(TextWriter writer, IEnumerable<TimeSeries> series)
    {
        writer.WriteLine("series_id,period,value");
        foreach (var s in series)
        {
            for (var i = 0; i < s.Length; i++)
                writer.WriteLine($"{CsvText.Quote(s.Id)},{s.Frequency.Format(s.PeriodAt(i))},{(double.IsNaN(s.Values[i]) ? "" : s.Values[i].ToString("R", CultureInfo.InvariantCulture))}");
        }
    }
}
