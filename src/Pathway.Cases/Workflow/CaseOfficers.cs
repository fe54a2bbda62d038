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
    public async Task<IReadOnlyList<Officer>> ListAsync(CancellationToken cancellationToken = default)
    {
        var tenantId = scope.Current.TenantId;
        var roleIds = db.Roles.Where(r => r.Name == Roles.CaseOfficer || r.Name == Roles.Supervisor).Select(r => r.Id);
        var userIds = db.UserRoles.Where(ur => roleIds.Contains(ur.RoleId)).Select(ur => ur.UserId);
        var officers = await db.Users.AsNoTracking().Where(u => u.TenantId == tenantId && userIds.Contains(u.Id))
            .Select(u => new Officer(u.Id, u.DisplayName == "" ? u.Email ?? "" : u.DisplayName)).ToListAsync(cancellationToken);
        return [.. officers.OrderBy(o => o.Name, StringComparer.CurrentCulture)];
    }
}
