namespace Pathway.Platform.Tenancy;

/// <summary>Gives the data layer the scope of the current request or job.</summary>
public interface ITenantScopeAccessor
{
    TenantScope Current { get; }
}

/// <summary>A fixed scope, for the CLI, jobs and tests.</summary>
public sealed class FixedTenantScopeAccessor(TenantScope scope) : ITenantScopeAccessor
{
    public TenantScope Current { get; } = scope;
}
