namespace Pathway.Forecasting.Optimization;

/// <summary>Maps an unconstrained optimiser coordinate into an open interval, and back.</summary>
internal static class Bounded
{
    public static double FromFree(double x, double lower, double upper) => lower + (upper - lower) / (1 + Math.Exp(-x));

    public static double ToFree(double value, double lower, double upper)
    {
        var p = Math.Clamp((value - lower) / (upper - lower), 1e-6, 1 - 1e-6);
        return Math.Log(p / (1 - p));
    }
}
