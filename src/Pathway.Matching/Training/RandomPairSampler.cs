using Pathway.Matching.Scoring;

namespace Pathway.Matching.Training;

/// <summary>
/// Estimates u-probabilities, how often two different people reach each level by chance, from
/// random record pairs (all pairs when there are few). True matches among random pairs are too
/// rare to bias the estimate.
/// </summary>
internal static class RandomPairSampler
{
    private const int Slices = 16;

    public static double[][] EstimateU(RecordSet set, long samplePairs, int seed, CancellationToken cancellation)
    {
        var fields = set.Columns.Length;
        var left = set.Side is null ? Enumerable.Range(0, set.Count).ToArray() : Enumerable.Range(0, set.Count).Where(i => set.Side[i] == 0).ToArray();
        var right = set.Side is null ? left : Enumerable.Range(0, set.Count).Where(i => set.Side[i] == 1).ToArray();
        long possible = set.Side is null ? (long)left.Length * (left.Length - 1) / 2 : (long)left.Length * right.Length;
        var exhaustive = possible <= samplePairs;
        var counts = new long[Slices][][];
        Parallel.For(0, Slices, new ParallelOptions { CancellationToken = cancellation }, slice =>
        {
            var local = new long[fields][];
            for (var f = 0; f < fields; f++)
            {
                local[f] = new long[set.Columns[f].Field.M.Length];
            }

            void Count(int i, int j)
            {
                var vector = ComparisonVector.Compute(set, i, j);
                for (var f = 0; f < fields; f++)
                {
                    local[f][ComparisonVector.LevelOf(vector, f)]++;
                }
            }

            if (exhaustive)
            {
                for (var a = slice; a < left.Length; a += Slices)
                {
                    if (set.Side is null)
                    {
                        for (var b = a + 1; b < left.Length; b++)
                        {
                            Count(left[a], left[b]);
                        }
                    }
                    else
                    {
                        foreach (var b in right)
                        {
                            Count(left[a], b);
                        }
                    }
                }
            }
            else if (left.Length > 0 && right.Length > 1)
            {
                var random = new Random(seed + slice);
                for (long k = slice; k < samplePairs; k += Slices)
                {
                    var i = left[random.Next(left.Length)];
                    var j = right[random.Next(right.Length)];
                    if (i != j)
                    {
                        Count(i, j);
                    }
                }
            }

            counts[slice] = local;
        });

        var u = new double[fields][];
        for (var f = 0; f < fields; f++)
        {
            var levels = set.Columns[f].Field.M.Length;
            var total = new double[levels];
            foreach (var slice in counts)
            {
                for (var l = 0; l < levels; l++)
                {
                    total[l] += slice[f][l];
                }
            }

            // A little smoothing: a level never seen among random pairs is rare, not impossible.
            var present = total.Skip(1).Sum() + (0.1 * (levels - 1));
            u[f] = [.. total.Select((c, l) => l == ComparisonLevels.Missing ? 0 : (c + 0.1) / present)];
        }

        return u;
    }
}
