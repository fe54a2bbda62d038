namespace Pathway.Forecasting.Models;

/// <summary>
/// The equal-weight average of several models' forecasts, which in forecasting competitions
/// beats the single best model chosen in advance more often than not. Interval bounds are
/// averaged too (quantile averaging); their coverage is measured by the backtests.
/// </summary>
public sealed class Combination : IFittedModel
{
    private readonly IReadOnlyList<IFittedModel> _members;

    public Combination(IReadOnlyList<IFittedModel> members)
    {
        _members = members;
        var n = members[0].Fitted.Length;
        Fitted = new double[n];
        for (var t = 0; t < n; t++) Fitted[t] = members.Average(m => m.Fitted[t]);
    }

    public IReadOnlyList<IFittedModel> Members => _members;
    public string Name => "Combination of " + string.Join(", ", _members.Select(m => m.Name));
    public double Aicc => double.NaN;
    public double[] Fitted { get; }

    public Forecast Forecast(int horizon)
    {
        var forecasts = _members.Select(m => m.Forecast(horizon)).ToList();
        double[] Average(Func<Forecast, double[]> part)
        {
            var result = new double[horizon];
            foreach (var f in forecasts)
                for (var h = 0; h < horizon; h++) result[h] += part(f)[h] / forecasts.Count;
            return result;
        }
        return new Forecast(Name, Average(f => f.Mean), Average(f => f.Lower80), Average(f => f.Upper80), Average(f => f.Lower95), Average(f => f.Upper95));
    }
}
