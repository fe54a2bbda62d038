using Pathway.Analytics.Series;
using Pathway.Forecasting;

namespace Pathway.Analytics.Demo;

/// <summary>One synthetic series of the demo office, with the office unit that owns it.</summary>
internal sealed record DemoSeries(TimeSeries Series, SeriesDescription Description, Guid OwnerId);
