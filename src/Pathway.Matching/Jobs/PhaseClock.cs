using System.Diagnostics;

namespace Pathway.Matching.Jobs;

/// <summary>Times a job's phases and reports each start as progress.</summary>
internal sealed class PhaseClock(IProgress<LinkageProgress>? progress)
{
    private readonly List<PhaseTiming> timings = [];
    private readonly Stopwatch watch = new();
    private string? current;

    public IReadOnlyList<PhaseTiming> Timings => timings;

    public void Start(string phase, long total = 0)
    {
        Stop();
        current = phase;
        watch.Restart();
        progress?.Report(new LinkageProgress(phase, 0, total));
    }

    public void Report(long done, long total)
    {
        if (current is not null)
        {
            progress?.Report(new LinkageProgress(current, done, total));
        }
    }

    public void Stop()
    {
        if (current is not null)
        {
            timings.Add(new PhaseTiming(current, watch.Elapsed));
            current = null;
        }
    }
}
