namespace Pathway.Forecasting.Arima;

/// <summary>Local regression on an evenly spaced grid with tricube weights, as STL uses it.</summary>
internal static class Loess
{
    /// <summary>
    /// Smooths <paramref name="y"/> with windows of <paramref name="span"/> neighbours, fitting a
    /// local constant (degree 0) or line (degree 1). Near the ends the window shifts inwards rather
    /// than shrinking, which is what keeps STL's trend usable at the last observations.
    /// </summary>
    public static void Smooth(ReadOnlySpan<double> y, int span, int degree, Span<double> result)
    {
        var n = y.Length;
        if (n == 0)
            return;
        var q = Math.Min(span, n);
        for (var i = 0; i < n; i++)
        {
            var left = Math.Clamp(i - q / 2, 0, n - q);
            var right = left + q - 1;
            // A span longer than the series widens the bandwidth, flattening the weights.
            var bandwidth = Math.Max(i - left, right - i) + 1.0 + Math.Max(0, span - n) / 2.0;
            double sw = 0, swx = 0, swy = 0, swxx = 0, swxy = 0;
            for (var j = left; j <= right; j++)
            {
                var u = Math.Abs(j - i) / bandwidth;
                var w = 1 - u * u * u;
                w = w * w * w;
                var x = j - i;
                sw += w;
                swy += w * y[j];
                swx += w * x;
                swxx += w * x * x;
                swxy += w * x * y[j];
            }
            var level = swy / sw;
            if (degree == 1)
            {
                var meanX = swx / sw;
                var sxx = swxx - sw * meanX * meanX;
                if (sxx > 1e-12 * sw)
                    level -= meanX * (swxy - sw * meanX * level) / sxx;
            }
            result[i] = level;
        }
    }
}
