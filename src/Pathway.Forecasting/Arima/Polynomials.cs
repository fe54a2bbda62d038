namespace Pathway.Forecasting.Arima;

/// <summary>
/// Lag polynomials. AR coefficients follow the textbook sign, 1 - phi_1 B - ... ; MA coefficients
/// 1 + theta_1 B + ... ; a polynomial written out in powers of B is c_0 + c_1 B + ... with c_0 = 1.
/// </summary>
internal static class Polynomials
{
    /// <summary>
    /// Maps unconstrained values to the coefficients of a stationary AR polynomial through partial
    /// autocorrelations (tanh, then Durbin–Levinson), so the optimiser can never leave the
    /// stationary region and the exact likelihood is always defined.
    /// </summary>
    public static void ToStationary(ReadOnlySpan<double> raw, Span<double> coefficients)
    {
        var p = raw.Length;
        Span<double> previous = stackalloc double[p];
        for (var k = 0; k < p; k++)
        {
            var reflection = Math.Tanh(raw[k]);
            for (var j = 0; j < k; j++)
                coefficients[j] = previous[j] - reflection * previous[k - 1 - j];
            coefficients[k] = reflection;
            coefficients[..(k + 1)].CopyTo(previous);
        }
    }

    /// <summary>
    /// The inverse of <see cref="ToStationary"/>: raw values whose mapping gives
    /// <paramref name="coefficients"/>, or false when those are not stationary.
    /// Reflections are held just inside (-1, 1) so the raw values stay finite.
    /// </summary>
    public static bool FromStationary(ReadOnlySpan<double> coefficients, Span<double> raw)
    {
        if (!Reflections(coefficients, 1, raw))
            return false;
        for (var k = 0; k < raw.Length; k++)
            raw[k] = Math.Atanh(Math.Clamp(raw[k], -0.9999, 0.9999));
        return true;
    }

    /// <summary>
    /// True when every root of 1 - a_1 z - ... - a_p z^p lies outside the circle of the given radius.
    /// Scaling z by the radius turns this into the unit-circle question, answered by stepping the
    /// Durbin–Levinson recursion down: no root finding, and exact for any degree.
    /// </summary>
    public static bool RootsOutside(ReadOnlySpan<double> a, double radius)
    {
        var p = a.Length;
        while (p > 0 && Math.Abs(a[p - 1]) < 1e-8)
            p--;
        Span<double> reflections = stackalloc double[p];
        return Reflections(a[..p], radius, reflections);
    }

    /// <summary>
    /// Partial autocorrelations of the AR polynomial with z scaled by <paramref name="radius"/>;
    /// false as soon as one reaches 1 in size (a root inside the circle).
    /// </summary>
    private static bool Reflections(ReadOnlySpan<double> a, double radius, Span<double> reflections)
    {
        var p = a.Length;
        Span<double> current = stackalloc double[p];
        Span<double> next = stackalloc double[p];
        var scale = 1.0;
        for (var j = 0; j < p; j++)
        {
            scale *= radius;
            current[j] = a[j] * scale;
        }
        for (var k = p; k >= 1; k--)
        {
            var reflection = current[k - 1];
            if (!(Math.Abs(reflection) < 1))
                return false;
            reflections[k - 1] = reflection;
            var denominator = 1 - reflection * reflection;
            for (var j = 0; j < k - 1; j++)
                next[j] = (current[j] + reflection * current[k - 2 - j]) / denominator;
            next[..(k - 1)].CopyTo(current);
        }
        return true;
    }

    /// <summary>
    /// Multiplies a non-seasonal and a seasonal factor into the full lag polynomial's coefficients
    /// (without the leading 1). <paramref name="sign"/> is -1 for AR (1 - ...)(1 - ...) and +1 for MA.
    /// </summary>
    public static void Expand(ReadOnlySpan<double> nonSeasonal, ReadOnlySpan<double> seasonal, int period, double sign, Span<double> full)
    {
        full.Clear();
        for (var i = 0; i < nonSeasonal.Length; i++)
            full[i] += nonSeasonal[i];
        for (var j = 0; j < seasonal.Length; j++)
        {
            var lag = (j + 1) * period;
            full[lag - 1] += seasonal[j];
            for (var i = 0; i < nonSeasonal.Length; i++)
                full[lag + i] += sign * nonSeasonal[i] * seasonal[j];
        }
    }

    /// <summary>The lags at which an expanded polynomial can be non-zero, so inner loops skip the rest.</summary>
    public static int[] StructuralLags(int order, int seasonalOrder, int period)
    {
        var lags = new SortedSet<int>();
        for (var i = 1; i <= order; i++)
            lags.Add(i);
        for (var j = 1; j <= seasonalOrder; j++)
        {
            lags.Add(j * period);
            for (var i = 1; i <= order; i++)
                lags.Add(j * period + i);
        }
        return [.. lags];
    }

    /// <summary>Coefficients c_0..c_k of (1 - B)^d (1 - B^m)^D.</summary>
    public static double[] Differencing(int d, int seasonalD, int period)
    {
        double[] result = [1.0];
        for (var i = 0; i < d; i++)
            result = Multiply(result, [1.0, -1.0]);
        for (var i = 0; i < seasonalD; i++)
        {
            var factor = new double[period + 1];
            factor[0] = 1;
            factor[period] = -1;
            result = Multiply(result, factor);
        }
        return result;
    }

    public static double[] Multiply(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var result = new double[a.Length + b.Length - 1];
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = 0; j < b.Length; j++)
                result[i + j] += a[i] * b[j];
        }

        return result;
    }

    /// <summary>
    /// psi_0..psi_{count-1} of theta(B) / alpha(B), where alpha is written out in powers of B
    /// (alpha_0 = 1) and theta holds the MA coefficients after the leading 1.
    /// </summary>
    public static double[] PsiWeights(ReadOnlySpan<double> alpha, ReadOnlySpan<double> theta, int count)
    {
        var psi = new double[Math.Max(count, 0)];
        for (var j = 0; j < psi.Length; j++)
        {
            var value = j == 0 ? 1.0 : j <= theta.Length ? theta[j - 1] : 0.0;
            for (var k = 1; k <= Math.Min(j, alpha.Length - 1); k++)
                value -= alpha[k] * psi[j - k];
            psi[j] = value;
        }
        return psi;
    }
}
