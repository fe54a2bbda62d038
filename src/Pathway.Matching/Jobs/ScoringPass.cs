using System.Collections.Concurrent;
using Pathway.Matching.Blocking;
using Pathway.Matching.Clustering;
using Pathway.Matching.Scoring;

namespace Pathway.Matching.Jobs;

/// <summary>
/// Scores every candidate pair on both cores, keeping the links at or above the threshold and
/// the pairs closest to it (the calls worth a human look).
/// </summary>
internal static class ScoringPass
{
    public static (List<Link> Links, List<(int Left, int Right)> Closest) Run(PairScorer scorer, CandidatePairs candidates, double linkWeight, double thresholdWeight, int closest, PhaseClock clock, CancellationToken cancellation)
    {
        var links = new ConcurrentBag<List<Link>>();
        var near = new ConcurrentBag<PriorityQueue<(int, int), double>>();
        long done = 0;
        var total = candidates.Chunks.Count;
        Parallel.ForEach(
            candidates.Chunks,
            new ParallelOptions { CancellationToken = cancellation },
            () => (Links: new List<Link>(), Near: new PriorityQueue<(int, int), double>()),
            (chunk, state, local) =>
            {
                for (var p = 0; p < chunk.Count; p++)
                {
                    var weight = scorer.Weight(chunk.Left[p], chunk.Right[p], chunk.Vector[p]);
                    if (weight >= linkWeight)
                    {
                        local.Links.Add(new Link(chunk.Left[p], chunk.Right[p], weight));
                    }

                    if (closest > 0)
                    {
                        // A max-heap on distance (negated priority) keeps the N nearest.
                        var distance = Math.Abs(weight - thresholdWeight);
                        if (local.Near.Count < closest)
                        {
                            local.Near.Enqueue((chunk.Left[p], chunk.Right[p]), -distance);
                        }
                        else if (local.Near.TryPeek(out _, out var worst) && -worst > distance)
                        {
                            local.Near.DequeueEnqueue((chunk.Left[p], chunk.Right[p]), -distance);
                        }
                    }
                }

                clock.Report(Interlocked.Increment(ref done), total);
                return local;
            },
            local =>
            {
                links.Add(local.Links);
                near.Add(local.Near);
            });

        var nearest = near.SelectMany(q => q.UnorderedItems)
            .OrderByDescending(x => x.Priority)
            .ThenBy(x => x.Element.Item1)
            .ThenBy(x => x.Element.Item2)
            .Take(closest)
            .Select(x => x.Element)
            .ToList();
        var all = links.SelectMany(l => l).ToList();
        all.Sort((a, b) => a.Left != b.Left ? a.Left.CompareTo(b.Left) : a.Right.CompareTo(b.Right));
        return (all, nearest);
    }
}
