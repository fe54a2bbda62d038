namespace Pathway.Analytics.Fairness;

/// <summary>The standard normal and the chi-square with one degree of freedom, which is all the monitor's tests need.</summary>
internal static class NormalDistribution
{
    /// <summary>The two-sided 95% quantile, 1.959964.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>P(|Z| ≥ |z|) for a standard normal Z.</summary>
    public static double TwoSidedP(double z) => Math.Min(1, Erfc(Math.Abs(z) / Math.Sqrt(2)));

    /// <summary>P(X ≥ x) for X chi-square with one degree of freedom (the square of a standard normal).</summary>
    public static double ChiSquareOneP(double x) => x <= 0 ? 1 : Math.Min(1, Erfc(Math.Sqrt(x / 2)));

    /// <summary>
    /// The complementary error function by the Chebyshev fit of Numerical Recipes (erfcc), relative error
    /// under 1.2e-7 everywhere: ample for p-values that are compared with 0.05 / m.
    /// </summary>
    public static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + (0.5 * z));
        double[] coefficients = [-1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277];
        var polynomial = 0.0;
        for (var i = coefficients.Length - 1; i >= 0; i--)
        {
            polynomial = (polynomial * t) + coefficients[i];
        }

        var answer = t * Math.Exp((-z * z) + polynomial);
        return x >= 0 ? answer : 2 - answer;
    }
}
