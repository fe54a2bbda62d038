using System.Diagnostics;
using System.Globalization;
using Pathway.Matching;

namespace Pathway.Matching.Bench;

/// <summary>Runs a deduplication and prints phase timings, pair counts, peak memory and, given truth, accuracy.</summary>
internal static class DedupeBench
{
    public static async Task<int> RunAsync(string input, string idColumn, double threshold, int explain, string? output)
    {
        var clusters = output ?? Path.Combine(Path.GetTempPath(), $"pathway-bench-{Guid.NewGuid():N}.csv");
        var watch = Stopwatch.StartNew();
        var lastPhase = "";
        var progress = new SynchronousProgress(p =>
        {
            if (p.Phase != lastPhase)
            {
                lastPhase = p.Phase;
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{watch.Elapsed.TotalSeconds,6:0.0} s] {p.Phase}"));
            }
        });
        var outcome = await DedupeJob.RunAsync(new DedupeOptions { InputPath = input, IdColumn = idColumn, OutputPath = clusters, Threshold = threshold, Explain = explain }, progress);
        var wall = watch.Elapsed;
        if (outcome.Error is { } error)
        {
            Console.Error.WriteLine(error);
            return 1;
        }

        var report = outcome.Report!;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"records {report.Records:N0}, candidate pairs {report.CandidatePairs:N0}, linked pairs {report.LinkedPairs:N0}, clusters {report.Clusters:N0}, EM iterations {report.TrainingIterations}"));
        foreach (var rule in report.BlockingRules)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  rule {rule.Rule}: {rule.Pairs:N0} new pairs, {rule.SkippedBlocks} blocks skipped ({rule.SkippedRecords:N0} records)"));
        }

        foreach (var phase in report.Timings)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {phase.Phase,-10} {phase.Elapsed.TotalSeconds,7:0.00} s"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wall {wall.TotalSeconds:0.00} s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):0} MB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"prior {report.Model.Prior:E3}"));
        foreach (var field in report.Model.Fields)
        {
            Console.WriteLine($"  {field.Name,-16} {field.Role,-14} " + string.Join(" ", field.Levels.Select((l, i) => i == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"{field.WeightOf(i):+0.0;-0.0}"))));
        }

        foreach (var call in report.ClosestCalls)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {call.LeftId} ~ {call.RightId}: p={call.MatchProbability:0.000} prior {call.PriorWeight:0.0} ") +
                string.Join("; ", call.Fields.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Field}={f.LeftValue}|{f.RightValue} {f.Level} {f.Weight:+0.0;-0.0}"))));
        }

        Truth.PrintAccuracy(input, idColumn, clusters);
        if (output is null)
        {
            File.Delete(clusters);
        }

        return 0;
    }

    private sealed class SynchronousProgress(Action<LinkageProgress> report) : IProgress<LinkageProgress>
    {
        private readonly Lock gate = new();

        public void Report(LinkageProgress value)
        {
            lock (gate)
            {
                report(value);
            }
        }
    }
}
