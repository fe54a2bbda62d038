namespace Pathway.Analytics.OfficialStatistics;

/// <summary>
/// A reference year's residence-permit tables for one reporting country, with the year's permits
/// and what each counted as (first, change of status, renewal, or left out and why).
/// </summary>
internal sealed record PermitTables(int Year, string ReportingCountry, StatisticsTable FirstPermits, StatisticsTable ChangesOfStatus, IReadOnlyList<ClassifiedPermit> Permits)
{
    /// <summary>How many of the year's permits counted as <paramref name="standing"/>.</summary>
    public int Count(PermitStanding standing) => Permits.Count(p => p.Standing == standing);
}
