using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Localization;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Portal.Settings;

/// <summary>An office unit or partner organisation as the settings list it, with how many accounts belong to it.</summary>
public sealed record OrganisationEntry(Guid Id, string Name, OrganisationKind Kind, int Accounts);

/// <summary>
/// The office's units and partner organisations, named and added by its editors and admins without
/// redeploying: the services directory, the wallet's confirmations and the staff accounts refer to
/// them. An organisation is never deleted here: records belong to it.
/// </summary>
public sealed class OrganisationsDesk(PathwayDbContext db, ITenantScopeAccessor scope, OrganisationDirectory directory)
{
    public const int MaxNameLength = 200;

    public async Task<IReadOnlyList<OrganisationEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        var tenant = scope.Current.TenantId;
        var accounts = await db.Users.Where(u => u.TenantId == tenant && u.OrganisationId != null).GroupBy(u => u.OrganisationId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.TenantId == tenant).ToListAsync(cancellationToken);
        return [.. organisations.OrderBy(o => o.Kind).ThenBy(o => o.Name, StringComparer.CurrentCulture)
            .Select(o => new OrganisationEntry(o.Id, o.Name, o.Kind, accounts.GetValueOrDefault(o.Id)))];
    }

    /// <summary>Adds an organisation; null with the problems in <paramref name="errors"/>.</summary>
    public async Task<OrganisationEntry?> AddAsync(string? name, string? kind, ClaimsPrincipal by, FieldErrors errors, CancellationToken cancellationToken = default)
    {
        var tenant = scope.Current.TenantId;
        if (!Enum.TryParse<OrganisationKind>(kind, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed))
        {
            errors.Add("kind", "An organisation is a unit of the office or a partner organisation.");
        }

        var checkedName = await NameAsync(name, null, errors, cancellationToken);
        if (errors.Any)
        {
            return null;
        }

        var organisation = new Organisation { Id = Guid.CreateVersion7(), TenantId = tenant, Name = checkedName!, Kind = parsed };
        db.Organisations.Add(organisation);
        db.Audit(new AuditRecord(AuditAction.Create, nameof(Organisation), organisation.Id.ToString(), Details: parsed.ToString()));
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return new OrganisationEntry(organisation.Id, organisation.Name, organisation.Kind, 0);
    }

    /// <summary>
    /// Renames an organisation; null when the office has none by that id, or with the problems in
    /// <paramref name="errors"/> when the name is refused.
    /// </summary>
    public async Task<OrganisationEntry?> RenameAsync(Guid id, string? name, FieldErrors errors, CancellationToken cancellationToken = default)
    {
        var tenant = scope.Current.TenantId;
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id && o.TenantId == tenant, cancellationToken);
        if (organisation is null || await NameAsync(name, id, errors, cancellationToken) is not { } checkedName)
        {
            return null;
        }

        organisation.Name = checkedName;
        db.Audit(new AuditRecord(AuditAction.Update, nameof(Organisation), id.ToString(), Details: "name"));
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        var accounts = await db.Users.CountAsync(u => u.TenantId == tenant && u.OrganisationId == id, cancellationToken);
        return new OrganisationEntry(organisation.Id, organisation.Name, organisation.Kind, accounts);
    }

    // One line of up to 200 characters, and no other organisation of the office by that name (letter case aside).
    private async Task<string?> NameAsync(string? name, Guid? self, FieldErrors errors, CancellationToken cancellationToken)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxNameLength || trimmed.Any(char.IsControl))
        {
            errors.Add("name", "A name is one line of 1 to {0} characters.", MaxNameLength);
            return null;
        }

        var tenant = scope.Current.TenantId;
        var names = await db.Organisations.Where(o => o.TenantId == tenant && o.Id != self).Select(o => o.Name).ToListAsync(cancellationToken);
        if (names.Contains(trimmed, StringComparer.CurrentCultureIgnoreCase))
        {
            errors.Add("name", "The office has an organisation by this name already.");
            return null;
        }

        return trimmed;
    }
}
