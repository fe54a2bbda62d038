namespace Pathway.Matching.Training;

/// <summary>
/// Unsupervised Fellegi-Sunter fit over the candidate pairs' comparison patterns: a two-class
/// mixture (match / non-match) with conditionally independent fields. Runs on distinct patterns
/// with their counts, so its cost does not grow with the number of pairs.
/// </summary>
internal static class ExpectationMaximisation
{
    public sealed record Fit(double[][] M, double[][] U, double Lambda, int Iterations);

    public static Fit Run(IReadOnlyDictionary<ulong, long> patterns, int[] levelsPerField, double[][] initialM, double[][] initialU, bool estimateU, double initialLambda = 0.2, int maxIterations = 200, double tolerance = 1e-7)
    {
        var fields = levelsPerField.Length;
        var m = initialM.Select(a => (double[])a.Clone()).ToArray();
        var u = initialU.Select(a => (double[])a.Clone()).ToArray();
        var lambda = initialLambda;
        var keys = patterns.Keys.ToArray();
        var counts = keys.Select(k => (double)patterns[k]).ToArray();
        var levels = new byte[keys.Length * fields];
        for (var p = 0; p < keys.Length; p++)
        {
            for (var f = 0; f < fields; f++)
            {
                levels[(p * fields) + f] = (byte)((keys[p] >> (f * 4)) & 0xF);
            }
        }

        var iterations = 0;
        for (; iterations < maxIterations; iterations++)
        {
            var mSum = levelsPerField.Select(l => new double[l]).ToArray();
            var uSum = levelsPerField.Select(l => new double[l]).ToArray();
            double matches = 0, total = 0;
            for (var p = 0; p < keys.Length; p++)
            {
                // Work in logs: a dozen small probabilities multiply below double range otherwise.
                double logM = Math.Log(lambda), logU = Math.Log(1 - lambda);
                for (var f = 0; f < fields; f++)
                {
                    var l = levels[(p * fields) + f];
                    if (l != 0)
                    {
                        logM += Math.Log(Probability.Clamp(m[f][l]));
                        logU += Math.Log(Probability.Clamp(u[f][l]));
                    }
                }

                var r = 1.0 / (1.0 + Math.Exp(logU - logM));
                var c = counts[p];
                matches += r * c;
                total += c;
                for (var f = 0; f < fields; f++)
                {
                    var l = levels[(p * fields) + f];
                    mSum[f][l] += r * c;
                    uSum[f][l] += (1 - r) * c;
                }
            }

            var change = 0.0;
            for (var f = 0; f < fields; f++)
            {
                change = Math.Max(change, Normalise(mSum[f], m[f]));
                if (estimateU)
                {
                    change = Math.Max(change, Normalise(uSum[f], u[f]));
                }
            }

            var newLambda = total > 0 ? matches / total : lambda;
            change = Math.Max(change, Math.Abs(newLambda - lambda));
            lambda = Probability.Clamp(newLambda);
            if (change < tolerance)
            {
                iterations++;
                break;
            }
        }

        return new Fit(m, u, lambda, iterations);
    }

    // Level 0 (missing) is not part of the distribution: missing values carry no evidence.
    private static double Normalise(double[] sums, double[] into)
    {
        var present = 0.0;
        for (var l = 1; l < sums.Length; l++)
        {
            present += sums[l];
        }

        if (present <= 0)
        {
            return 0;
        }

        var change = 0.0;
        for (var l = 1; l < sums.Length; l++)
        {
            var value = sums[l] / present;
            change = Math.Max(change, Math.Abs(value - into[l]));
            into[l] = value;
        }

        into[0] = 0;
        return change;
    }
}
