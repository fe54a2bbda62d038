using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Audit;
using Pathway.Platform.Localization;
using Pathway.Platform.Persistence;

namespace Pathway.Platform.Identity;

/// <summary>
/// What an administrator does to accounts, from the admin pages and from the `pathway users` command
/// alike: one set of rules, one audit trail. Every change that takes rights away ends the user's
/// sessions by changing the security stamp, which the web host checks on every request.
/// </summary>
public sealed class AccountAdministration(UserManager<PathwayUser> users, PathwayDbContext db, IStringLocalizer<Text> text, TimeProvider clock)
{
    /// <summary>
    /// An administrator's lock never ends by itself, which is also how it is told apart from the
    /// lock-out after failed attempts (that one ends after minutes): no extra column is needed.
    /// </summary>
    public static readonly DateTimeOffset AdministratorLockEnd = DateTimeOffset.MaxValue;

    public static bool IsLockedByAdministrator(PathwayUser user) =>
        // Compared by year: a database may keep fewer fractional digits than DateTimeOffset.MaxValue has.
        user.LockoutEnd is { } end && end.UtcDateTime.Year == AdministratorLockEnd.Year;

    public bool IsLocked(PathwayUser user) => user.LockoutEnd is { } end && end > clock.GetUtcNow();

    public async Task<AccountCreation> CreateAsync(Guid tenantId, NewAccount account, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors(text);
        var email = account.Email?.Trim() ?? "";
        var name = account.DisplayName?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.AddTranslated(nameof(NewAccount.DisplayName), text["Enter the person's name."]);
        }

