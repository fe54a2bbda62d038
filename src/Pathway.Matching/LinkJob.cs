using System.Globalization;
using Pathway.Matching.Blocking;
using Pathway.Matching.Jobs;
using Pathway.Matching.Scoring;
using Pathway.Matching.Training;

namespace Pathway.Matching;

/// <summary>
/// Links two files: blocks across them, trains (unless given a model), scores, and writes
/// "left_id,right_id,match_probability" for every pair at or above the threshold.
/// </summary>
public static class LinkJob
{
    public static async Task<JobOutcome<LinkReport>> RunAsync(LinkOptions options, IProgress<LinkageProgress>? progress = null, CancellationToken cancellation = default)
    {
        if (options.Threshold is <= 0 or >= 1)
        {
            return JobOutcome<LinkReport>.Failure(new InputError(InputErrorKind.InvalidOption, options.LeftPath, 0, "The threshold must be a probability between 0 and 1 (exclusive)."));
        }

        var clock = new PhaseClock(progress);
        clock.Start("reading");
        var (left, error) = await LoadedFile.LoadAsync(options.LeftPath, options.IdColumn, options.FieldMappings, progress, cancellation).ConfigureAwait(false);
        if (left is null)
        {
            return JobOutcome<LinkReport>.Failure(error!);
        }

        var (right, rightError) = await LoadedFile.LoadAsync(options.RightPath, options.IdColumn, options.FieldMappings, progress, cancellation).ConfigureAwait(false);
        if (right is null)
        {
            return JobOutcome<LinkReport>.Failure(rightError!);
        }

        var notes = new List<string>();
        var plan = FieldPlan.For(left.Roles, options.Model);
        var rightColumns = RightColumns(plan, left, right);
        var n = left.Ids.Length;
        var ids = left.Ids.Concat(right.Ids).ToArray();
        var side = new byte[ids.Length];
        Array.Fill(side, (byte)1, n, right.Ids.Length);
        var readLeft = FieldPlan.Reader(plan.Fields, plan.Columns, left.Table);
        var readRight = FieldPlan.Reader(plan.Fields, rightColumns, right.Table);
        var built = RecordSet.Build(ids, plan.Fields, (f, i) => i < n ? readLeft(f, i) : readRight(f, i - n), frequenciesFromData: options.Model is null, side);

        // The check looks at both files' values together: a column is dropped from the pair of them.
        (var set, var kept, var roles) = ColumnCheck.Apply(built, plan, left.Roles, options.Model is not null, notes);
        plan = kept;
        if (n == 0 || right.Ids.Length == 0)
        {
            notes.Add(n == 0 ? "The left file has a header but no records, so nothing can match." : "The right file has a header but no records, so nothing can match.");
        }

        clock.Start("blocking");
        var features = new BlockingFeatures(set);
        var candidates = new CandidateGenerator(set, BlockingPlan.For(set, features), BlockingLimits.For(set.Count))
            .Generate(features, clock.Report, cancellation);

        clock.Start("training");
        var possible = (long)n * right.Ids.Length;
        var (model, iterations) = options.Model is { } given
            ? (given, 0)
            : ModelTrainer.Train(set, features, candidates, possible, LinkageDefaults.RandomPairs, notes, cancellation);

        clock.Start("scoring");
        var scorer = new PairScorer(model, DedupeJob.WithModelFields(set, model));
        var thresholdWeight = Probability.ToWeight(options.Threshold);
        var (links, closest) = ScoringPass.Run(scorer, candidates, thresholdWeight, thresholdWeight, options.Explain, clock, cancellation);

        clock.Start("writing", links.Count);
        await AtomicFile.WriteAsync(options.OutputPath, async (writer, token) =>
        {
            await writer.WriteLineAsync("left_id,right_id,match_probability").ConfigureAwait(false);
            foreach (var link in links.OrderByDescending(l => l.Weight))
            {
                token.ThrowIfCancellationRequested();
                var probability = Probability.FromWeight(link.Weight).ToString("0.######", CultureInfo.InvariantCulture);
                await writer.WriteLineAsync($"{AtomicFile.Escape(set.Ids[link.Left])},{AtomicFile.Escape(set.Ids[link.Right])},{probability}").ConfigureAwait(false);
            }
        }, cancellation).ConfigureAwait(false);
        clock.Stop();

        // Pairs are stored with the smaller index first, which is always the left file's record.
        var explained = closest.Select(p => scorer.Explain(p.Left, p.Right)).ToList();
        return JobOutcome<LinkReport>.Success(new LinkReport(
            n, right.Ids.Length, candidates.Count, links.Count, roles, [.. roles.Where(r => r.LeftOut is not null).Select(r => r.Column)], candidates.Rules, clock.Timings, explained, model, iterations, notes));
    }

    // The right file's column for each field: the same header name, else an unused column of the same role.
    private static int[] RightColumns(FieldPlan plan, LoadedFile left, LoadedFile right)
    {
        var used = new HashSet<int>();
        var columns = new int[plan.Fields.Length];
        for (var f = 0; f < plan.Fields.Length; f++)
        {
            var name = plan.Columns[f] >= 0 ? left.Table.Header[plan.Columns[f]] : plan.Fields[f].Name;
            var index = right.Roles.FindIndex(r => string.Equals(r.Column, name, StringComparison.OrdinalIgnoreCase) && r.Role != FieldRole.Ignore);
            if (index < 0 || used.Contains(index))
            {
                index = Enumerable.Range(0, right.Roles.Count)
                    .FirstOrDefault(c => right.Roles[c].Role == plan.Fields[f].Role && right.Roles[c].Role != FieldRole.Ignore && !used.Contains(c), -1);
            }

            columns[f] = index;
            if (index >= 0)
            {
                used.Add(index);
            }
        }

        return columns;
    }
}
