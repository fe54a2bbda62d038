using Microsoft.Extensions.Localization;
using Pathway.Analytics.Forecasts;
using Pathway.Analytics.Http;
using Pathway.Analytics.Localization;
using Pathway.Analytics.Planning;
using Pathway.Analytics.Series;
using Pathway.Forecasting;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Series;

/// <summary>The series a request is about: a stored one by id, or one sent inline.</summary>
internal sealed record SeriesArgument(TimeSeries? Series, SeriesSummary? Stored, bool NotFound)
{
    /// <summary>The id a series sent inline goes by in answers and file names.</summary>
    public const string InlineId = "series";

    public static async Task<SeriesArgument> ResolveAsync(
        Guid? seriesId, string? frequency, IReadOnlyList<PointRequest>? points, ISeriesStore store, FieldErrors errors, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken)
    {
        if (seriesId is not null && points is not null)
        {
            errors.Add("seriesId", "Send either seriesId or points, not both.");
            return new SeriesArgument(null, null, false);
        }

        if (seriesId is { } id)
        {
            var stored = await store.GetAsync(id, cancellationToken);
            return stored is { } found ? new SeriesArgument(found.Series, found.Summary, false) : new SeriesArgument(null, null, true);
        }

        if (points is null)
        {
            errors.Add("seriesId", "Send a seriesId, or the frequency and points of a series.");
            return new SeriesArgument(null, null, false);
        }

        return new SeriesArgument(InlineSeries.Parse(InlineId, frequency, points, errors, text), null, false);
    }
}