        if (email.Length == 0 || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email))
        {
            errors.AddTranslated(nameof(NewAccount.Email), text["Enter a valid e-mail address."]);
        }
        else if (await users.FindByEmailAsync(email) is not null)
        {
            errors.AddTranslated(nameof(NewAccount.Email), text["An account with this e-mail address already exists."]);
        }

        var roles = account.Role is { Length: > 0 } role ? new[] { role } : [];
        await CheckRolesAsync(tenantId, roles, account.OrganisationId, errors, nameof(NewAccount.Role), cancellationToken);
        if (errors.Any)
        {
            return new AccountCreation(null, null, errors.ToDictionary());
        }

        var password = account.Password ?? GeneratePassword();
        var user = new PathwayUser
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            OrganisationId = Roles.IsStaff(roles) ? account.OrganisationId : null,
            UserName = email,
            Email = email,
            // The administrator vouches for the address; the person proves it by signing in with the password handed over.
            EmailConfirmed = true,
            DisplayName = name,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                errors.AddTranslated(error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(NewAccount.Password) : nameof(NewAccount.Email), error.Description);
            }

            return new AccountCreation(null, null, errors.ToDictionary());
        }

        await users.AddToRoleAsync(user, roles[0]);
        await db.AuditNowAsync(new AuditRecord(AuditAction.AccountChange, nameof(PathwayUser), user.Id.ToString(), Details: $"account created with the role {roles[0]}"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new AccountCreation(user, account.Password is null ? password : null, new Dictionary<string, string[]>(StringComparer.Ordinal));
    }

    /// <summary>Gives the user exactly <paramref name="roles"/> and the organisation; ends the user's sessions, so the new rights apply from the next sign-in.</summary>
    public async Task<IReadOnlyDictionary<string, string[]>> ChangeRolesAsync(PathwayUser user, IReadOnlyCollection<string> roles, Guid? organisationId, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors(text);
        await CheckRolesAsync(user.TenantId, roles, organisationId, errors, "Roles", cancellationToken);
        var current = await users.GetRolesAsync(user);
        if (!errors.Any && current.Contains(Roles.Admin) && !roles.Contains(Roles.Admin, StringComparer.Ordinal) && await IsLastActiveAdministratorAsync(user))
        {
            errors.AddTranslated("Roles", text["This is the last active administrator: give another account the Administrator role first."]);
        }

        if (errors.Any)
        {
            return errors.ToDictionary();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await users.RemoveFromRolesAsync(user, current.Except(roles, StringComparer.Ordinal).ToList());
        await users.AddToRolesAsync(user, roles.Except(current, StringComparer.Ordinal).ToList());
        user.OrganisationId = Roles.IsStaff(roles) ? organisationId : null;
        await users.UpdateSecurityStampAsync(user);
        await db.AuditNowAsync(new AuditRecord(AuditAction.AccountChange, nameof(PathwayUser), user.Id.ToString(),
            Details: $"roles set to {string.Join(", ", roles.Order(StringComparer.Ordinal))}; organisation {user.OrganisationId?.ToString() ?? "none"}; signed out everywhere"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Dictionary<string, string[]>(StringComparer.Ordinal);
    }

    /// <summary>Locks the account until an administrator unlocks it, and ends its sessions; null when done, else why not.</summary>
    public async Task<string?> LockAsync(PathwayUser user, CancellationToken cancellationToken = default)
    {
        if (await users.IsInRoleAsync(user, Roles.Admin) && await IsLastActiveAdministratorAsync(user))
        {
            return text["This is the last active administrator and cannot be locked: nobody could unlock accounts any more."];
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, AdministratorLockEnd);
        await users.UpdateSecurityStampAsync(user);
        await db.AuditNowAsync(new AuditRecord(AuditAction.AccountChange, nameof(PathwayUser), user.Id.ToString(), Details: "locked by an administrator; signed out everywhere"), cancellationToken);
        return null;
    }

    public async Task UnlockAsync(PathwayUser user, CancellationToken cancellationToken = default)
    {
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await db.AuditNowAsync(new AuditRecord(AuditAction.AccountChange, nameof(PathwayUser), user.Id.ToString(), Details: "unlocked"), cancellationToken);
    }

    /// <summary>For a lost phone: the old authenticator stops working, sessions end, and the user enrols anew.</summary>
    public async Task ResetTwoFactorAsync(PathwayUser user, string from, CancellationToken cancellationToken = default)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await db.AuditNowAsync(new AuditRecord(AuditAction.AccountChange, nameof(PathwayUser), user.Id.ToString(), Details: $"two-factor reset {from}; signed out everywhere"), cancellationToken);
    }

    private async Task CheckRolesAsync(Guid tenantId, IReadOnlyCollection<string> roles, Guid? organisationId, FieldErrors errors, string roleField, CancellationToken cancellationToken)
    {
        if (roles.Count == 0)
        {
            errors.AddTranslated(roleField, text["Choose a role."]);
            return;
        }

        foreach (var unknown in roles.Where(r => !Roles.All.Contains(r, StringComparer.Ordinal)))
        {
            errors.AddTranslated(roleField, text["There is no role '{0}'.", unknown]);
        }

        if (roles.Contains(Roles.Migrant, StringComparer.Ordinal) && roles.Count > 1)
        {
            errors.AddTranslated(roleField, text["A migrant's account cannot also hold a staff role."]);
        }

        if (!Roles.IsStaff(roles))
        {
            return;
        }

        if (organisationId is not { } organisation)
        {
            errors.AddTranslated(nameof(NewAccount.OrganisationId), text["Choose the organisation this person works for."]);
        }
        else if (!await db.Organisations.AnyAsync(o => o.Id == organisation && o.TenantId == tenantId, cancellationToken))
        {
            errors.AddTranslated(nameof(NewAccount.OrganisationId), text["That organisation does not exist."]);
        }
    }

    private async Task<bool> IsLastActiveAdministratorAsync(PathwayUser user)
    {
        var now = clock.GetUtcNow();
        var others = (await users.GetUsersInRoleAsync(Roles.Admin))
            .Where(u => u.Id != user.Id && u.TenantId == user.TenantId && !(u.LockoutEnd is { } end && end > now));
        return !others.Any();
    }

    private static string GeneratePassword()
    {
        const string letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var body = new string(Enumerable.Range(0, 16).Select(_ => letters[RandomNumberGenerator.GetInt32(letters.Length)]).ToArray());
        // Guarantees each character class the password rules ask for.
        return $"{body}-a7Q";
    }
}
