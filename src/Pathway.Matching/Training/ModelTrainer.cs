using System.Collections.Concurrent;
using Pathway.Matching.Blocking;
using Pathway.Matching.Scoring;

namespace Pathway.Matching.Training;

/// <summary>
/// Trains a model without labels. u: from random pairs. m: by EM with u fixed, once per
/// training rule over a sample of the pairs that rule blocks together, each field's m taken from
/// the rules that do not block on it (averaged). Prior: the share of all pairs that match, found
/// as the fixed point of "expected matches among the candidates / all possible pairs" under the
/// trained m and u (pairs no blocking rule proposes are taken as non-matches).
/// </summary>
internal static class ModelTrainer
{
    private const int StoredTermFrequencies = 2_000;
    private const int PairsPerTrainingRule = 400_000;

    public static (LinkageModel Model, int Iterations) Train(RecordSet set, BlockingFeatures features, CandidatePairs candidates, long possiblePairs, long uSamplePairs, List<string> notes, CancellationToken cancellation)
    {
        if (set.Count < LinkageDefaults.MinimumRecordsToTrain || set.Columns.Length == 0)
        {
            if (set.Count > 1)
            {
                notes.Add($"With fewer than {LinkageDefaults.MinimumRecordsToTrain} records there is too little to learn from, so typical registry parameters were used instead of training.");
            }

            return (Untrained(set), 0);
        }

        var fields = set.Columns.Select(c => c.Field).ToArray();
        var levels = fields.Select(f => f.M.Length).ToArray();
        var u = RandomPairSampler.EstimateU(set, uSamplePairs, seed: 20_240_601, cancellation);
        var mSum = fields.Select(f => new double[f.M.Length]).ToArray();
        var leastDisagreement = fields.Select(_ => double.MaxValue).ToArray();
        var estimates = new int[fields.Length];
        var iterations = 0;
        var trainedRules = 0;
        foreach (var rule in TrainingRules.For(set, features))
        {
            var patterns = RulePatterns(set, rule, cancellation);
            if (patterns.Count == 0)
            {
                // A rule on a column that never repeats (or is mostly empty) has nothing to teach; the others still do.
                notes.Add($"Training on records that share their {rule.Name} was skipped: no two records share one.");
                continue;
            }

            trainedRules++;

            var initialM = fields.Select(f => DefaultParameters.For(f.Name, f.Role).M).ToArray();
            var fit = ExpectationMaximisation.Run(patterns, levels, initialM, u, estimateU: false, initialLambda: 0.1);
            iterations += fit.Iterations;
            for (var f = 0; f < fields.Length; f++)
            {
                if (!rule.BlockedFields.Contains(f) && patterns.Keys.Any(k => ComparisonVector.LevelOf(k, f) != 0))
                {
                    for (var l = 0; l < levels[f]; l++)
                    {
                        mSum[f][l] += fit.M[f][l];
                    }

                    leastDisagreement[f] = Math.Min(leastDisagreement[f], fit.M[f][levels[f] - 1]);
                    estimates[f]++;
                }
            }
        }

        if (trainedRules == 0)
        {
            notes.Add("No training rule found records to learn from, so how often the fields of one person agree is taken from typical registry data.");
        }

        var trained = new FieldParameters[fields.Length];
        for (var f = 0; f < fields.Length; f++)
        {
            var column = set.Columns[f];
            var m = estimates[f] > 0 ? Smooth(WithLeastDisagreement(mSum[f].Select(x => x / estimates[f]).ToArray(), leastDisagreement[f])) : DefaultParameters.For(fields[f].Name, fields[f].Role).M;
            var (frequencies, rare) = ComparisonLevels.UsesTermFrequency(column.Role) ? TermFrequencies(column) : (null, (double?)null);
            trained[f] = new FieldParameters
            {
                Name = fields[f].Name,
                Role = fields[f].Role,
                Comparison = fields[f].Comparison,
                M = m,
                U = u[f],
                TermFrequencies = frequencies,
                RareValueFrequency = rare,
            };
        }

        var withoutPrior = new LinkageModel { Prior = 0.5, Fields = trained };
        var prior = EstimatePrior(withoutPrior, Patterns(candidates, cancellation), possiblePairs);
        return (withoutPrior.WithPrior(prior), iterations);
    }

    /// <summary>
    /// How often a field disagrees outright between two records of one person is taken from the
    /// training rule that sees it least: a rule whose blocks are crowded with namesakes (common
    /// names in a small community) fits some of them as matches, and would teach that birth dates
    /// often differ between records of one person, which then links namesakes.
    /// </summary>
    private static double[] WithLeastDisagreement(double[] m, double least)
    {
        var adjusted = (double[])m.Clone();
        adjusted[^1] = Math.Min(adjusted[^1], least);
        return adjusted;
    }

    /// <summary>
    /// Default m and u for a file too small to learn from. The prior assumes that a record has at
    /// most about one other record of the same person, so a pair matches with odds near 1 in n.
    /// </summary>
    private static LinkageModel Untrained(RecordSet set) => new()
    {
        Prior = Math.Min(0.1, 1.0 / Math.Max(2, set.Count)),
        Fields = [.. set.Columns.Select(c => DefaultParameters.For(c.Field.Name, c.Field.Role))],
    };

    // No field is perfectly reliable in real registries (a sex keyed wrong, a nationality changed):
    // a floor on every level keeps one disagreement from outweighing all other evidence.
    private const double MinimumM = 0.002;

