namespace Pathway.Forecasting.Hierarchies;

/// <summary>How base forecasts of every node are made to add up.</summary>
public enum ReconciliationMethod
{
    /// <summary>Forecast the bottom series only and add them up.</summary>
    BottomUp,

    /// <summary>Least squares with equal weights (Hyndman et al. 2011).</summary>
    Ols,

    /// <summary>Weighted least squares with each node weighted by how many bottom series it holds (structural scaling; Athanasopoulos et al. 2017).</summary>
    WlsStructural,

    /// <summary>Minimum trace with the shrunk covariance of the one-step in-sample errors (Wickramasuriya et al. 2019).</summary>
    MinTShrink,
}

/// <summary>
/// Optimal combination reconciliation: ỹ = S (S'W⁻¹S)⁻¹ S'W⁻¹ ŷ. The result is the coherent
/// forecast closest to the base forecasts in the W⁻¹ metric.
/// </summary>
public static class Reconciliation
{
    public static string ToKey(this ReconciliationMethod method) => method switch
    {
        ReconciliationMethod.BottomUp => "bu",
        ReconciliationMethod.Ols => "ols",
        ReconciliationMethod.WlsStructural => "wls",
        ReconciliationMethod.MinTShrink => "mint",
    };

    public static bool TryParse(string? key, out ReconciliationMethod method) =>
        EnumKeys.TryParse(key, ToKey, ReconciliationMethod.WlsStructural, out method);

    /// <summary>
    /// The matrix P (bottom × nodes) such that the reconciled bottom forecasts are P·ŷ;
    /// <paramref name="residuals"/> (nodes × time) are needed for MinT only.
    /// </summary>
    public static double[,] Projection(Hierarchy hierarchy, ReconciliationMethod method, double[][]? residuals = null)
    {
        var s = hierarchy.Summing;
        int n = s.GetLength(0), b = s.GetLength(1);
        if (method == ReconciliationMethod.BottomUp)
        {
            var p = new double[b, n];
            for (var j = 0; j < b; j++) p[j, hierarchy.IndexOf(hierarchy.Bottom[j])] = 1;
            return p;
        }

        // W⁻¹ as a full matrix: diagonal for OLS and WLS, the shrunk covariance's inverse for MinT.
        var wInverse = new double[n, n];
        if (method == ReconciliationMethod.MinTShrink)
        {
            if (residuals is null) throw new ArgumentException("MinT needs the in-sample errors of every node.", nameof(residuals));
            wInverse = Matrix.InverseSymmetric(ShrunkCovariance(residuals));
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                double weight = 1;
                if (method == ReconciliationMethod.WlsStructural)
                {
                    weight = 0;
                    for (var j = 0; j < b; j++) weight += s[i, j];
                }
                wInverse[i, i] = 1 / weight;
            }
        }

        var stWi = Matrix.Multiply(Matrix.Transpose(s), wInverse); // b × n
        var inner = Matrix.InverseSymmetric(Matrix.Multiply(stWi, s)); // b × b
        return Matrix.Multiply(inner, stWi);
    }

    /// <summary>Schäfer–Strimmer shrinkage of the sample covariance towards its diagonal.</summary>
    internal static double[,] ShrunkCovariance(double[][] residuals)
    {
        var n = residuals.Length;
        var t = residuals[0].Length;
        var centred = new double[n][];
        var sd = new double[n];
        for (var i = 0; i < n; i++)
        {
            var mean = residuals[i].Average();
            centred[i] = residuals[i].Select(v => v - mean).ToArray();
            sd[i] = Math.Sqrt(centred[i].Sum(v => v * v) / (t - 1));
            if (!(sd[i] > 0)) sd[i] = 1e-9;
        }
        double numerator = 0, denominator = 0;
        var covariance = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i; j < n; j++)
            {
                double sum = 0;
                for (var k = 0; k < t; k++) sum += centred[i][k] * centred[j][k];
                covariance[i, j] = covariance[j, i] = sum / (t - 1);
                if (i == j) continue;
                // Variance of the standardised cross products, for the shrinkage intensity.
                double mean = 0, squares = 0;
                for (var k = 0; k < t; k++)
                {
                    var w = centred[i][k] * centred[j][k] / (sd[i] * sd[j]);
                    mean += w;
                    squares += w * w;
                }
                mean /= t;
                var r = mean * t / (t - 1);
                numerator += 2 * t / Math.Pow(t - 1, 3) * (squares - t * mean * mean);
                denominator += 2 * r * r;
            }
        }
        var lambda = denominator > 0 ? Math.Clamp(numerator / denominator, 0, 1) : 1;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
                if (i != j) covariance[i, j] *= 1 - lambda;
        }

        return covariance;
    }
}
