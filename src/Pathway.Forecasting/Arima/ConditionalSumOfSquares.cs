namespace Pathway.Forecasting.Arima;

/// <summary>
/// Residual sum of squares of an ARMA model conditional on the first p' observations and zero
/// pre-sample shocks (p' the AR order with seasonal lags multiplied out), as R's method "CSS".
/// Cheap enough to run for every candidate in the stepwise search.
/// </summary>
internal static class ConditionalSumOfSquares
{
    /// <param name="phi">phi'_1..phi'_p' of the expanded AR polynomial.</param>
    /// <param name="phiLags">Lags where phi' can be non-zero, ascending.</param>
    /// <param name="theta">theta'_1..theta'_q' of the expanded MA polynomial.</param>
    /// <param name="thetaLags">Lags where theta' can be non-zero, ascending.</param>
    /// <param name="residuals">Receives the residuals; zero for the conditioning observations.</param>
    /// <returns>The sum of squares over the <paramref name="used"/> residuals after the conditioning ones.</returns>
    public static double Compute(
        ReadOnlySpan<double> w, double mean,
        ReadOnlySpan<double> phi, ReadOnlySpan<int> phiLags,
        ReadOnlySpan<double> theta, ReadOnlySpan<int> thetaLags,
        Span<double> centred, Span<double> residuals, out int used)
    {
        var n = w.Length;
        var start = phi.Length;
        used = Math.Max(n - start, 0);
        for (var t = 0; t < n; t++)
            centred[t] = w[t] - mean;
        residuals[..Math.Min(start, n)].Clear();

        double sum = 0;
        for (var t = start; t < n; t++)
        {
            var e = centred[t];
            foreach (var lag in phiLags)
                e -= phi[lag - 1] * centred[t - lag];
            var reach = t - start;
            foreach (var lag in thetaLags)
            {
                if (lag > reach)
                    break;
                e -= theta[lag - 1] * residuals[t - lag];
            }
            residuals[t] = e;
            sum += e * e;
        }
        return sum;
    }
}
