namespace Pathway.Analytics.OfficialStatistics;

/// <summary>The tables, or every problem that stopped them: never tables from part of the permits.</summary>
internal abstract record PermitTablesOutcome
{
    private PermitTablesOutcome()
    {
    }

    public sealed record Built(PermitTables Tables) : PermitTablesOutcome;

    public sealed record Refused(IReadOnlyList<PermitProblem> Problems) : PermitTablesOutcome;
}
