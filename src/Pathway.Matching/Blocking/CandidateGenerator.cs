using System.Collections.Concurrent;
using System.Globalization;
using Pathway.Matching.Scoring;

namespace Pathway.Matching.Blocking;

/// <summary>
/// Produces the union of the blocking rules' pairs, each pair once, and compares each as it is
/// produced. A pair is kept only under the first rule (and that rule's smallest key) that
/// brings its two records together, so no global set of seen pairs is needed. A rule whose blocks
/// would yield more than <see cref="BlockingLimits.PairsPerRule"/> pairs loses its largest blocks
/// (the most common values, which say least) until it fits.
/// </summary>
internal sealed class CandidateGenerator(RecordSet set, IReadOnlyList<BlockingRule> rules, BlockingLimits limits)
{
    private readonly long[][] keys = new long[rules.Count][];

    public CandidatePairs Generate(BlockingFeatures features, Action<long, long>? progress, CancellationToken cancellation)
    {
        var chunks = new ConcurrentBag<PairChunk>();
        var yields = new List<RuleYield>();
        var steps = rules.Count + 1;
        for (var r = 0; r < rules.Count; r++)
        {
            cancellation.ThrowIfCancellationRequested();
            yields.Add(RunRule(r, chunks, cancellation));
            progress?.Invoke(r + 1, steps);
        }

        yields.Add(RunNeighbourhood(features, chunks, cancellation));
        progress?.Invoke(steps, steps);
        return new CandidatePairs([.. chunks.Where(c => c.Count > 0)], yields);
    }

    private RuleYield RunRule(int r, ConcurrentBag<PairChunk> chunks, CancellationToken cancellation)
    {
        var rule = rules[r];
        var width = rule.Width;
        var n = set.Count;
        var ruleKeys = new long[n * width];
        Parallel.For(0, n, new ParallelOptions { CancellationToken = cancellation }, i =>
        {
            var slots = ruleKeys.AsSpan(i * width, width);
            rule.Keys(i, slots);
            for (var a = 1; a < width; a++)
            {
                // The same key twice (given name = surname) would put the record in one block twice.
                if (slots[a] != 0 && slots[..a].Contains(slots[a]))
                {
                    slots[a] = 0;
                }
            }
        });
        keys[r] = ruleKeys;

        var entries = 0;
        foreach (var k in ruleKeys)
        {
            entries += k != 0 ? 1 : 0;
        }

        var sortedKeys = new long[entries];
        var sortedRecords = new int[entries];
        for (int slot = 0, e = 0; slot < ruleKeys.Length; slot++)
        {
            if (ruleKeys[slot] != 0)
            {
                sortedKeys[e] = ruleKeys[slot];
                sortedRecords[e++] = slot / width;
            }
        }

        Array.Sort(sortedKeys, sortedRecords);
        var blocks = new List<(int Start, int Length)>();
        for (var start = 0; start < entries;)
        {
            var end = start + 1;
            while (end < entries && sortedKeys[end] == sortedKeys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                blocks.Add((start, end - start));
            }

            start = end;
        }

        // Largest blocks first: they are the ones dropped, and the ones to start early for balance.
        blocks.Sort((a, b) => b.Length.CompareTo(a.Length));
        var total = blocks.Sum(b => (long)b.Length * (b.Length - 1) / 2);
        var skipped = 0;
        long skippedRecords = 0;
        while (skipped < blocks.Count && (total > limits.PairsPerRule || blocks[skipped].Length > limits.MaxBlockSize))
        {
            var (start, length) = blocks[skipped];
            total -= (long)length * (length - 1) / 2;
            skippedRecords += length;
            var key = sortedKeys[start];
            for (var e = start; e < start + length; e++)
            {
                // A dropped block does not count as "already paired" for later rules.
                var slots = ruleKeys.AsSpan(sortedRecords[e] * width, width);
                for (var a = 0; a < width; a++)
                {
                    if (slots[a] == key)
                    {
                        slots[a] = 0;
                    }
                }
            }

            skipped++;
        }

        long produced = 0;
        Parallel.For(
            skipped,
            blocks.Count,
            new ParallelOptions { CancellationToken = cancellation },
            () => new Emitter(chunks, rule.CountsForPrior),
            (b, _, emitter) =>
            {
                var (start, length) = blocks[b];
                var key = sortedKeys[start];
                for (var x = start; x < start + length; x++)
                {
                    for (var y = x + 1; y < start + length; y++)
                    {
                        var i = sortedRecords[x];
                        var j = sortedRecords[y];
                        if (i == j || !Admissible(i, j) || PairedEarlier(r, i, j, key))
                        {
                            continue;
                        }

                        emitter.Add(Math.Min(i, j), Math.Max(i, j), set);
                    }
                }

                return emitter;
            },
            emitter => Interlocked.Add(ref produced, emitter.Close()));

        return new RuleYield(rule.Name, produced, skipped, skippedRecords);
    }

    private RuleYield RunNeighbourhood(BlockingFeatures features, ConcurrentBag<PairChunk> chunks, CancellationToken cancellation)
    {
        var order = new List<(string Key, int Record)>(set.Count);
        for (var i = 0; i < set.Count; i++)
        {
            if (BlockingPlan.NeighbourhoodKey(features, i) is { } key)
            {
                order.Add((key, i));
            }
        }

        order.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key) is var c and not 0 ? c : a.Record.CompareTo(b.Record));
        long produced = 0;
        var window = limits.NeighbourhoodWindow;
        Parallel.For(
            0,
            order.Count,
            new ParallelOptions { CancellationToken = cancellation },
            () => new Emitter(chunks),
            (p, _, emitter) =>
            {
                for (var q = p + 1; q < Math.Min(order.Count, p + window); q++)
                {
                    var i = Math.Min(order[p].Record, order[q].Record);
                    var j = Math.Max(order[p].Record, order[q].Record);
                    if (Admissible(i, j) && !PairedEarlier(rules.Count, i, j, long.MinValue))
                    {
                        emitter.Add(i, j, set);
                    }
                }

                return emitter;
            },
            emitter => Interlocked.Add(ref produced, emitter.Close()));
        return new RuleYield(string.Create(CultureInfo.InvariantCulture, $"sorted neighbourhood of names (window {window})"), produced, 0, 0);
    }

    // Linking two files compares only across them.
    private bool Admissible(int i, int j) => set.Side is null || set.Side[i] != set.Side[j];

    private bool PairedEarlier(int rule, int i, int j, long blockKey)
    {
        for (var r = 0; r <= rule && r < rules.Count; r++)
        {
            var width = rules[r].Width;
            var a = keys[r].AsSpan(i * width, width);
            var b = keys[r].AsSpan(j * width, width);
            foreach (var ka in a)
            {
                if (ka == 0)
                {
                    continue;
                }

                foreach (var kb in b)
                {
                    if (ka == kb && (r < rule || ka < blockKey))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>A worker's current slab; full slabs go to the shared bag.</summary>
    private sealed class Emitter(ConcurrentBag<PairChunk> chunks, bool forPrior = true)
    {
        private PairChunk current = new() { ForPrior = forPrior };
        private long count;

        public void Add(int i, int j, RecordSet set)
        {
            if (current.IsFull)
            {
                chunks.Add(current);
                current = new PairChunk { ForPrior = forPrior };
            }

            current.Add(i, j, ComparisonVector.Compute(set, i, j));
            count++;
        }

        public long Close()
        {
            chunks.Add(current);
            return count;
        }
    }
}
