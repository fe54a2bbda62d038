namespace Pathway.Cases.Workflow;

/// <summary>An officer may be given new cases of one application type: the supervisor's record of who is trained for what.</summary>
public sealed class OfficerQualification
{
    public Guid TenantId { get; init; }
    public Guid OfficerId { get; init; }
    public string ApplicationType { get; init; } = "";
}
