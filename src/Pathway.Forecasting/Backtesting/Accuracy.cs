namespace Pathway.Forecasting.Backtesting;

/// <summary>Accumulates forecast errors over the origins of one model on one series.</summary>
internal sealed class Accuracy
{
    private double _scaledErrors, _percentErrors;
    private int _scaledPoints, _points, _inside80, _inside95;

    /// <summary>Adds one origin: its training history, the actual values after it (NaN where missing), and the forecast.</summary>
    public void Add(ReadOnlySpan<double> training, ReadOnlySpan<double> actual, Forecast forecast, int seasonLength)
    {
        var scale = Scale(training, seasonLength);
        for (var h = 0; h < actual.Length; h++)
        {
            var y = actual[h];
            if (double.IsNaN(y)) continue;
            var f = forecast.Mean[h];
            var error = Math.Abs(y - f);
            if (scale > 0)
            {
                _scaledErrors += error / scale;
                _scaledPoints++;
            }
            var denominator = Math.Abs(y) + Math.Abs(f);
            _percentErrors += denominator == 0 ? 0 : 200 * error / denominator;
            _points++;
            if (y >= forecast.Lower80[h] && y <= forecast.Upper80[h]) _inside80++;
            if (y >= forecast.Lower95[h] && y <= forecast.Upper95[h]) _inside95++;
        }
    }

    /// <summary>
    /// The in-sample mean absolute error of the seasonal naive forecast (the naive one when the
    /// history is not longer than a cycle): the MASE denominator of Hyndman and Koehler (2006).
    /// </summary>
    public static double Scale(ReadOnlySpan<double> training, int seasonLength)
    {
        var lag = training.Length > seasonLength ? seasonLength : 1;
        double sum = 0;
        var count = 0;
        for (var t = lag; t < training.Length; t++)
        {
            sum += Math.Abs(training[t] - training[t - lag]);
            count++;
        }
        return count == 0 ? 0 : sum / count;
    }

    public BacktestResult Result(string seriesId, ModelChoice model, int origins) => new(
        seriesId, model, origins, _points,
        _scaledPoints == 0 ? double.NaN : _scaledErrors / _scaledPoints,
        _points == 0 ? double.NaN : _percentErrors / _points,
        _points == 0 ? double.NaN : (double)_inside80 / _points,
        _points == 0 ? double.NaN : (double)_inside95 / _points);
}
