namespace Pathway.Platform.Audit;

/// <summary>Who acts: a user, an API client or the system itself.</summary>
public sealed record AuditActor(Guid? Id, string Name, Guid? TenantId, string? ClientAddress)
{
    public static readonly AuditActor System = new(null, "system", null, null);
}

public interface IAuditActorAccessor
{
    AuditActor Current { get; }
}

public sealed class FixedAuditActorAccessor(AuditActor actor) : IAuditActorAccessor
{
    public AuditActor Current { get; } = actor;
}
