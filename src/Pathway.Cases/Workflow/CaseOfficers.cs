using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Workflow;

/// <summary>A person who can work cases, by the name the office knows them by.</summary>
public sealed record Officer(Guid Id, string Name);

/// <summary>The tenant's officers and supervisors: whom a case can be assigned to, and whose name a queue shows.</summary>
public interface ICaseOfficers
{
    Task<IReadOnlyList<Officer>> ListAsync(CancellationToken cancellationToken = default);
}

internal sealed class CaseOfficers(PathwayDbContext db, ITenantScopeAccessor scope) : ICaseOfficers
{
    public Task<IReadOnlyList<Officer>> ListAsync(CancellationToken cancellationToken = default) => ListAsync(db, scope.Current.TenantId, cancellationToken);

    /// <summary>The officers of a named tenant, for seeding, where no person is signed in.</summary>
    internal static async Task<IReadOnlyList<Officer>> ListAsync(PathwayDbContext db, Guid tenantId, CancellationToken cancellationToken)
    {
        var officers = await db.UsersIn([Roles.CaseOfficer, Roles.Supervisor]).AsNoTracking().Where(u => u.TenantId == tenantId)
            .Select(u => new Officer(u.Id, u.DisplayName == "" ? u.Email ?? "" : u.DisplayName)).ToListAsync(cancellationToken);
        return [.. officers.OrderBy(o => o.Name, StringComparer.CurrentCulture)];
    }
}
