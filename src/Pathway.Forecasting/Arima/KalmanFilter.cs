namespace Pathway.Forecasting.Arima;

/// <summary>
/// Exact Gaussian likelihood of a stationary ARMA model by the Kalman filter, for unit innovation
/// variance (the variance is concentrated out by the caller).
/// <para>
/// The state is Akaike's: (w_t, w_{t+1|t}, ..., w_{t+r-1|t}) with r = max(p', q' + 1). Its
/// stationary covariance is Gamma minus the forecast-error covariance, so it comes straight from
/// the autocovariances and psi weights instead of a Lyapunov solve of size r^2 (which for a
/// seasonal model with r near 30 would cost more than the whole filter).
/// </para>
/// <para>
/// Started from that stationary covariance, successive prediction covariances differ by a rank-one
/// matrix, so the Chandrasekhar recursions (Morf, Sidhu &amp; Kailath 1974) carry the filter in
/// O(r) per observation instead of O(r^2): the covariance itself is never formed. Should rounding
/// ever break them (a prediction variance below the innovation variance), the evaluation is
/// repeated with the full covariance recursion.
/// </para>
/// Buffers grow to the largest model seen and are reused: nothing is allocated per evaluation.
/// </summary>
internal sealed class KalmanFilter
{
    private const double SettledGain = 1e-9;

    private double[] psiBuffer = [];
    private double[] gammaBuffer = [];
    private double[] rhsBuffer = [];
    private double[] system = [];
    private double[] covariance = [];
    private double[] nextCovariance = [];
    private double[] state = [];
    private double[] column = [];
    private double[] rowTimesPhi = [];

    public static int StateSize(int arLags, int maLags) => Math.Max(arLags, maLags + 1);

    /// <summary>
    /// Runs the filter over <paramref name="w"/> - <paramref name="mean"/>.
    /// Optional outputs (empty spans skip them): the innovations, and the predicted state after
    /// the last observation, from which forecasts continue.
    /// </summary>
    /// <param name="fullRecursion">Skip the Chandrasekhar recursions (to test one against the other).</param>
    /// <returns>False when the model's stationary covariance cannot be formed.</returns>
    public bool Run(
        ReadOnlySpan<double> w, double mean,
        ReadOnlySpan<double> phi, ReadOnlySpan<int> phiLags, ReadOnlySpan<double> theta,
        out double sumSquares, out double sumLogGains,
        Span<double> innovations, Span<double> finalState, bool fullRecursion = false)
    {
        sumSquares = 0;
        sumLogGains = 0;
        var pf = phi.Length;
        var qf = theta.Length;
        var r = StateSize(pf, qf);
        Ensure(r, pf);

        var psi = psiBuffer.AsSpan(0, r);
        psi[0] = 1;
        for (var j = 1; j < r; j++)
        {
            var v = j <= qf ? theta[j - 1] : 0.0;
            foreach (var lag in phiLags)
            {
                if (lag > j)
                    break;
                v += phi[lag - 1] * psi[j - lag];
            }
            psi[j] = v;
        }

        if (!Autocovariances(phi, phiLags, theta, r))
            return false;
        return (!fullRecursion && Chandrasekhar(w, mean, phi, phiLags, r, out sumSquares, out sumLogGains, innovations, finalState))
            || Full(w, mean, phi, phiLags, r, out sumSquares, out sumLogGains, innovations, finalState);
    }

