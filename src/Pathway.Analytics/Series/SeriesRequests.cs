using Pathway.Analytics.Forecasts;
using Pathway.Analytics.Http;
using Pathway.Analytics.Planning;
namespace Pathway.Analytics.Series;

/// <summary>One observation sent inline: period as YYYY-MM (monthly) or YYYY-MM-DD; no value for a missing one.</summary>
public sealed record PointRequest(string? Period, double? Value);

/// <summary>A forecast of a stored series (<c>seriesId</c>) or of one sent inline (<c>frequency</c> and <c>points</c>).</summary>
/// <param name="Horizon">Periods ahead, 1 to 60 (12 when left out).</param>
/// <param name="Model">auto, ets, theta, arima, snaive or combo (auto when left out).</param>
public sealed record ForecastRequest(Guid? SeriesId, string? Frequency, IReadOnlyList<PointRequest>? Points, int? Horizon, string? Model);

/// <summary>Rolling-origin accuracy of the models on a stored or inline series.</summary>
/// <param name="Horizon">The forecast horizon the accuracy is for, 1 to 60; up to 12 periods of it are scored.</param>
/// <param name="Models">The models to compare; all when left out.</param>
public sealed record BacktestRequest(Guid? SeriesId, string? Frequency, IReadOnlyList<PointRequest>? Points, int? Horizon, IReadOnlyList<string>? Models);

/// <summary>A series to keep, sent as JSON; the key names it in files and requests and is unique in the office.</summary>
public sealed record StoreSeriesRequest(string? Key, string? Title, string? Unit, string? Frequency, IReadOnlyList<PointRequest>? Points);
