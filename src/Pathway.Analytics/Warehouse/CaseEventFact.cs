namespace Pathway.Analytics.Warehouse;

/// <summary>One step of a case's proceedings (a timeline line without its note or actor): what backlogs, flows and stages are counted from.</summary>
public sealed class CaseEventFact
{
    public Guid StepId { get; init; }
    public Guid TenantId { get; init; }
    public Guid CaseId { get; init; }
    public Guid OfficeId { get; init; }
    public string ApplicationType { get; init; } = "";
    public string Action { get; init; } = "";
    public string FromState { get; init; } = "";
    public string ToState { get; init; } = "";
    public DateOnly On { get; init; }
    public DateTime At { get; init; }
}
