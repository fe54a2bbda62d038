namespace Pathway.Analytics.OfficialStatistics;

/// <summary>
/// A reference year's residence-permit statistics as the warehouse gives them: the two tables with
/// each cell's confidentiality, or, when some permits cannot be counted, every problem and no
/// tables (never tables from part of the permits).
/// </summary>
/// <param name="Permits">Permits granted in the year with their validity recorded: what the tables are made from.</param>
/// <param name="WithoutValidity">Permits granted in the year whose validity the case does not hold (decided before it was recorded): not counted.</param>
/// <param name="Tables">The tables; null when <see cref="Problems"/> stopped them.</param>
internal sealed record PermitStatisticsOutcome(
    int Year, string ReportingCountry, int Permits, int WithoutValidity, PermitYearTables? Tables, IReadOnlyList<PermitStatisticsProblem> Problems)
{
    /// <summary>A dataflow's file for an edition; null when the tables could not be made or the dataflow is not one of them.</summary>
    public byte[]? Sdmx(string dataflow, SdmxCsvEdition edition) => Tables?.Of(dataflow)?.Sdmx(edition);
}

/// <summary>First permits (MIGR_RESFIRST) and changes of status (MIGR_RESCHANGE), protected, with what the year's permits counted as.</summary>
internal sealed record PermitYearTables(PermitTables Tables, ConfidentialTable FirstPermits, ConfidentialTable ChangesOfStatus)
{
    /// <summary>The dimensions of first permits that vary, in the dataflow's order.</summary>
    public static readonly IReadOnlyList<string> FirstPermitDimensions = ["reason", "citizen", "duration"];

    /// <summary>The dimensions of changes of status that vary, in the dataflow's order.</summary>
    public static readonly IReadOnlyList<string> ChangeDimensions = ["reason_prv", "reason", "citizen"];

    /// <summary>The table of a dataflow by its id, any case (<c>migr_resfirst</c>, <c>MIGR_RESCHANGE</c>); null for another.</summary>
    public ConfidentialTable? Of(string dataflow) =>
        string.Equals(dataflow, Dataflow.FirstPermits.Id, StringComparison.OrdinalIgnoreCase) ? FirstPermits
        : string.Equals(dataflow, Dataflow.ChangesOfStatus.Id, StringComparison.OrdinalIgnoreCase) ? ChangesOfStatus
        : null;
}

/// <summary>A problem that stops the tables, with how many of the year's permits have it (a citizenship code Eurostat lacks, say).</summary>
internal sealed record PermitStatisticsProblem(PermitProblemKind Kind, string Value, int Permits);
