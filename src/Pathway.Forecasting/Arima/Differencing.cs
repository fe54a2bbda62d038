namespace Pathway.Forecasting.Arima;

internal static class Differencing
{
    /// <summary>(1 - B)^d (1 - B^m)^D applied to <paramref name="y"/>; shorter by d + mD.</summary>
    public static double[] Apply(ReadOnlySpan<double> y, int d, int seasonalD, int period)
    {
        var current = y.ToArray();
        for (var i = 0; i < seasonalD; i++)
            current = Lagged(current, period);
        for (var i = 0; i < d; i++)
            current = Lagged(current, 1);
        return current;
    }

    public static double[] Lagged(ReadOnlySpan<double> x, int lag)
    {
        if (x.Length <= lag)
            return [];
        var result = new double[x.Length - lag];
        for (var t = 0; t < result.Length; t++)
            result[t] = x[t + lag] - x[t];
        return result;
    }

    /// <summary>
    /// Constant up to rounding, as R's is.constant (all.equal) sees it: differencing a straight line
    /// leaves values that differ in the last bits, and those must count as constant.
    /// </summary>
    public static bool IsConstant(ReadOnlySpan<double> x)
    {
        if (x.Length <= 1)
            return true;
        double spread = 0, size = 0;
        foreach (var v in x)
        {
            spread += Math.Abs(v - x[0]);
            size += Math.Abs(v);
        }
        return size > 1.5e-8 * x.Length ? spread / size < 1.5e-8 : spread / x.Length < 1.5e-8;
    }
}