    /// <summary>
    /// With f the prediction variance of w_t, k = T P z and P_{t+1} - P_t = W M W' (z = e_1):
    /// f' = f + M (z'W)^2, k' = k + T W M z'W, W' = T W - k' z'W / f', M' = M + M^2 (z'W)^2 / f.
    /// Initially f = gamma(0), k = T gamma, W = k, M = -1 / f.
    /// </summary>
    private bool Chandrasekhar(
        ReadOnlySpan<double> w, double mean, ReadOnlySpan<double> phi, ReadOnlySpan<int> phiLags, int r,
        out double sumSquares, out double sumLogGains, Span<double> innovations, Span<double> finalState)
    {
        sumSquares = 0;
        sumLogGains = 0;
        var gamma = gammaBuffer.AsSpan(0, r);
        var a = state.AsSpan(0, r);
        var k = column.AsSpan(0, r);
        var wv = rowTimesPhi.AsSpan(0, r);
        a.Clear();
        gamma.CopyTo(k);
        PredictState(k, phi, phiLags, r);
        k.CopyTo(wv);
        var f = gamma[0];
        var m = -1 / f;
        var wantInnovations = !innovations.IsEmpty;
        var n = w.Length;
        for (var t = 0; t < n; t++)
        {
            // The innovation variance is 1; a prediction variance below it means rounding has won.
            if (!(f > 1 - 1e-7) || double.IsInfinity(f))
                return false;
            var v = w[t] - mean - a[0];
            sumSquares += v * v / f;
            sumLogGains += Math.Log(f);
            if (wantInnovations)
                innovations[t] = v;

            PredictState(a, phi, phiLags, r);
            var step = v / f;
            for (var i = 0; i < r; i++)
                a[i] += k[i] * step;

            var zw = wv[0];
            var fNext = f + zw * zw * m;
            PredictState(wv, phi, phiLags, r);
            var scale = m * zw;
            for (var i = 0; i < r; i++)
                k[i] += wv[i] * scale;
            var shrink = zw / fNext;
            for (var i = 0; i < r; i++)
                wv[i] -= k[i] * shrink;
            m += m * m * zw * zw / f;
            f = fNext;
        }
        if (!finalState.IsEmpty)
            a.CopyTo(finalState);
        return true;
    }

    /// <summary>The textbook recursion on the full covariance, O(r^2) per observation.</summary>
    private bool Full(
        ReadOnlySpan<double> w, double mean, ReadOnlySpan<double> phi, ReadOnlySpan<int> phiLags, int r,
        out double sumSquares, out double sumLogGains, Span<double> innovations, Span<double> finalState)
    {
        sumSquares = 0;
        sumLogGains = 0;
        var psi = psiBuffer.AsSpan(0, r);

        var p = covariance.AsSpan(0, r * r);
        var gamma = gammaBuffer.AsSpan(0, r);
        for (var j = 0; j < r; j++)
            p[j] = gamma[j];
        for (var i = 1; i < r; i++)
        {
            for (var j = i; j < r; j++)
                p[i * r + j] = p[(i - 1) * r + j - 1] - psi[i - 1] * psi[j - 1];
            for (var j = 0; j < i; j++)
                p[i * r + j] = p[j * r + i];
        }

        var a = state.AsSpan(0, r);
        a.Clear();
        var col = column.AsSpan(0, r);
        var u = rowTimesPhi.AsSpan(0, r);
        var next = nextCovariance.AsSpan(0, r * r);
        var settled = false;
        var n = w.Length;
        var wantInnovations = !innovations.IsEmpty;

        for (var t = 0; t < n; t++)
        {
            var v = w[t] - mean - a[0];
            if (settled)
            {
                sumSquares += v * v;
                if (wantInnovations)
                    innovations[t] = v;
                for (var i = 0; i < r; i++)
                    a[i] += psi[i] * v;
                PredictState(a, phi, phiLags, r);
                continue;
            }

            var f = p[0];
            if (!(f > 0) || double.IsInfinity(f))
                return false;
            var invF = 1 / f;
            sumSquares += v * v * invF;
            sumLogGains += Math.Log(f);
            if (wantInnovations)
                innovations[t] = v;

            for (var i = 0; i < r; i++)
                col[i] = p[i * r];
            var step = v * invF;
            for (var i = 0; i < r; i++)
                a[i] += col[i] * step;
            PredictState(a, phi, phiLags, r);

            // Covariance after the update is P - c c' / f; the prediction shifts it up-left,
            // builds the last row from phi, and adds psi psi'. All three are fused here.
            double s = 0;
            foreach (var lag in phiLags)
                s += phi[lag - 1] * col[r - lag];
            s *= invF;
            for (var j = 0; j < r; j++)
            {
                double sum = 0;
                var row = j * r;
                foreach (var lag in phiLags)
                    sum += phi[lag - 1] * p[row + r - lag];
                u[j] = sum - col[j] * s;
            }
            for (var i = 0; i < r - 1; i++)
            {
                var ci = col[i + 1] * invF;
                var pi = psi[i];
                var source = (i + 1) * r + 1;
                var target = i * r;
                for (var j = i; j < r - 1; j++)
                {
                    var value = p[source + j] - ci * col[j + 1] + pi * psi[j];
                    next[target + j] = value;
                    next[j * r + i] = value;
                }
                var last = u[i + 1] + pi * psi[r - 1];
                next[target + r - 1] = last;
                next[(r - 1) * r + i] = last;
            }
            double corner = 0;
            foreach (var lag in phiLags)
                corner += phi[lag - 1] * u[r - lag];
            next[r * r - 1] = corner + psi[r - 1] * psi[r - 1];

            var swap = covariance;
            covariance = nextCovariance;
            nextCovariance = swap;
            p = covariance.AsSpan(0, r * r);
            next = nextCovariance.AsSpan(0, r * r);

            if (Math.Abs(f - 1) < SettledGain)
                settled = true;
        }

        if (!finalState.IsEmpty)
            a.CopyTo(finalState);
        return true;
    }

