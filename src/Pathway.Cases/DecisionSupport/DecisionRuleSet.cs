namespace Pathway.Cases.DecisionSupport;

/// <summary>
/// A tenant's decision rules for one application type, as the YAML a supervisor wrote: which
/// pre-conditions the checklist looks at. The checklist explains; it never decides. No personal
/// data, so it is filtered by tenant in its queries rather than by the tenancy filter.
/// </summary>
public sealed class DecisionRuleSet
{
    public const int MaxYamlLength = 20_000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public string ApplicationType { get; init; } = "";
    public string Yaml { get; internal set; } = "";
    public DateTime UpdatedAt { get; internal set; }
    public Guid? UpdatedBy { get; internal set; }
}
