namespace Pathway.Portal.Procedures;

/// <summary>
/// A migrant has ticked off one step of a procedure in their account. Personal data (what a person is
/// going through): read and written by that person only, every change audited. A mark whose step an
/// editor has since removed stays, uncounted, until the step comes back or the person unticks it.
/// </summary>
public sealed class StepDone
{
    public Guid UserId { get; init; }
    public Guid ItemId { get; init; }
    public string StepKey { get; init; } = "";
    public Guid TenantId { get; init; }
    public DateTime DoneAt { get; init; }
}
