using Pathway.Platform.Persistence;

namespace Pathway.Platform.Identity;

/// <summary>The accounts that hold a role, as a query the caller narrows (tenant, organisation) before reading it.</summary>
public static class UsersInRoles
{
    /// <summary>The accounts holding any of <paramref name="roles"/>, in every tenant.</summary>
    public static IQueryable<PathwayUser> UsersIn(this PathwayDbContext db, IEnumerable<string> roles)
    {
        var names = roles.ToList();
        var roleIds = db.Roles.Where(r => names.Contains(r.Name!)).Select(r => r.Id);
        var userIds = db.UserRoles.Where(ur => roleIds.Contains(ur.RoleId)).Select(ur => ur.UserId);
        return db.Users.Where(u => userIds.Contains(u.Id));
    }
}
