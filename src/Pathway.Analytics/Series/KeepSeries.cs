using Pathway.Forecasting;

namespace Pathway.Analytics.Series;

/// <summary>
/// Keep a series for the caller's organisation: the one command behind the forecasts page's "Keep
/// this series" and <c>POST /api/v1/analytics/series</c>, carried out by
/// <see cref="ISeriesStore.KeepAsync"/>. The series' id is its key.
/// </summary>
public sealed record KeepSeries(TimeSeries Series, SeriesDescription Description, Guid? OrganisationId)
{
    /// <summary>
    /// What is wrong with a key, title and unit by the rules every kept series follows; callers that
    /// could not read a series at all use it to list these problems with their own.
    /// </summary>
    public static IReadOnlyList<SeriesProblem> Check(string? key, SeriesDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var problems = new List<SeriesProblem>();
        var trimmed = key?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            problems.Add(new(SeriesField.Key, SeriesProblemKind.Required));
        }
        else if (trimmed.Length > StoredSeries.MaxKeyLength)
        {
            problems.Add(new(SeriesField.Key, SeriesProblemKind.TooLong, StoredSeries.MaxKeyLength));
        }

        if (description.Title?.Trim().Length > StoredSeries.MaxTitleLength)
        {
            problems.Add(new(SeriesField.Title, SeriesProblemKind.TooLong, StoredSeries.MaxTitleLength));
        }

        if (description.Unit?.Trim().Length > StoredSeries.MaxUnitLength)
        {
            problems.Add(new(SeriesField.Unit, SeriesProblemKind.TooLong, StoredSeries.MaxUnitLength));
        }

        return problems;
    }

    /// <summary>Every problem of this series: its key, title and unit, and whether it has anything to keep.</summary>
    public IReadOnlyList<SeriesProblem> Check()
    {
        var problems = new List<SeriesProblem>(Check(Series.Id, Description));
        if (Series.Values.All(double.IsNaN))
        {
            problems.Add(new(SeriesField.Points, SeriesProblemKind.NoObservations));
        }

        return problems;
    }
}
