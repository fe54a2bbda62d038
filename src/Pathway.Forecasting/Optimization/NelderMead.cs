namespace Pathway.Forecasting.Optimization;

/// <summary>
/// Nelder–Mead simplex minimisation over an unconstrained space (callers map bounded parameters
/// through <see cref="Bounded"/>). Written here rather than taken from a library because it runs
/// hundreds of times per series: it reuses its buffers and never allocates per evaluation.
/// </summary>
internal sealed class NelderMead
{
    public delegate double Objective(ReadOnlySpan<double> x);

    private readonly int _dim;
    private readonly double[][] _simplex;
    private readonly double[] _values;
    private readonly double[] _centroid, _reflected, _expanded, _contracted;

    public NelderMead(int dimension)
    {
        _dim = dimension;
        _simplex = new double[dimension + 1][];
        for (var i = 0; i <= dimension; i++) _simplex[i] = new double[dimension];
        _values = new double[dimension + 1];
        _centroid = new double[dimension];
        _reflected = new double[dimension];
        _expanded = new double[dimension];
        _contracted = new double[dimension];
    }

    public int Evaluations { get; private set; }

    /// <summary>Minimises from <paramref name="start"/>, leaving the best point in it; returns its value.</summary>
    public double Minimise(Objective f, double[] start, ReadOnlySpan<double> steps, int maxEvaluations, double tolerance)
    {
        var n = _dim;
        for (var i = 0; i <= n; i++)
        {
            start.CopyTo(_simplex[i], 0);
            if (i > 0) _simplex[i][i - 1] += steps[i - 1];
            _values[i] = Safe(f(_simplex[i]));
        }
        Evaluations = n + 1;

        while (Evaluations < maxEvaluations)
        {
            SortSimplex();
            var best = _values[0];
            var worst = _values[n];
            if (Math.Abs(worst - best) <= tolerance * (Math.Abs(best) + 1e-10)) break;

            Array.Clear(_centroid);
            for (var i = 0; i < n; i++)
                for (var j = 0; j < n; j++) _centroid[j] += _simplex[i][j] / n;

            Combine(_centroid, _simplex[n], -1.0, _reflected);
            var fr = Evaluate(f, _reflected);
            if (fr < best)
            {
                Combine(_centroid, _simplex[n], -2.0, _expanded);
                var fe = Evaluate(f, _expanded);
                if (fe < fr) Replace(n, _expanded, fe);
                else Replace(n, _reflected, fr);
            }
            else if (fr < _values[n - 1])
            {
                Replace(n, _reflected, fr);
            }
            else
            {
                var outside = fr < worst;
                Combine(_centroid, outside ? _reflected : _simplex[n], 0.5, _contracted);
                var fc = Evaluate(f, _contracted);
                if (fc < (outside ? fr : worst))
                {
                    Replace(n, _contracted, fc);
                }
                else
                {
                    for (var i = 1; i <= n; i++)
                    {
                        for (var j = 0; j < n; j++) _simplex[i][j] = _simplex[0][j] + 0.5 * (_simplex[i][j] - _simplex[0][j]);
                        _values[i] = Evaluate(f, _simplex[i]);
                    }
                }
            }
        }
        SortSimplex();
        _simplex[0].CopyTo(start, 0);
        return _values[0];
    }

    private double Evaluate(Objective f, double[] x)
    {
        Evaluations++;
        return Safe(f(x));
    }

    private static double Safe(double v) => double.IsNaN(v) ? double.PositiveInfinity : v;

    /// <summary>result = centroid + coefficient * (point - centroid), with -1 reflecting and 0.5 contracting.</summary>
    private void Combine(double[] centroid, double[] point, double coefficient, double[] result)
    {
        for (var j = 0; j < _dim; j++) result[j] = centroid[j] + coefficient * (point[j] - centroid[j]);
    }

    private void Replace(int index, double[] point, double value)
    {
        point.CopyTo(_simplex[index], 0);
        _values[index] = value;
    }

    private void SortSimplex()
    {
        // Insertion sort: the simplex has at most a handful of vertices and is nearly sorted.
        for (var i = 1; i <= _dim; i++)
        {
            var v = _values[i];
            var p = _simplex[i];
            var j = i - 1;
            while (j >= 0 && _values[j] > v)
            {
                _values[j + 1] = _values[j];
                _simplex[j + 1] = _simplex[j];
                j--;
            }
            _values[j + 1] = v;
            _simplex[j + 1] = p;
        }
    }
}
