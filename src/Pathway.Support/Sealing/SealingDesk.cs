using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Pathway.Platform.Audit;
using Pathway.Platform.Email;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Modules;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Localization;

namespace Pathway.Support.Sealing;

public enum SealingProblem
{
    CaseNotFound,
    ReasonMissing,
    ReasonTooLong,
    NotOnTeam,
    SealedAlready,
    NotSealed,
    NumberMissing,
    NumberUnknown,
    OpenAlready,
    HoursOutOfRange,
    AccessNotFound,
    ReviewedAlready,
}

public sealed record SealingRefusal(SealingProblem Problem, string Field);

/// <summary>A break-glass opening as the API and the form send it.</summary>
public sealed record BreakGlassInput(string? CaseNumber, string? Reason, int? Hours);

/// <summary>
/// Sealed cases and break-glass access. The case's team seals a case (trafficking, a threat to the
/// person): from then on it opens to its team only and appears in no list, search or duplicate check
/// of anyone else, supervisors included. Someone of the organisation who needs a case they may not
/// open (sealed, or not on its team) breaks the glass: they give the case's number and the reason,
/// and the case opens to them for a few hours; the organisation's supervisors are alerted by e-mail
/// and on their desk, and review every opening. All of it is audited with its reason.
/// </summary>
public sealed class SealingDesk(
    PathwayDbContext db, BeneficiaryDesk cases, ITenantScopeAccessor scope, PermissionCatalog permissions, OrganisationDirectory directory,
    IEmailSender mail, IStringLocalizer<SupportText> text, TimeProvider clock, ILogger<SealingDesk> logger)
{
    /// <summary>How long a break-glass opening lasts unless the user asks for less or more (up to <see cref="BreakGlassAccess.MaxHours"/>).</summary>
    public const int DefaultHours = 2;

    private Guid Tenant => scope.Current.TenantId;

    public bool MayReview(ClaimsPrincipal user) => permissions.IsGranted(user, SupportPermissions.BreakGlassReview);

    /// <summary>Seals a case the user is on the team of, with the reason. Only the team seals: the seal keeps everyone else out.</summary>
    public async Task<SealingRefusal?> SealAsync(Guid beneficiaryId, string? reason, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        await SetSealAsync(beneficiaryId, reason, seal: true, user, cancellationToken);

    /// <summary>Unseals a sealed case the user is on the team of, with the reason.</summary>
    public async Task<SealingRefusal?> UnsealAsync(Guid beneficiaryId, string? reason, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        await SetSealAsync(beneficiaryId, reason, seal: false, user, cancellationToken);

    private async Task<SealingRefusal?> SetSealAsync(Guid beneficiaryId, string? reason, bool seal, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var beneficiary = await cases.Visible(user).Include(b => b.Team).FirstOrDefaultAsync(b => b.Id == beneficiaryId, cancellationToken);
        if (beneficiary is null)
        {
            return new SealingRefusal(SealingProblem.CaseNotFound, "beneficiary");
        }

        if (ReasonProblem(reason) is { } problem)
        {
            return new SealingRefusal(problem, "reason");
        }

        var me = user.GetUserId() ?? Guid.Empty;
        if (beneficiary.Team.All(m => m.UserId != me))
        {
            return new SealingRefusal(SealingProblem.NotOnTeam, "beneficiary");
        }

        if (beneficiary.IsSealed == seal)
        {
            return new SealingRefusal(seal ? SealingProblem.SealedAlready : SealingProblem.NotSealed, "beneficiary");
        }

        beneficiary.SealAt(seal ? clock.GetUtcNow().UtcDateTime : null, user.Identity?.Name ?? "?");
        db.Audit(new AuditRecord(seal ? "case-seal" : "case-unseal", nameof(Beneficiary), beneficiary.Id.ToString(), Reason: reason!.Trim(), Details: beneficiary.Number));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>
    /// Opens a case of the user's organisation that they may not open now, by its number, for
    /// <see cref="BreakGlassInput.Hours"/> hours, with the reason; audited, and the organisation's
    /// supervisors alerted. The number must be exact: a sealed case is found by no search.
    /// </summary>
    public async Task<(BreakGlassAccess? Access, IReadOnlyList<SealingRefusal> Problems)> BreakGlassAsync(
        BreakGlassInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var problems = new List<SealingRefusal>();
        var number = input.CaseNumber?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(number))
        {
            problems.Add(new SealingRefusal(SealingProblem.NumberMissing, "caseNumber"));
        }

        if (ReasonProblem(input.Reason) is { } reasonProblem)
        {
            problems.Add(new SealingRefusal(reasonProblem, "reason"));
        }

        var hours = input.Hours ?? DefaultHours;
        if (hours is < 1 or > BreakGlassAccess.MaxHours)
        {
            problems.Add(new SealingRefusal(SealingProblem.HoursOutOfRange, "hours"));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var organisation = user.GetOrganisationId() ?? Guid.Empty;
        var beneficiary = await db.Set<Beneficiary>().AsNoTracking().FirstOrDefaultAsync(b => b.TenantId == Tenant && b.OrganisationId == organisation && b.Number == number, cancellationToken);
        if (beneficiary is null)
        {
            // Asked and not found is audited too: guessing numbers leaves a trace.
            await db.AuditNowAsync(new AuditRecord("break-glass-miss", nameof(Beneficiary), "", Reason: input.Reason!.Trim(), Details: number), cancellationToken);
            return (null, [new SealingRefusal(SealingProblem.NumberUnknown, "caseNumber")]);
        }

        // A case the user may open already needs no glass broken.
        if (await cases.IsClosedAsync(beneficiary.Id, user, cancellationToken) is not null)
        {
            return (null, [new SealingRefusal(SealingProblem.OpenAlready, "caseNumber")]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var access = new BreakGlassAccess
        {
            TenantId = Tenant, OrganisationId = organisation, BeneficiaryId = beneficiary.Id, CaseNumber = beneficiary.Number, UserId = user.GetUserId() ?? Guid.Empty,
            UserName = user.Identity?.Name ?? "?", Reason = input.Reason!.Trim(), OpenedAt = now, ExpiresAt = now.AddHours(hours),
        };
        db.Add(access);
        db.Audit(new AuditRecord("break-glass", nameof(Beneficiary), beneficiary.Id.ToString(), Reason: access.Reason,
            Details: string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{beneficiary.Number} for {hours} h{(beneficiary.IsSealed ? ", sealed" : "")}")));
        await db.SaveChangesAsync(cancellationToken);
        await AlertAsync(access, cancellationToken);
        return (access, []);
    }

    /// <summary>
    /// The break-glass openings in the user's organisation: all of them, the ones not yet reviewed
    /// first, for those who review them; the user's own for anyone else.
    /// </summary>
    public async Task<IReadOnlyList<BreakGlassAccess>> ListAsync(ClaimsPrincipal user, int most, CancellationToken cancellationToken = default)
    {
        var organisation = user.GetOrganisationId() ?? Guid.Empty;
        var me = user.GetUserId() ?? Guid.Empty;
        var openings = db.Set<BreakGlassAccess>().AsNoTracking().Where(a => a.TenantId == Tenant && a.OrganisationId == organisation);
        if (!MayReview(user))
        {
            openings = openings.Where(a => a.UserId == me);
        }

        return await openings.OrderBy(a => a.ReviewedAt == null ? 0 : 1).ThenByDescending(a => a.OpenedAt).Take(most).ToListAsync(cancellationToken);
    }

    /// <summary>How many openings of the user's organisation wait for a supervisor's review (0 for one who does not review).</summary>
    public async Task<int> UnreviewedAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!MayReview(user))
        {
            return 0;
        }

        var organisation = user.GetOrganisationId() ?? Guid.Empty;
        return await db.Set<BreakGlassAccess>().CountAsync(a => a.TenantId == Tenant && a.OrganisationId == organisation && a.ReviewedAt == null, cancellationToken);
    }

    /// <summary>The user's break-glass opening of a case, while it lasts: what the case page says it is open by.</summary>
    public async Task<BreakGlassAccess?> OpenNowAsync(Guid beneficiaryId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var me = user.GetUserId() ?? Guid.Empty;
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<BreakGlassAccess>().AsNoTracking().Where(a => a.BeneficiaryId == beneficiaryId && a.UserId == me && a.ExpiresAt > now)
            .OrderByDescending(a => a.ExpiresAt).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>A supervisor marks an opening reviewed, with a note when something was not right.</summary>
    public async Task<(BreakGlassAccess? Access, SealingRefusal? Problem)> ReviewAsync(Guid id, string? note, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var organisation = user.GetOrganisationId() ?? Guid.Empty;
        var access = MayReview(user)
            ? await db.Set<BreakGlassAccess>().FirstOrDefaultAsync(a => a.Id == id && a.TenantId == Tenant && a.OrganisationId == organisation, cancellationToken)
            : null;
        if (access is null)
        {
            return (null, new SealingRefusal(SealingProblem.AccessNotFound, "access"));
        }

        var words = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (words?.Length > BreakGlassAccess.MaxReasonLength)
        {
            return (null, new SealingRefusal(SealingProblem.ReasonTooLong, "note"));
        }

        if (!access.Review(user.Identity?.Name ?? "?", words, clock.GetUtcNow().UtcDateTime))
        {
            return (null, new SealingRefusal(SealingProblem.ReviewedAlready, "access"));
        }

        db.Audit(new AuditRecord("break-glass-review", nameof(Beneficiary), access.BeneficiaryId.ToString(), Reason: words, Details: $"{access.CaseNumber} opened by {access.UserName}"));
        await db.SaveChangesAsync(cancellationToken);
        return (access, null);
    }

    internal static SealingProblem? ReasonProblem(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? SealingProblem.ReasonMissing
        : reason.Trim().Length > BreakGlassAccess.MaxReasonLength ? SealingProblem.ReasonTooLong
        : null;

    /// <summary>
    /// Tells the organisation's supervisors, each in their language, who opened which case by
    /// break-glass and why. The opening stands on their desk whether or not the e-mail goes: a mail
    /// server down loses no alert.
    /// </summary>
    private async Task AlertAsync(BreakGlassAccess access, CancellationToken cancellationToken)
    {
        var supervisors = await db.UsersIn(permissions.RolesGranted(SupportPermissions.BreakGlassReview)).AsNoTracking()
            .Where(u => u.TenantId == Tenant && u.OrganisationId == access.OrganisationId && u.Id != access.UserId && u.Email != null)
            .Select(u => new { u.Email, u.DisplayName, u.PreferredCulture }).ToListAsync(cancellationToken);
        var tenant = (await directory.GetAsync(cancellationToken)).Tenants.FirstOrDefault(t => t.Id == Tenant);
        var until = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(access.ExpiresAt, DateTimeKind.Utc), await directory.ZoneOfAsync(Tenant, cancellationToken));
        foreach (var supervisor in supervisors)
        {
            var language = SupportedCultures.ForReader(supervisor.PreferredCulture, tenant?.DefaultCulture);
            using var inTheirLanguage = InLanguage.Of(language.Culture);
            try
            {
                await mail.SendAsync(new EmailMessage(supervisor.Email!, supervisor.DisplayName, text["Break-glass: case {0} opened", access.CaseNumber], language.Culture,
                [
                    new EmailBlock.Paragraph(text["{0} opened case {1} by break-glass until {2}.", access.UserName, access.CaseNumber,
                        until.ToString("g", language.Culture)]),
                    new EmailBlock.Paragraph(text["The reason given: {0}", access.Reason]),
                    new EmailBlock.Paragraph(text["Review the opening on the break-glass page of the support services."]),
                ]), cancellationToken);
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or System.Net.Mail.SmtpException)
            {
                logger.LogWarning(e, "The break-glass alert for case {Case} could not be e-mailed; it stands on the supervisors' desk.", access.CaseNumber);
            }
        }
    }
}