    private static double[] Smooth(double[] m)
    {
        var smoothed = m.Select((x, l) => l == ComparisonLevels.Missing ? 0 : Math.Max(x, MinimumM)).ToArray();
        var sum = smoothed.Sum();
        return [.. smoothed.Select(x => x / sum)];
    }

    /// <summary>Solves λ = Σ count·P(match | pattern, λ) / possible pairs by fixed-point iteration.</summary>
    internal static double EstimatePrior(LinkageModel model, Dictionary<ulong, long> patterns, long possiblePairs)
    {
        var weights = patterns.Select(p => (Weight: model.Fields.Select((f, i) => f.WeightOf(ComparisonVector.LevelOf(p.Key, i))).Sum(), Count: (double)p.Value)).ToArray();
        var total = weights.Sum(w => w.Count);
        var lambda = Math.Clamp(0.1 * total / Math.Max(1, possiblePairs), 1e-12, 0.5);
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var logOdds = Math.Log2(lambda / (1 - lambda));
            var expected = weights.Sum(w => w.Count * Probability.FromWeight(w.Weight + logOdds));
            var next = Math.Clamp(expected / Math.Max(1, possiblePairs), 1e-12, 0.5);
            if (Math.Abs(next - lambda) <= 1e-6 * lambda)
            {
                return next;
            }

            lambda = next;
        }

        return lambda;
    }

    // A deterministic sample of the rule's within-block pairs, compared, with the rule's own fields masked.
    private static Dictionary<ulong, long> RulePatterns(RecordSet set, TrainingRule rule, CancellationToken cancellation)
    {
        var n = set.Count;
        var keys = new long[n];
        var records = new int[n];
        Parallel.For(0, n, i =>
        {
            keys[i] = rule.KeyOf(i);
            records[i] = i;
        });
        Array.Sort(keys, records);
        var blocks = new List<(int Start, int Length)>();
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            while (end < n && keys[end] == keys[start])
            {
                end++;
            }

            if (keys[start] != 0 && end - start > 1)
            {
                blocks.Add((start, end - start));
            }

            start = end;
        }

        if (blocks.Count == 0)
        {
            return [];
        }

        var random = new Random(17);
        var order = blocks.OrderBy(_ => random.Next()).ToList();
        var sampled = new List<(int, int)>();
        foreach (var (start, length) in order)
        {
            if (sampled.Count >= PairsPerTrainingRule)
            {
                break;
            }

            // Large blocks give a bounded random share so that one common value cannot dominate.
            var all = (long)length * (length - 1) / 2;
            var take = (int)Math.Min(all, 4L * length);
            if (take == all)
            {
                for (var a = start; a < start + length; a++)
                {
                    for (var b = a + 1; b < start + length; b++)
                    {
                        sampled.Add((records[a], records[b]));
                    }
                }
            }
            else
            {
                for (var k = 0; k < take; k++)
                {
                    var a = random.Next(length);
                    var b = random.Next(length - 1);
                    b += b >= a ? 1 : 0;
                    sampled.Add((records[start + a], records[start + b]));
                }
            }
        }

        var mask = ComparisonVector.LevelsMask;
        foreach (var f in rule.BlockedFields)
        {
            mask &= ~(0xFUL << (f * 4));
        }

        var patterns = new ConcurrentDictionary<ulong, long>();
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, sampled.Count, 4096),
            new ParallelOptions { CancellationToken = cancellation },
            range =>
            {
                var local = new Dictionary<ulong, long>();
                for (var p = range.Item1; p < range.Item2; p++)
                {
                    var (i, j) = sampled[p];
                    if (set.Side is not null && set.Side[i] == set.Side[j])
                    {
                        continue;
                    }

                    var key = ComparisonVector.Compute(set, i, j) & mask;
                    local[key] = local.GetValueOrDefault(key) + 1;
                }

                foreach (var (key, count) in local)
                {
                    patterns.AddOrUpdate(key, count, (_, c) => c + count);
                }
            });
        return new Dictionary<ulong, long>(patterns);
    }

    public static Dictionary<ulong, long> Patterns(CandidatePairs candidates, CancellationToken cancellation)
    {
        var merged = new ConcurrentDictionary<ulong, long>();
        Parallel.ForEach(
            candidates.Chunks.Where(c => c.ForPrior),
            new ParallelOptions { CancellationToken = cancellation },
            () => new Dictionary<ulong, long>(),
            (chunk, state, local) =>
            {
                for (var p = 0; p < chunk.Count; p++)
                {
                    var key = chunk.Vector[p] & ComparisonVector.LevelsMask;
                    local[key] = local.GetValueOrDefault(key) + 1;
                }

                return local;
            },
            local =>
            {
                foreach (var (key, count) in local)
                {
                    merged.AddOrUpdate(key, count, (_, c) => c + count);
                }
            });
        return new Dictionary<ulong, long>(merged);
    }

    // The model keeps the most common values; any other value agrees by chance as often as the
    // frequency-weighted average of the rest (sum f^2 / sum f).
    private static (Dictionary<string, double>, double?) TermFrequencies(FieldColumn column)
    {
        var order = Enumerable.Range(0, column.Values.Length).OrderByDescending(v => column.Counts[v]).ToArray();
        var kept = order.Take(StoredTermFrequencies).ToDictionary(v => column.Values[v], v => column.Frequency[v], StringComparer.Ordinal);
        double squares = 0, sum = 0;
        foreach (var v in order.Skip(StoredTermFrequencies))
        {
            squares += column.Frequency[v] * column.Frequency[v];
            sum += column.Frequency[v];
        }

        return (kept, sum > 0 ? squares / sum : null);
    }
}
