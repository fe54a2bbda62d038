namespace Pathway.Support.Needs;

/// <summary>A specific need an assessment found, with the UNHCR code it was recorded under and, for trafficking, the form of exploitation.</summary>
public sealed class AssessedNeed
{
    public Guid AssessmentId { get; init; }
    public NeedCategory Category { get; init; }

    /// <summary>The UNHCR code as recorded (a category such as <c>SC</c> or a sub-code such as <c>SC-UC</c>); null where the list has none.</summary>
    public string? UnhcrCode { get; init; }

    public Exploitation? Exploitation { get; init; }
}
