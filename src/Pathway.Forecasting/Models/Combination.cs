namespace Pathway.Forecasting.Models;

/// <summary>
/// Several models' forecasts combined period by period: the median of three or more (one model
/// running away, as ARIMA does when it extrapolates a surge, does not drag the others along), the
/// mean of two. Interval bounds are combined the same way (quantile combination); their coverage
/// is measured by the backtests.
/// </summary>
public sealed class Combination : IFittedModel
{
    private readonly IReadOnlyList<IFittedModel> _members;

    public Combination(IReadOnlyList<IFittedModel> members)
    {
        _members = members;
        var n = members[0].Fitted.Length;
        Fitted = new double[n];
        for (var t = 0; t < n; t++) Fitted[t] = Median(members.Select(m => m.Fitted[t]).ToArray());
    }

    private static double Median(double[] values)
    {
        Array.Sort(values);
        var mid = values.Length / 2;
        return values.Length % 2 == 1 ? values[mid] : 0.5 * (values[mid - 1] + values[mid]);
    }

    public IReadOnlyList<IFittedModel> Members => _members;
    public string Name => "Combination of " + string.Join(", ", _members.Select(m => m.Name));
    public double Aicc => double.NaN;
    public double[] Fitted { get; }

    public Forecast Forecast(int horizon)
    {
        var forecasts = _members.Select(m => m.Forecast(horizon)).ToList();
        double[] Combine(Func<Forecast, double[]> part)
        {
            var result = new double[horizon];
            var values = new double[forecasts.Count];
            for (var h = 0; h < horizon; h++)
            {
                for (var i = 0; i < forecasts.Count; i++) values[i] = part(forecasts[i])[h];
                result[h] = Median(values);
            }
            return result;
        }
        return new Forecast(Name, Combine(f => f.Mean), Combine(f => f.Lower80), Combine(f => f.Upper80), Combine(f => f.Lower95), Combine(f => f.Upper95));
    }
}
