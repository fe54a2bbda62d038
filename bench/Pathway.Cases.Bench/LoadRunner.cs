using System.Diagnostics;
using System.Globalization;

namespace Pathway.Cases.Bench;

internal sealed record LoadSettings(int Seconds, int Concurrency, int WarmupSeconds);

/// <summary>One kind of request; a worker calls it in a loop. False means the request failed.</summary>
internal interface ILoad
{
    Task<bool> OnceAsync(CaseApi api, int worker, Random random, CancellationToken cancellationToken);
}

internal sealed record LoadResult(int Count, int Errors, double Seconds, double[] MillisecondsSorted)
{
    public string Describe(string load, LoadSettings settings)
    {
        double At(double q) => MillisecondsSorted.Length == 0 ? double.NaN : MillisecondsSorted[Math.Min(MillisecondsSorted.Length - 1, (int)Math.Ceiling(q * MillisecondsSorted.Length) - 1)];
        return string.Create(CultureInfo.InvariantCulture,
            $"{load}: {Count} requests in {Seconds:0.0} s with {settings.Concurrency} workers ({settings.WarmupSeconds} s warm-up discarded): "
            + $"{Count / Seconds:0.0} req/s, p50 {At(0.50):0.0} ms, p95 {At(0.95):0.0} ms, p99 {At(0.99):0.0} ms, max {(MillisecondsSorted.Length == 0 ? double.NaN : MillisecondsSorted[^1]):0.0} ms, errors {Errors}");
    }
}

/// <summary>Runs C workers for the warm-up and then for D seconds, keeping only the timings after the warm-up.</summary>
internal static class LoadRunner
{
    public static async Task<LoadResult> RunAsync(CaseApi api, ILoad load, LoadSettings settings)
    {
        var warmupEnds = Stopwatch.GetTimestamp() + (long)(settings.WarmupSeconds * (double)Stopwatch.Frequency);
        var ends = warmupEnds + (long)(settings.Seconds * (double)Stopwatch.Frequency);
        var timings = new List<double>[settings.Concurrency];
        var errors = new int[settings.Concurrency];
        var workers = Enumerable.Range(0, settings.Concurrency).Select(w => Task.Run(async () =>
        {
            var mine = timings[w] = new List<double>(100_000);
            var random = new Random(w * 7919 + 1);
            while (Stopwatch.GetTimestamp() is var start && start < ends)
            {
                bool ok;
                try
                {
                    ok = await load.OnceAsync(api, w, random, CancellationToken.None);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
                {
                    ok = false;
                }

                if (start >= warmupEnds)
                {
                    mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    errors[w] += ok ? 0 : 1;
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var all = timings.SelectMany(t => t).Order().ToArray();
        return new LoadResult(all.Length, errors.Sum(), settings.Seconds, all);
    }
}
