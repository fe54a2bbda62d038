using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Modules;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Support.Beneficiaries;

namespace Pathway.Support.Retention;

/// <summary>A period chosen for one kind of record, as the API and the form send it.</summary>
public sealed record PolicyInput(RetentionRecordType? RecordType, int? Amount, RetentionUnit? Unit);

/// <summary>One kind of record as the organisation keeps it: the period in force, whether it is the default, and the bounds of a choice.</summary>
public sealed record PolicyView(
    RetentionRecordType RecordType, RetentionAction Action, RetentionPeriod Period, bool IsDefault, RetentionPeriod Default, int LeastMonths, int MostMonths,
    DateTime? ChangedAt, string? ChangedBy);

/// <summary>A legal hold as the API and the form send it.</summary>
public sealed record HoldInput(string? Reason, DateOnly? Until);

/// <summary>
/// The supervisors' side of retention: the organisation's policies, what is due, the runs, a run
/// started by hand, and the legal holds on the organisation's cases. Every change is audited.
/// </summary>
public sealed class RetentionDesk(
    PathwayDbContext db, RetentionSweep sweep, BeneficiaryDesk cases, ITenantScopeAccessor scope, OrganisationDirectory directory, PermissionCatalog permissions,
    TimeProvider clock)
{
    private Guid Tenant => scope.Current.TenantId;

    public bool Manages(ClaimsPrincipal user) => permissions.IsGranted(user, SupportPermissions.RetentionManage);

    private static Guid OrganisationOf(ClaimsPrincipal user) => user.GetOrganisationId() ?? Guid.Empty;

    private async Task<OrganisationKind?> KindOfAsync(Guid organisation, CancellationToken cancellationToken) =>
        (await directory.GetAsync(cancellationToken)).Organisations.FirstOrDefault(o => o.Id == organisation && o.TenantId == Tenant)?.Kind;

    /// <summary>The kinds of record the user's organisation keeps (the helpline only at the office), each with its period.</summary>
    public async Task<IReadOnlyList<PolicyView>> PoliciesAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var organisation = OrganisationOf(user);
        if (await KindOfAsync(organisation, cancellationToken) is not { } kind)
        {
            return [];
        }

        var chosen = await db.TenantRowsOf<RetentionPolicy>(Tenant).AsNoTracking().Where(p => p.OrganisationId == organisation).ToListAsync(cancellationToken);
        return [.. RetentionRules.All.Where(t => RetentionRules.AppliesTo(t, kind)).Select(type =>
        {
            var own = chosen.FirstOrDefault(p => p.RecordType == type);
            var (least, most) = RetentionRules.MonthsAllowed(type);
            return new PolicyView(type, RetentionRules.ActionOf(type), RetentionRules.InForce(type, own?.Period), own is null, RetentionRules.Defaults[type], least, most,
                own?.ChangedAt, own?.ChangedBy);
        })];
    }

    /// <summary>
    /// Sets the organisation's periods: all of them or none (every wrong one is named, on
    /// <c>policies[i].amount</c>, <c>.unit</c> or <c>.recordType</c>). Each change is audited.
    /// </summary>
    public async Task<IReadOnlyList<RetentionRefusal>> SetAsync(IReadOnlyList<PolicyInput> inputs, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var organisation = OrganisationOf(user);
        var kind = await KindOfAsync(organisation, cancellationToken);
        var problems = new List<RetentionRefusal>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"policies[{i}]");
            if (input.RecordType is not { } type || !Enum.IsDefined(type) || kind is null || !RetentionRules.AppliesTo(type, kind.Value))
            {
                problems.Add(new RetentionRefusal(RetentionProblem.NotThisOrganisations, $"{at}.recordType"));
                continue;
            }

            if (RetentionRules.Check(type, input.Amount, input.Unit) is { } problem)
            {
                problems.Add(new RetentionRefusal(problem, problem == RetentionProblem.UnitMissing ? $"{at}.unit" : $"{at}.amount"));
            }
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var by = user.Identity?.Name ?? "?";
        var chosen = await db.TenantRowsOf<RetentionPolicy>(Tenant).Where(p => p.OrganisationId == organisation).ToListAsync(cancellationToken);
        foreach (var input in inputs)
        {
            var period = new RetentionPeriod(input.Amount!.Value, input.Unit!.Value);
            var own = chosen.FirstOrDefault(p => p.RecordType == input.RecordType);
            if (own is null)
            {
                own = new RetentionPolicy { TenantId = Tenant, OrganisationId = organisation, RecordType = input.RecordType!.Value, ChangedBy = by };
                db.Add(own);
                chosen.Add(own);
            }
            else if (own.Period == period)
            {
                continue;
            }

            own.Set(period, now, by);
        }

        // The platform audits each new or changed row with the fields changed, never their values.
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>What each rule of the user's organisation would do now.</summary>
    public Task<IReadOnlyList<RetentionDue>> DueAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        sweep.DueAsync(Tenant, OrganisationOf(user), cancellationToken);

    /// <summary>
    /// The runs that acted for the user's organisation (the nightly ones, the command line's and its
    /// supervisors'), the newest first, each with its own results only.
    /// </summary>
    public async Task<IReadOnlyList<RetentionRun>> RunsAsync(ClaimsPrincipal user, int most, CancellationToken cancellationToken = default)
    {
        var organisation = OrganisationOf(user);
        var office = await KindOfAsync(organisation, cancellationToken) == OrganisationKind.OfficeUnit;
        var runs = await db.Set<RetentionRun>().AsNoTracking().Where(r => r.TenantId == Tenant && (r.OrganisationId == null || r.OrganisationId == organisation))
            .OrderByDescending(r => r.StartedAt).Take(most).ToListAsync(cancellationToken);
        var ids = runs.Select(r => r.Id).ToList();
        var results = await db.Set<RetentionRunResult>().AsNoTracking()
            .Where(r => ids.Contains(r.RunId) && (r.OrganisationId == organisation || (office && r.OrganisationId == null))).ToListAsync(cancellationToken);
        return [.. runs.Select(r => new RetentionRun
        {
            Id = r.Id, TenantId = r.TenantId, RunDate = r.RunDate, Trigger = r.Trigger, OrganisationId = r.OrganisationId, Node = r.Node, StartedAt = r.StartedAt,
            FinishedAt = r.FinishedAt, Error = r.Error, Results = [.. results.Where(x => x.RunId == r.Id).OrderBy(x => x.RecordType)],
        })];
    }

    /// <summary>Runs the organisation's rules now, once a day (the claim of the day's run): null with <see cref="RetentionProblem.RanToday"/> after that. Audited.</summary>
    public async Task<(RetentionRun? Run, RetentionRefusal? Problem)> RunNowAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var organisation = OrganisationOf(user);
        var run = await sweep.RunAsync(Tenant, organisation, RetentionRun.ForOrganisation(organisation), null, cancellationToken);
        if (run is null)
        {
            return (null, new RetentionRefusal(RetentionProblem.RanToday, "run"));
        }

        await db.AuditNowAsync(new AuditRecord("retention-run", nameof(RetentionRun), run.Id.ToString(),
            Details: string.Join("; ", run.Results.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.RecordType}: {r.Acted} {r.Action}, {r.HeldBack} held")))), cancellationToken);
        return (run, null);
    }

    /// <summary>The legal holds on the organisation's cases, those standing first, then the newest.</summary>
    public async Task<IReadOnlyList<LegalHold>> HoldsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var organisation = OrganisationOf(user);
        return await db.TenantRowsOf<LegalHold>(Tenant).AsNoTracking().Where(h => h.OrganisationId == organisation)
            .OrderBy(h => h.LiftedAt == null ? 0 : 1).ThenByDescending(h => h.PlacedAt).Take(500).ToListAsync(cancellationToken);
    }

    /// <summary>The holds of a case the user may open, the newest first; null when they may not open it.</summary>
    public async Task<IReadOnlyList<LegalHold>?> HoldsOfCaseAsync(Guid beneficiaryId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!await cases.Visible(user).AnyAsync(b => b.Id == beneficiaryId, cancellationToken))
        {
            return null;
        }

        return await db.Set<LegalHold>().AsNoTracking().Where(h => h.BeneficiaryId == beneficiaryId).OrderByDescending(h => h.PlacedAt).ToListAsync(cancellationToken);
    }

    /// <summary>The office's day, against which a hold's last day is read.</summary>
    public Task<DateOnly> TodayAsync(CancellationToken cancellationToken = default) => directory.TodayOfAsync(Tenant, cancellationToken);

    /// <summary>A supervisor of the case's organisation places a hold with the reason and, optionally, its last day. Audited with the reason.</summary>
    public async Task<(LegalHold? Hold, IReadOnlyList<RetentionRefusal> Problems)> PlaceHoldAsync(
        Guid beneficiaryId, HoldInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var beneficiary = await HeldCaseAsync(beneficiaryId, user, cancellationToken);
        if (beneficiary is null)
        {
            return (null, [new RetentionRefusal(RetentionProblem.CaseNotFound, "beneficiary")]);
        }

        var problems = new List<RetentionRefusal>();
        if (ReasonProblem(input.Reason) is { } reasonProblem)
        {
            problems.Add(new RetentionRefusal(reasonProblem, "reason"));
        }

        if (input.Until is { } until && until < await TodayAsync(cancellationToken))
        {
            problems.Add(new RetentionRefusal(RetentionProblem.UntilPast, "until"));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var hold = new LegalHold
        {
            TenantId = Tenant, OrganisationId = beneficiary.OrganisationId, BeneficiaryId = beneficiary.Id, CaseNumber = beneficiary.Number, Reason = input.Reason!.Trim(),
            Until = input.Until, PlacedAt = clock.GetUtcNow().UtcDateTime, PlacedBy = user.Identity?.Name ?? "?",
        };
        db.Add(hold);
        db.Audit(new AuditRecord("legal-hold", nameof(Beneficiary), beneficiary.Id.ToString(), Reason: hold.Reason,
            Details: hold.Until is { } last ? string.Create(CultureInfo.InvariantCulture, $"{beneficiary.Number} until {last:yyyy-MM-dd}") : beneficiary.Number));
        await db.SaveChangesAsync(cancellationToken);
        return (hold, []);
    }

    /// <summary>Lifts a standing hold of the case, with the reason. Audited with the reason.</summary>
    public async Task<(LegalHold? Hold, RetentionRefusal? Problem)> LiftHoldAsync(
        Guid beneficiaryId, Guid holdId, string? reason, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var beneficiary = await HeldCaseAsync(beneficiaryId, user, cancellationToken);
        var hold = beneficiary is null ? null : await db.Set<LegalHold>().FirstOrDefaultAsync(h => h.Id == holdId && h.BeneficiaryId == beneficiaryId, cancellationToken);
        if (hold is null)
        {
            return (null, new RetentionRefusal(RetentionProblem.HoldNotFound, "hold"));
        }

        if (ReasonProblem(reason) is { } problem)
        {
            return (null, new RetentionRefusal(problem, "reason"));
        }

        if (!hold.Lift(reason!.Trim(), user.Identity?.Name ?? "?", clock.GetUtcNow().UtcDateTime))
        {
            return (null, new RetentionRefusal(RetentionProblem.LiftedAlready, "hold"));
        }

        db.Audit(new AuditRecord("legal-hold-lift", nameof(Beneficiary), beneficiaryId.ToString(), Reason: hold.LiftReason, Details: hold.CaseNumber));
        await db.SaveChangesAsync(cancellationToken);
        return (hold, null);
    }

    /// <summary>
    /// A case a hold may be placed on or lifted from by the user: one they may open, of their own
    /// organisation (an office supervisor sees the other office unit's rows, but does not answer for its cases).
    /// </summary>
    private async Task<Beneficiary?> HeldCaseAsync(Guid beneficiaryId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!Manages(user))
        {
            return null;
        }

        var organisation = OrganisationOf(user);
        return await cases.Visible(user).AsNoTracking().FirstOrDefaultAsync(b => b.Id == beneficiaryId && b.OrganisationId == organisation, cancellationToken);
    }

    private static RetentionProblem? ReasonProblem(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? RetentionProblem.ReasonMissing
        : reason.Trim().Length > LegalHold.MaxReasonLength ? RetentionProblem.ReasonTooLong
        : null;
}
