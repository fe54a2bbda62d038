namespace Pathway.Forecasting.Arima;

/// <summary>A function to minimise over a few unconstrained parameters.</summary>
internal interface IObjective
{
    double Value(ReadOnlySpan<double> x);
}

/// <summary>
/// Quasi-Newton minimisation with BFGS updates of the inverse Hessian and backtracking line
/// search, after Nash's variable-metric algorithm (the one behind R's optim "BFGS", which
/// stats::arima uses). Gradients are forward differences: the objectives here are smooth and
/// cheap, and a forward difference costs half a central one.
/// Buffers are reused between calls; nothing is allocated per iteration.
/// </summary>
internal sealed class Bfgs
{
    private const double StepReduction = 0.2;
    private const double AcceptanceTolerance = 1e-4;
    private const double RelativeTest = 10;
    private const double RelativeTolerance = 1.5e-8;
    private const double GradientStep = 1e-6;

    /// <summary>
    /// Backtracking gives up after this many reductions (a step 0.2^12, about 4e-9, of the Newton
    /// one): further on, a failed search only spends evaluations proving there is nothing left.
    /// </summary>
    private const int MaxReductions = 12;

    private double[] gradient = [];
    private double[] direction = [];
    private double[] start = [];
    private double[] gradientChange = [];
    private double[] probe = [];
    private double[] inverseHessian = [];

    /// <summary>Evaluations spent by the last call, for tuning.</summary>
    public int Evaluations { get; private set; }

    /// <summary>Minimises <paramref name="f"/> from <paramref name="x"/>, leaving the minimiser there.</summary>
    /// <returns>The minimum found, or +infinity when <paramref name="f"/> is not finite at the start.</returns>
    public double Minimize(IObjective f, Span<double> x, int maxIterations = 100)
    {
        var n = x.Length;
        Evaluations = 0;
        var fmin = Evaluate(f, x);
        if (!double.IsFinite(fmin))
            return double.PositiveInfinity;
        if (n == 0)
            return fmin;
        Ensure(n);
        var g = gradient.AsSpan(0, n);
        var t = direction.AsSpan(0, n);
        var x0 = start.AsSpan(0, n);
        var c = gradientChange.AsSpan(0, n);
        var b = inverseHessian.AsSpan(0, n * n);

        if (!Gradient(f, x, fmin, g))
            return fmin;
        var iterations = 1;
        var gradients = 1;
        var lastReset = gradients;
        int count;
        do
        {
            if (lastReset == gradients)
            {
                b.Clear();
                for (var i = 0; i < n; i++)
                    b[i * n + i] = 1;
            }
            x.CopyTo(x0);
            g.CopyTo(c);
            double slope = 0;
            for (var i = 0; i < n; i++)
            {
                double s = 0;
                for (var j = 0; j < n; j++)
                    s -= b[i * n + j] * g[j];
                t[i] = s;
                slope += s * g[i];
            }

            if (slope < 0)
            {
                var step = 1.0;
                var accepted = false;
                double value = fmin;
                var reductions = 0;
                do
                {
                    count = 0;
                    if (reductions > MaxReductions)
                    {
                        count = n;
                        break;
                    }
                    for (var i = 0; i < n; i++)
                    {
                        x[i] = x0[i] + step * t[i];
                        if (RelativeTest + x0[i] == RelativeTest + x[i])
                            count++;
                    }
                    if (count < n)
                    {
                        value = Evaluate(f, x);
                        accepted = double.IsFinite(value) && value <= fmin + slope * step * AcceptanceTolerance;
                        if (!accepted)
                        {
                            step *= StepReduction;
                            reductions++;
                        }
                    }
                } while (!(count == n || accepted));

                if (count < n && Math.Abs(value - fmin) <= RelativeTolerance * (Math.Abs(fmin) + RelativeTolerance))
                {
                    // Converged: the accepted point is no worse, keep it.
                    fmin = value;
                    break;
                }
                else if (count < n)
                {
                    fmin = value;
                    if (!Gradient(f, x, fmin, g))
                        break;
                    gradients++;
                    iterations++;
                    double d1 = 0;
                    for (var i = 0; i < n; i++)
                    {
                        t[i] *= step;
                        c[i] = g[i] - c[i];
                        d1 += t[i] * c[i];
                    }
                    if (d1 > 0)
                    {
                        if (lastReset == gradients - 1)
                        {
                            // First update after a reset: scale the identity by s'y / y'y so the
                            // next step has the right length (Shanno & Phua), saving a backtrack a time.
                            double yy = 0;
                            for (var i = 0; i < n; i++)
                                yy += c[i] * c[i];
                            var scale = d1 / yy;
                            for (var i = 0; i < n * n; i++)
                                b[i] *= scale;
                        }
                        var bc = x0; // reuse: the start point is no longer needed this iteration
                        double d2 = 0;
                        for (var i = 0; i < n; i++)
                        {
                            double s = 0;
                            for (var j = 0; j < n; j++)
                                s += b[i * n + j] * c[j];
                            bc[i] = s;
                            d2 += s * c[i];
                        }
                        d2 = 1 + d2 / d1;
                        for (var i = 0; i < n; i++)
                        {
                            for (var j = 0; j < n; j++)
                                b[i * n + j] += (d2 * t[i] * t[j] - bc[i] * t[j] - t[i] * bc[j]) / d1;
                        }
                    }
                    else
                    {
                        lastReset = gradients;
                    }
                }
                else
                {
                    // No move was possible: back to the start point, and restart from steepest descent once.
                    x0.CopyTo(x);
                    if (lastReset < gradients)
                    {
                        count = 0;
                        lastReset = gradients;
                    }
                }
            }
            else
            {
                count = 0;
                if (lastReset == gradients)
                    count = n;
                else
                    lastReset = gradients;
            }
            if (iterations >= maxIterations)
                break;
            if (gradients - lastReset > 2 * n)
                lastReset = gradients;
        } while (count != n || lastReset != gradients);
        return fmin;
    }

    private double Evaluate(IObjective f, ReadOnlySpan<double> x)
    {
        Evaluations++;
        return f.Value(x);
    }

    private bool Gradient(IObjective f, Span<double> x, double fx, Span<double> g)
    {
        var n = x.Length;
        var p = probe.AsSpan(0, n);
        x.CopyTo(p);
        for (var i = 0; i < n; i++)
        {
            var h = GradientStep * Math.Max(1, Math.Abs(x[i]));
            p[i] = x[i] + h;
            var up = Evaluate(f, p);
            if (!double.IsFinite(up))
            {
                p[i] = x[i] - h;
                up = Evaluate(f, p);
                if (!double.IsFinite(up))
                    return false;
                h = -h;
            }
            g[i] = (up - fx) / h;
            p[i] = x[i];
        }
        return true;
    }

    private void Ensure(int n)
    {
        if (gradient.Length >= n)
            return;
        gradient = new double[n];
        direction = new double[n];
        start = new double[n];
        gradientChange = new double[n];
        probe = new double[n];
        inverseHessian = new double[n * n];
    }
}
