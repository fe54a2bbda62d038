using Pathway.Forecasting;

namespace Pathway.Analytics.Series;

/// <summary>The series the office keeps for forecasting, as far as the caller may see them.</summary>
public interface ISeriesStore
{
    Task<IReadOnlyList<SeriesSummary>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The summary and the series itself, or null when there is none the caller may see.</summary>
    Task<(SeriesSummary Summary, TimeSeries Series)?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Keeps a series for the caller's organisation when it follows the rules (<see cref="KeepSeries.Check()"/>)
    /// and its key is free in the office; the save is audited like any other write. The page and the API both keep series here.
    /// </summary>
    Task<KeepOutcome> KeepAsync(KeepSeries command, CancellationToken cancellationToken = default);
}
