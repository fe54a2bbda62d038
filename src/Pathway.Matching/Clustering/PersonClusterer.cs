namespace Pathway.Matching.Clustering;

/// <summary>
/// Groups linked records into persons without chaining. Connected components of the links are
/// only a first cut: inside every component of three or more records all pairs are scored and
/// the component is rebuilt by average-linkage agglomeration, so two groups merge only when
/// their members agree with each other on average, not because one record bridges them
/// (A~B and B~C with strong evidence that A≁C does not give {A,B,C}). A component too large to
/// score densely first has its identical records (<paramref name="identical"/>) folded into one
/// member each, which is exact for average linkage; only if it is still too large is it split on
/// stronger links.
/// </summary>
internal sealed class PersonClusterer(Func<int, int, double> weightOf, double linkWeight, double mergeWeight, double clip, int maxDenseComponent = 1_000, int[]? identical = null)
{
    public int[] Cluster(int records, IReadOnlyList<Link> links, CancellationToken cancellation)
    {
        var components = Components(records, links, linkWeight);
        var cluster = new int[records];
        Array.Fill(cluster, -1);
        var groups = new List<int[]>();
        var pending = new Queue<(int[] Members, double LinkWeight)>(components.Select(c => (c, linkWeight)));
        var dense = new List<int[]>();
        while (pending.Count > 0)
        {
            var (members, weight) = pending.Dequeue();
            if (members.Length == 2 && linkWeight >= mergeWeight)
            {
                // A lone link at or above the merge level needs no second look.
                groups.Add(members);
            }
            else if (members.Length <= maxDenseComponent)
            {
                dense.Add(members);
            }
            else if (Folded(members) is { } folded)
            {
                groups.AddRange(folded);
            }
            else
            {
                // Too large to score densely: split on stronger links first.
                var inside = new HashSet<int>(members);
                var stronger = weight + 4;
                var subLinks = links.Where(l => l.Weight >= stronger && inside.Contains(l.Left)).ToList();
                foreach (var part in Components(records, subLinks, stronger, members))
                {
                    pending.Enqueue((part, stronger));
                }
            }
        }

        var refined = new List<int[]>[dense.Count];
        Parallel.For(0, dense.Count, new ParallelOptions { CancellationToken = cancellation }, c => refined[c] = Agglomerate(dense[c]));
        groups.AddRange(refined.SelectMany(r => r));
        foreach (var group in groups)
        {
            foreach (var member in group)
            {
                cluster[member] = group.Min();
            }
        }

        for (var i = 0; i < records; i++)
        {
            if (cluster[i] < 0)
            {
                cluster[i] = i;
            }
        }

        return cluster;
    }

    private static List<int[]> Components(int records, IReadOnlyList<Link> links, double minWeight, int[]? within = null)
    {
        var sets = new DisjointSet(records);
        foreach (var link in links)
        {
            if (link.Weight >= minWeight)
            {
                sets.Union(link.Left, link.Right);
            }
        }

        var byRoot = new Dictionary<int, List<int>>();
        IEnumerable<int> members = within ?? links.SelectMany(l => new[] { l.Left, l.Right }).Distinct();
        foreach (var m in members)
        {
            var root = sets.Find(m);
            if (!byRoot.TryGetValue(root, out var list))
            {
                byRoot[root] = list = [];
            }

            list.Add(m);
        }

        return [.. byRoot.Values.Select(l => l.ToArray())];
    }

    /// <summary>
    /// The component clustered with each set of identical records as one weighted member, when that
    /// brings it within the dense limit; null otherwise. Identical records are folded only when they
    /// would merge with each other anyway (two copies holding just a common surname would not).
    /// </summary>
    private List<int[]>? Folded(int[] members)
    {
        if (identical is null)
        {
            return null;
        }

        var byClass = members.GroupBy(m => identical[m]).Select(g => g.ToList()).ToList();
        var units = new List<List<int>>();
        foreach (var same in byClass)
        {
            if (same.Count > 1 && weightOf(same[0], same[1]) >= mergeWeight)
            {
                units.Add(same);
            }
            else
            {
                units.AddRange(same.Select(m => new List<int> { m }));
            }

            if (units.Count > maxDenseComponent)
            {
                return null;
            }
        }

        return Agglomerate([.. units.Select(u => u[0])], [.. units.Select(u => u.Count)], [.. units]);
    }

    internal List<int[]> Agglomerate(int[] members) => Agglomerate(members, [.. members.Select(_ => 1)], [.. members.Select(m => new List<int> { m })]);

    // Average linkage over weighted members: a member standing for k identical records adds k times its weight.
    private List<int[]> Agglomerate(int[] members, int[] multiplicity, List<int>[] groups)
    {
        var n = members.Length;
        var sum = new double[n, n];
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                // Clipping keeps one wildly negative field (a mistyped document number) from vetoing
                // a merge on its own while still letting consistent disagreement count.
                var w = Math.Clamp(weightOf(members[a], members[b]), -clip, clip) * multiplicity[a] * multiplicity[b];
                sum[a, b] = w;
                sum[b, a] = w;
            }
        }

        // Nearest-neighbour chain: average linkage is reducible, so merging reciprocal nearest
        // neighbours gives the same groups as always merging the globally closest pair, in O(n²)
        // rather than O(n³), which lets components of thousands be clustered densely.
        var size = (int[])multiplicity.Clone();
        var alive = Enumerable.Repeat(true, n).ToArray();
        var open = Enumerable.Repeat(true, n).ToArray();
        var openCount = n;
        var chain = new List<int>();
        var next = 0;
        double Average(int a, int b) => sum[a, b] / ((double)size[a] * size[b]);
        while (openCount > 1)
        {
            if (chain.Count == 0)
            {
                while (!open[next])
                {
                    next++;
                }

                chain.Add(next);
            }

            var a = chain[^1];
            var previous = chain.Count >= 2 ? chain[^2] : -1;
            var b = previous;
            var best = previous >= 0 ? Average(a, previous) : double.NegativeInfinity;
            for (var c = 0; c < n; c++)
            {
                if (open[c] && c != a && Average(a, c) > best)
                {
                    (best, b) = (Average(a, c), c);
                }
            }

            if (b != previous)
            {
                chain.Add(b);
                continue;
            }

            chain.RemoveRange(chain.Count - 2, 2);
            if (best < mergeWeight)
            {
                // Each is the other's closest and still too far: by reducibility neither will ever
                // come within the merge weight of any group, so both are final.
                open[a] = open[b] = false;
                openCount -= 2;
                continue;
            }

            // Sums of pairwise weights add up when groups merge; the average divides by sizes.
            var (keep, drop) = (Math.Min(a, b), Math.Max(a, b));
            for (var c = 0; c < n; c++)
            {
                if (alive[c] && c != keep && c != drop)
                {
                    sum[keep, c] += sum[drop, c];
                    sum[c, keep] = sum[keep, c];
                }
            }

            size[keep] += size[drop];
            alive[drop] = open[drop] = false;
            openCount--;
            groups[keep].AddRange(groups[drop]);
        }

        return [.. Enumerable.Range(0, n).Where(a => alive[a]).Select(a => groups[a].ToArray())];
    }
}
