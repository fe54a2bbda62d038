using Pathway.Analytics.Demo;
using Pathway.Forecasting.Workload;

namespace Pathway.Analytics.Planning;

/// <summary>
/// What the demo office's application types take to decide, as the workload page fills them in:
/// hours per case, the statutory deadline, and the cases waiting at the start with their average
/// age. Each type is named by its series key, so the platform's forecast and a forecast downloaded
/// from the Forecasts page match it. The figures are plausible, not measured.
/// </summary>
internal static class DemoCaseWork
{
    private static readonly Dictionary<string, (double Hours, int DeadlineDays, int Backlog, double AgeDays)> Work = new(StringComparer.Ordinal)
    {
        // Temporary residence: 60 days to decide; a work permit case is the most common and quickest.
        ["temporary-work"] = (5, 60, 3_000, 20),
        ["temporary-family"] = (6, 60, 800, 20),
        ["temporary-study"] = (4, 60, 400, 15),
        // Permanent and EU long-term residence: three months, and more evidence to weigh.
        ["permanent"] = (8, 90, 600, 30),
        ["eu-long-term"] = (7, 90, 250, 30),
    };

    /// <summary>Officer-hours a month for case work that the demo's defaults start from.</summary>
    public const double OfficerHours = 38_000;

    public static IReadOnlyList<ApplicationType> Types { get; } = DemoApplicationType.All
        .Select(t => (t.SeriesKey, Work: Work[t.Key]))
        .Select(t => new ApplicationType(t.SeriesKey, t.Work.Hours, t.Work.DeadlineDays, new OpeningBacklog(t.Work.Backlog, AverageAgeDays: t.Work.AgeDays)))
        .ToList();
}
