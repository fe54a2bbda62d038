using System.Globalization;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Forecasts;
using Pathway.Analytics.Http;
using Pathway.Analytics.Localization;
using Pathway.Analytics.Planning;
using Pathway.Analytics.Series;
using Pathway.Forecasting;
using Pathway.Forecasting.Input;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Series;

/// <summary>
/// Turns points sent as JSON into a series by the same rules as an uploaded file: the points are
/// written as the long CSV format and read back, and each problem is reported on the point it
/// came from (line n of that text is points[n - 2]).
/// </summary>
internal static class InlineSeries
{
    public const int MaxPoints = 20_000;

    public static TimeSeries? Parse(string id, string? frequencyKey, IReadOnlyList<PointRequest>? points, FieldErrors errors, IStringLocalizer<AnalyticsText> text)
    {
        Frequency? wanted = null;
        if (frequencyKey is not null)
        {
            if (FrequencyKeys.TryParse(frequencyKey, out var parsed))
            {
                wanted = parsed;
            }
            else
            {
                errors.Add("frequency", "Choose one of: {0}.", string.Join(", ", Enum.GetValues<Frequency>().Select(f => f.ToKey())));
            }
        }

        if (points is null || points.Count == 0)
        {
            errors.Add("points", "Send at least one point.");
            return null;
        }

        if (points.Count > MaxPoints)
        {
            errors.Add("points", "Send at most {0} points.", MaxPoints);
            return null;
        }

        var csv = new System.Text.StringBuilder("series_id,period,value\n");
        var quotedId = "\"" + id.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        // Other fields may have errors already; these flags are about the points alone.
        var unreadable = false;
        for (var i = 0; i < points.Count; i++)
        {
            var period = points[i]?.Period?.Trim() ?? "";
            if (period.Length == 0)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"points[{i}].period"), "This field is required.");
                unreadable = true;
            }
            else if (period.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"points[{i}].period"), "'{0}' is not a period: write YYYY-MM for months or YYYY-MM-DD for days.", period);
                unreadable = true;
            }

            csv.Append(quotedId).Append(',').Append(MonthlyForm(period, wanted)).Append(',')
                .Append(points[i]?.Value is { } value ? value.ToString("R", CultureInfo.InvariantCulture) : "").Append('\n');
        }

        if (unreadable)
        {
            return null;
        }

        using var reader = new StringReader(csv.ToString());
        var file = SeriesCsv.Read(reader);
        foreach (var issue in file.Errors)
        {
            var index = issue.Line - 2;
            var field = issue.Kind == SeriesIssueKind.NonNumericValue ? "value" : "period";
            errors.AddTranslated(index >= 0 ? string.Create(CultureInfo.InvariantCulture, $"points[{index}].{field}") : "points", SeriesIssueText.Describe(issue, text));
        }

        if (!file.IsValid || wanted is null && frequencyKey is not null)
        {
            return null;
        }

        var series = file.Series[0];
        if (wanted is { } frequency && series.Frequency != frequency)
        {
            errors.Add("frequency", "The periods of the points do not follow the frequency {0}.", frequency.ToKey());
            return null;
        }

        return new TimeSeries(id, series.Frequency, series.Start, series.Values);
    }

    /// <summary>A monthly series may name its periods by their first day; the long format writes YYYY-MM.</summary>
    private static string MonthlyForm(string period, Frequency? wanted) =>
        wanted == Frequency.Monthly && DateOnly.TryParseExact(period, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Day == 1
            ? date.ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : period;
}
