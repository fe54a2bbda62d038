namespace Pathway.Forecasting.Hierarchies;

/// <summary>The few dense matrix operations reconciliation needs (hierarchies of hundreds of nodes, not millions).</summary>
internal static class Matrix
{
    public static double[,] Transpose(double[,] a)
    {
        int rows = a.GetLength(0), columns = a.GetLength(1);
        var t = new double[columns, rows];
        for (var i = 0; i < rows; i++)
            for (var j = 0; j < columns; j++) t[j, i] = a[i, j];
        return t;
    }

    public static double[,] Multiply(double[,] a, double[,] b)
    {
        int rows = a.GetLength(0), inner = a.GetLength(1), columns = b.GetLength(1);
        var c = new double[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var k = 0; k < inner; k++)
            {
                var aik = a[i, k];
                if (aik == 0) continue;
                for (var j = 0; j < columns; j++) c[i, j] += aik * b[k, j];
            }
        }

        return c;
    }

    public static double[] Multiply(double[,] a, double[] x)
    {
        int rows = a.GetLength(0), columns = a.GetLength(1);
        var y = new double[rows];
        for (var i = 0; i < rows; i++)
            for (var j = 0; j < columns; j++) y[i] += a[i, j] * x[j];
        return y;
    }

    /// <summary>Inverse of a symmetric positive definite matrix by Cholesky; a tiny ridge keeps near-singular ones solvable.</summary>
    public static double[,] InverseSymmetric(double[,] a)
    {
        var n = a.GetLength(0);
        var l = new double[n, n];
        double trace = 0;
        for (var i = 0; i < n; i++) trace += a[i, i];
        var ridge = 1e-10 * (trace / n + 1e-300);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = a[i, j] + (i == j ? ridge : 0);
                for (var k = 0; k < j; k++) sum -= l[i, k] * l[j, k];
                if (i == j) l[i, i] = Math.Sqrt(Math.Max(sum, 1e-300));
                else l[i, j] = sum / l[j, j];
            }
        }
        // Invert L, then A⁻¹ = L⁻ᵀ L⁻¹.
        var li = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            li[i, i] = 1 / l[i, i];
            for (var j = 0; j < i; j++)
            {
                double sum = 0;
                for (var k = j; k < i; k++) sum -= l[i, k] * li[k, j];
                li[i, j] = sum / l[i, i];
            }
        }
        var inverse = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                double sum = 0;
                for (var k = i; k < n; k++) sum += li[k, i] * li[k, j];
                inverse[i, j] = inverse[j, i] = sum;
            }
        }

        return inverse;
    }
}
