using System.Globalization;
using Pathway.Matching.Blocking;
using Pathway.Matching.Clustering;
using Pathway.Matching.Jobs;
using Pathway.Matching.Scoring;
using Pathway.Matching.Training;

namespace Pathway.Matching;

/// <summary>
/// Finds the persons in one file: blocks, trains (unless given a model), scores, clusters, and
/// writes "id,cluster_id" for every input row.
/// </summary>
public static class DedupeJob
{
    /// <summary>Clipping of pair weights (bits) inside clustering; see <see cref="PersonClusterer"/>.</summary>
    internal const double ClusterWeightClip = 30;

    /// <summary>
    /// Links this many bits below the threshold still join a component, so a sparse record weakly
    /// tied to several members of one person is considered with all of them...
    /// </summary>
    internal const double LinkSlack = 4;

    /// <summary>
    /// ...and joins when its average weight to the group is within one bit of the threshold:
    /// agreement with a whole group is stronger evidence than one pair. Measured on the
    /// development sets: recall up, precision unchanged on FEBRL and Splink (fake_1000: F1 0.9544
    /// with it, 0.9433 without); at 0 in files of 10,000 records or more the demo registry gained
    /// (F1 0.8717 to 0.8958 at 1,000,000) but the historical set lost (0.9698 to 0.9632).
    /// </summary>
    internal const double MergeSlack = 1;

    public static async Task<JobOutcome<DedupeReport>> RunAsync(DedupeOptions options, IProgress<LinkageProgress>? progress = null, CancellationToken cancellation = default)
    {
        if (options.Threshold is <= 0 or >= 1)
        {
            return JobOutcome<DedupeReport>.Failure(new InputError(InputErrorKind.InvalidOption, options.InputPath, 0, "The threshold must be a probability between 0 and 1 (exclusive)."));
        }

        var clock = new PhaseClock(progress);
        clock.Start("reading");
        var (file, error) = await LoadedFile.LoadAsync(options.InputPath, options.IdColumn, options.FieldMappings, progress, cancellation).ConfigureAwait(false);
        if (file is null)
        {
            return JobOutcome<DedupeReport>.Failure(error!);
        }

        var notes = new List<string>();
        var plan = FieldPlan.For(file.Roles, options.Model);
        var read = FieldPlan.Reader(plan.Fields, plan.Columns, file.Table);
        var built = RecordSet.Build(file.Ids, plan.Fields, read, frequenciesFromData: options.Model is null);
        (var set, plan, var roles) = ColumnCheck.Apply(built, plan, file.Roles, options.Model is not null, notes);
        if (set.Count < 2)
        {
            notes.Add(set.Count == 0 ? "The file has a header but no records, so there is no one to group." : "The file has one record, so there is nothing to compare it with.");
        }

        var linked = Link(set, options.Model, options.Threshold, options.Explain, notes, clock, cancellation);
        var (candidates, model, iterations, scorer, links, closest, cluster) = (linked.Candidates, linked.Model, linked.Iterations, linked.Scorer, linked.Links, linked.Closest, linked.Cluster);
        var numbers = new Dictionary<int, int>();
        foreach (var c in cluster)
        {
            numbers.TryAdd(c, numbers.Count + 1);
        }

        clock.Start("writing", set.Count);
        await AtomicFile.WriteAsync(options.OutputPath, async (writer, token) =>
        {
            await writer.WriteLineAsync("id,cluster_id").ConfigureAwait(false);
            for (var i = 0; i < set.Count; i++)
            {
                if ((i & 0xFFFF) == 0)
                {
                    token.ThrowIfCancellationRequested();
                    clock.Report(i, set.Count);
                }

                await writer.WriteLineAsync($"{AtomicFile.Escape(set.Ids[i])},{numbers[cluster[i]].ToString(CultureInfo.InvariantCulture)}").ConfigureAwait(false);
            }
        }, cancellation).ConfigureAwait(false);
        clock.Stop();

        var explained = closest.Select(p => scorer.Explain(p.Left, p.Right)).ToList();
        return JobOutcome<DedupeReport>.Success(new DedupeReport(
            set.Count, candidates.Count, links.Count, numbers.Count, roles, [.. roles.Where(r => r.LeftOut is not null).Select(r => r.Column)], candidates.Rules, clock.Timings, explained, model, iterations, notes));
    }

    /// <summary>What the stages between reading and writing produced, for the job and for diagnosis in the benchmarks.</summary>
    internal sealed record Linkage(CandidatePairs Candidates, LinkageModel Model, int Iterations, PairScorer Scorer, List<Link> Links, List<(int Left, int Right)> Closest, int[] Cluster);

    /// <summary>Blocks, trains (unless given a model), scores and clusters a record set.</summary>
    internal static Linkage Link(RecordSet set, LinkageModel? given, double threshold, int explain, List<string> notes, PhaseClock clock, CancellationToken cancellation)
    {
        clock.Start("blocking");
        var features = new BlockingFeatures(set);
        var candidates = new CandidateGenerator(set, BlockingPlan.For(set, features), BlockingLimits.For(set.Count))
            .Generate(features, clock.Report, cancellation);

        clock.Start("training");
        var possible = (long)set.Count * (set.Count - 1) / 2;
        var (model, iterations) = given is { } fixedModel
            ? (fixedModel, 0)
            : ModelTrainer.Train(set, features, candidates, possible, LinkageDefaults.RandomPairs, notes, cancellation);

        clock.Start("scoring");
        var combinations = given is null ? NameCombinations.For(set, null, fromData: true) : null;
        if (combinations is not null)
        {
            model = model.WithNameCombinations(combinations.MostCommon());
        }

        var scorer = new PairScorer(model, WithModelFields(set, model), combinations);
        var thresholdWeight = Probability.ToWeight(threshold);
        var linkWeight = thresholdWeight - LinkSlack;
        var (links, closest) = ScoringPass.Run(scorer, candidates, linkWeight, thresholdWeight, explain, clock, cancellation);

        clock.Start("clustering");
        var clusterer = new PersonClusterer(scorer.Weight, linkWeight, thresholdWeight - MergeSlack, ClusterWeightClip, identical: IdenticalRecords.Classes(set));
        var cluster = clusterer.Cluster(set.Count, links, cancellation);
        return new Linkage(candidates, model, iterations, scorer, links, closest, cluster);
    }

    /// <summary>The record set re-featurised only when the model's term frequencies differ from the file's own.</summary>
    internal static RecordSet WithModelFields(RecordSet set, LinkageModel model) =>
        set.Columns.Select(c => c.Field).SequenceEqual(model.Fields) ? set : new RecordSet(set.Ids, [.. set.Columns.Select((c, f) => c.WithField(model.Fields[f]))], set.Side);
}