    /// <summary>a &lt;- T a: shift up, last element from the AR coefficients.</summary>
    public static void PredictState(Span<double> a, ReadOnlySpan<double> phi, ReadOnlySpan<int> phiLags, int r)
    {
        double last = 0;
        foreach (var lag in phiLags)
            last += phi[lag - 1] * a[r - lag];
        for (var i = 0; i < r - 1; i++)
            a[i] = a[i + 1];
        a[r - 1] = last;
    }

    /// <summary>
    /// gamma(0..r-1) of the unit-variance ARMA process: the first p'+1 from the linear system
    /// gamma(k) - sum phi_i gamma(|k-i|) = sum_{j>=k} theta_j psi_{j-k}, the rest by recursion.
    /// </summary>
    private bool Autocovariances(ReadOnlySpan<double> phi, ReadOnlySpan<int> phiLags, ReadOnlySpan<double> theta, int r)
    {
        var pf = phi.Length;
        var qf = theta.Length;
        var psi = psiBuffer.AsSpan(0, r);
        var rhs = rhsBuffer.AsSpan(0, Math.Max(r, pf + 1));
        for (var k = 0; k < rhs.Length; k++)
        {
            double sum = 0;
            for (var j = k; j <= qf; j++)
                sum += (j == 0 ? 1.0 : theta[j - 1]) * psi[j - k];
            rhs[k] = sum;
        }

        var size = pf + 1;
        var a = system.AsSpan(0, size * size);
        a.Clear();
        var gamma = gammaBuffer.AsSpan(0, Math.Max(r, size));
        for (var k = 0; k < size; k++)
        {
            a[k * size + k] += 1;
            foreach (var lag in phiLags)
                a[k * size + Math.Abs(k - lag)] -= phi[lag - 1];
            gamma[k] = rhs[k];
        }
        if (!Solve(a, gamma[..size], size))
            return false;
        for (var k = size; k < r; k++)
        {
            var sum = rhs[k];
            foreach (var lag in phiLags)
                sum += phi[lag - 1] * gamma[k - lag];
            gamma[k] = sum;
        }
        return gamma[0] > 0 && double.IsFinite(gamma[0]);
    }

    /// <summary>Gaussian elimination with partial pivoting, in place.</summary>
    private static bool Solve(Span<double> a, Span<double> b, int n)
    {
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            var best = Math.Abs(a[col * n + col]);
            for (var row = col + 1; row < n; row++)
            {
                var value = Math.Abs(a[row * n + col]);
                if (value > best)
                {
                    best = value;
                    pivot = row;
                }
            }
            if (!(best > 1e-12))
                return false;
            if (pivot != col)
            {
                for (var j = 0; j < n; j++)
                    (a[col * n + j], a[pivot * n + j]) = (a[pivot * n + j], a[col * n + j]);
                (b[col], b[pivot]) = (b[pivot], b[col]);
            }
            var diagonal = a[col * n + col];
            for (var row = col + 1; row < n; row++)
            {
                var factor = a[row * n + col] / diagonal;
                if (factor == 0)
                    continue;
                for (var j = col; j < n; j++)
                    a[row * n + j] -= factor * a[col * n + j];
                b[row] -= factor * b[col];
            }
        }
        for (var row = n - 1; row >= 0; row--)
        {
            var sum = b[row];
            for (var j = row + 1; j < n; j++)
                sum -= a[row * n + j] * b[j];
            b[row] = sum / a[row * n + row];
        }
        return true;
    }

    private void Ensure(int r, int pf)
    {
        var size = pf + 1;
        var vector = Math.Max(r, size);
        if (psiBuffer.Length < vector)
        {
            psiBuffer = new double[vector];
            gammaBuffer = new double[vector];
            rhsBuffer = new double[vector];
            state = new double[vector];
            column = new double[vector];
            rowTimesPhi = new double[vector];
        }
        if (covariance.Length < r * r)
        {
            covariance = new double[r * r];
            nextCovariance = new double[r * r];
        }
        if (system.Length < size * size)
            system = new double[size * size];
    }
}
