using System.Globalization;
using Pathway.Matching.Jobs;
using Pathway.Matching.Scoring;

namespace Pathway.Matching.Bench;

/// <summary>
/// Where accuracy is lost, against the file's truth column: every true pair the run did not put in
/// one cluster is classed by the stage that lost it (never a candidate, scored far below the
/// threshold, within the link slack, above the threshold but split by clustering) and by what
/// differs (each field's comparison level); every false pair in a cluster by whether it was linked
/// directly or only through its group. Prints the largest classes with a few examples each.
/// </summary>
internal static class Diagnose
{
    public static async Task<int> RunAsync(string input, string idColumn, double threshold, int examples)
    {
        var truthById = Truth.Load(input, idColumn);
        if (truthById.Count == 0)
        {
            Console.Error.WriteLine("diagnosis needs a truth column (cluster) or FEBRL ids");
            return 2;
        }

        var (file, error) = await LoadedFile.LoadAsync(input, idColumn, ["cluster=ignore"], null, CancellationToken.None);
        if (file is null)
        {
            Console.Error.WriteLine(error);
            return 1;
        }

        var notes = new List<string>();
        var plan = FieldPlan.For(file.Roles, null);
        var built = RecordSet.Build(file.Ids, plan.Fields, FieldPlan.Reader(plan.Fields, plan.Columns, file.Table), frequenciesFromData: true);
        var (set, _, _) = ColumnCheck.Apply(built, plan, file.Roles, false, notes);
        var linked = DedupeJob.Link(set, null, threshold, 0, notes, new PhaseClock(null), CancellationToken.None);
        var scorer = linked.Scorer;
        var thresholdWeight = Probability.ToWeight(threshold);
        var linkWeight = thresholdWeight - DedupeJob.LinkSlack;

        var truth = new int[set.Count];
        var persons = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < set.Count; i++)
        {
            truth[i] = persons.TryGetValue(truthById[set.Ids[i]], out var p) ? p : persons[truthById[set.Ids[i]]] = persons.Count;
        }

        var truePairs = Pairs(truth).ToHashSet();
        var candidate = new HashSet<long>();
        foreach (var chunk in linked.Candidates.Chunks)
        {
            for (var k = 0; k < chunk.Count; k++)
            {
                if (truePairs.Contains(Key(chunk.Left[k], chunk.Right[k])))
                {
                    candidate.Add(Key(chunk.Left[k], chunk.Right[k]));
                }
            }
        }

        var missed = new Tally();
        foreach (var key in truePairs)
        {
            var (i, j) = ((int)(key >> 32), (int)key);
            if (linked.Cluster[i] == linked.Cluster[j])
            {
                continue;
            }

            var pair = scorer.Explain(set.Ids[i], set.Ids[j], i, j);
            var stage = !candidate.Contains(key) ? "not a candidate (blocking)"
                : pair.TotalWeight < linkWeight ? "scored below the link slack"
                : pair.TotalWeight < thresholdWeight ? "scored within the slack below the threshold"
                : "above the threshold, split by clustering";
            missed.Add(stage, pair);
        }

        var falsePairs = new Tally();
        foreach (var key in Pairs(linked.Cluster))
        {
            var (i, j) = ((int)(key >> 32), (int)key);
            if (truth[i] == truth[j])
            {
                continue;
            }

            var pair = scorer.Explain(set.Ids[i], set.Ids[j], i, j);
            falsePairs.Add(pair.TotalWeight >= thresholdWeight ? "linked directly above the threshold" : "joined through the group", pair);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"records {set.Count:N0}, true pairs {truePairs.Count:N0}, candidates {linked.Candidates.Count:N0}, threshold weight {thresholdWeight:0.0}, link weight {linkWeight:0.0}, prior {linked.Model.Prior:E3}"));
        foreach (var rule in linked.Candidates.Rules)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  rule {rule.Rule}: {rule.Pairs:N0} new pairs, {rule.SkippedBlocks} blocks skipped ({rule.SkippedRecords:N0} records)"));
        }

        foreach (var field in linked.Model.Fields)
        {
            Console.WriteLine($"  {field.Name,-16} " + string.Join(" ", field.Levels.Select((l, i) => string.Create(CultureInfo.InvariantCulture, $"{l}={field.WeightOf(i):+0.0;-0.0} (m {field.M[i]:0.0000}, u {field.U[i]:0.0000})"))));
        }

        missed.Print(string.Create(CultureInfo.InvariantCulture, $"missed true pairs ({missed.Total:N0} of {truePairs.Count:N0})"), examples);
        falsePairs.Print(string.Create(CultureInfo.InvariantCulture, $"false pairs ({falsePairs.Total:N0})"), examples);
        return 0;
    }

    private static long Key(int i, int j) => ((long)Math.Min(i, j) << 32) | (uint)Math.Max(i, j);

    private static IEnumerable<long> Pairs(int[] groupOf)
    {
        foreach (var group in Enumerable.Range(0, groupOf.Length).GroupBy(i => groupOf[i]).Where(g => g.Count() > 1))
        {
            var members = group.ToArray();
            for (var a = 0; a < members.Length; a++)
            {
                for (var b = a + 1; b < members.Length; b++)
                {
                    yield return Key(members[a], members[b]);
                }
            }
        }
    }

    private static ScoredPair Explain(this PairScorer scorer, string left, string right, int i, int j) => scorer.Explain(i, j) with { LeftId = left, RightId = right };

    /// <summary>Pairs counted by stage, and within a stage by the fields that did not agree exactly.</summary>
    private sealed class Tally
    {
        private readonly Dictionary<string, Dictionary<string, List<ScoredPair>>> byStage = new(StringComparer.Ordinal);

        public int Total { get; private set; }

        public void Add(string stage, ScoredPair pair)
        {
            Total++;
            var signature = string.Join(", ", pair.Fields.Where(f => f.Level != "exact").Select(f => $"{f.Field}:{f.Level.Split(':')[0]}"));
            var classes = byStage.TryGetValue(stage, out var c) ? c : byStage[stage] = new(StringComparer.Ordinal);
            (classes.TryGetValue(signature, out var list) ? list : classes[signature] = []).Add(pair);
        }

        public void Print(string title, int examples)
        {
            Console.WriteLine();
            Console.WriteLine(title);
            foreach (var (stage, classes) in byStage.OrderByDescending(s => s.Value.Sum(c => c.Value.Count)))
            {
                var count = classes.Sum(c => c.Value.Count);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage}: {count:N0} ({100.0 * count / Math.Max(1, Total):0.0}%)"));
                foreach (var (signature, pairs) in classes.OrderByDescending(c => c.Value.Count).Take(12))
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {pairs.Count,6:N0}  mean {pairs.Average(p => p.TotalWeight),6:0.0} bits  [{signature}]"));
                    foreach (var pair in pairs.Take(examples))
                    {
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"              {pair.TotalWeight,6:0.0}: ") + string.Join("; ", pair.Fields.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.LeftValue}|{f.RightValue} {f.Weight:+0.0;-0.0}"))));
                    }
                }
            }
        }
    }
}
