namespace Pathway.Analytics.Demo;

/// <summary>
/// How the demo office's applications of one kind behave: the monthly level in January 2016,
/// yearly growth, the jump after the spring of 2022 (the arrivals from Ukraine), the share the
/// residence unit handles, and twelve monthly seasonal factors (January first, mean 1).
/// </summary>
internal sealed record DemoApplicationType(string Key, string Title, double Level, double YearlyGrowth, double Step2022, double ResidenceUnitShare, double[] Season)
{
    /// <summary>The key of the series of this type's applications, all office units together.</summary>
    public string SeriesKey => $"applications.{Key}";

    /// <summary>The English title of that series, the key of its translations.</summary>
    public string SeriesTitle => $"Applications: {Title}";

    public static readonly IReadOnlyList<DemoApplicationType> All =
    [
        // Work permits follow the hiring seasons: spring and early autumn.
        new("temporary-work", "Temporary residence – work", 1800, 0.06, 1.35, 0.65, [0.92, 0.96, 1.10, 1.12, 1.08, 0.98, 0.90, 0.88, 1.06, 1.08, 1.00, 0.92]),
        // Families join in the summer, before the school year.
        new("temporary-family", "Temporary residence – family", 600, 0.04, 1.25, 0.55, [0.90, 0.92, 0.95, 0.98, 1.02, 1.10, 1.18, 1.15, 1.00, 0.95, 0.93, 0.92]),
        // Students apply for the academic year starting in October.
        new("temporary-study", "Temporary residence – study", 350, 0.05, 1.10, 0.70, [0.70, 0.72, 0.75, 0.80, 0.85, 0.95, 1.20, 1.45, 1.55, 1.30, 0.90, 0.83]),
        new("permanent", "Permanent residence", 250, 0.07, 1.20, 0.58, [0.95, 1.00, 1.05, 1.05, 1.02, 0.98, 0.92, 0.90, 1.02, 1.06, 1.05, 1.00]),
        new("eu-long-term", "EU long-term resident", 120, 0.08, 1.15, 0.60, [0.96, 1.00, 1.04, 1.04, 1.02, 0.98, 0.94, 0.92, 1.02, 1.04, 1.04, 1.00]),
    ];
}
