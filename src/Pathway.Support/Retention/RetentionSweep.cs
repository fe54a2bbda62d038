using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Pathway.Platform.Audit;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Closures;
using Pathway.Support.Gbv;
using Pathway.Support.Helpline;
using Pathway.Support.Interpreting;
using Pathway.Support.Needs;
using Pathway.Support.Plans;
using Pathway.Support.Referrals;
using Pathway.Support.Sealing;
using Pathway.Support.Tracing;
using Pathway.Support.Transfers;

namespace Pathway.Support.Retention;

/// <summary>One rule of one organisation (for the helpline, of the office: no organisation) with the period in force.</summary>
public sealed record RetentionRule(Guid? OrganisationId, RetentionRecordType RecordType, RetentionPeriod Period)
{
    public RetentionAction Action => RetentionRules.ActionOf(RecordType);
}

/// <summary>What a rule would do now: the records it would anonymise or delete, and those a legal hold keeps.</summary>
public sealed record RetentionDue(RetentionRule Rule, int Due, int HeldBack);

/// <summary>
/// Applies the retention rules of a tenant (or of one organisation in it): reads past the organisation
/// filter, narrowed to the tenant, as a background job has no caller's scope. Deletions and anonymisations
/// go in batches, each in its own transaction with its audit entries, so a crash leaves every batch
/// whole or untouched; a case under a legal hold, and the records of its own, are left alone.
/// </summary>
public sealed class RetentionSweep(PathwayDbContext db, OrganisationDirectory directory, TimeProvider clock, ILogger<RetentionSweep> logger)
{
    /// <summary>Cases anonymised in one transaction: each touches a dozen tables.</summary>
    public const int CasesPerBatch = 20;

    public const int RowsPerBatch = 500;

    /// <summary>The rules in force for the tenant, or for one organisation of it (with the helpline's, for an office unit).</summary>
    public async Task<IReadOnlyList<RetentionRule>> RulesAsync(Guid tenant, Guid? organisation, CancellationToken cancellationToken = default)
    {
        var organisations = (await directory.GetAsync(cancellationToken)).Organisations.Where(o => o.TenantId == tenant).ToList();
        var chosen = await db.TenantRowsOf<RetentionPolicy>(tenant).AsNoTracking().ToListAsync(cancellationToken);
        var rules = new List<RetentionRule>();
        foreach (var unit in organisations.Where(o => organisation is null || o.Id == organisation))
        {
            foreach (var type in RetentionRules.All.Where(t => t != RetentionRecordType.HelplineCalls))
            {
                var own = chosen.FirstOrDefault(p => p.OrganisationId == unit.Id && p.RecordType == type);
                rules.Add(new RetentionRule(unit.Id, type, RetentionRules.InForce(type, own?.Period)));
            }
        }

        var offices = organisations.Where(o => o.Kind == OrganisationKind.OfficeUnit).Select(o => o.Id).ToHashSet();
        if (organisation is null || offices.Contains(organisation.Value))
        {
            rules.Add(new RetentionRule(null, RetentionRecordType.HelplineCalls, RetentionRules.HelplinePeriod(
                chosen.Where(p => p.RecordType == RetentionRecordType.HelplineCalls && offices.Contains(p.OrganisationId)).Select(p => p.Period))));
        }

        return rules;
    }

    /// <summary>What each rule would do now, without doing it.</summary>
    public async Task<IReadOnlyList<RetentionDue>> DueAsync(Guid tenant, Guid? organisation, CancellationToken cancellationToken = default)
    {
        var (now, today) = await NowAsync(tenant, cancellationToken);
        var due = new List<RetentionDue>();
        foreach (var rule in await RulesAsync(tenant, organisation, cancellationToken))
        {
            int acting = 0, held = 0;
            foreach (var target in Targets(tenant, rule, now, today))
            {
                acting += await target.Acting.CountAsync(cancellationToken);
                held += target.Held is null ? 0 : await target.Held.CountAsync(cancellationToken);
            }

            due.Add(new RetentionDue(rule, acting, held));
        }

        return due;
    }

    /// <summary>
    /// Runs the rules once for the day and <paramref name="trigger"/>: null when that run was claimed
    /// already (by this node or another). A rule that fails stops the run, which keeps the error; what
    /// its finished batches did stays done.
    /// </summary>
    public async Task<RetentionRun?> RunAsync(Guid tenant, Guid? organisation, string trigger, AuditActor? actor, CancellationToken cancellationToken = default)
    {
        var (now, today) = await NowAsync(tenant, cancellationToken);
        var run = new RetentionRun
        {
            Id = Guid.CreateVersion7(), TenantId = tenant, RunDate = today, Trigger = trigger, OrganisationId = organisation,
            Node = Environment.MachineName, StartedAt = now,
        };
        // Every node claims the nightly run at the same moment, so losing the claim is the normal case:
        // the unique (tenant, day, trigger) key makes the loser's insert a no-op, not a failed save logged as an error.
        var claimed = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Support_RetentionRuns" ("Id", "TenantId", "RunDate", "Trigger", "OrganisationId", "Node", "StartedAt")
            VALUES ({run.Id}, {run.TenantId}, {run.RunDate}, {run.Trigger}, {run.OrganisationId}, {run.Node}, {run.StartedAt})
            ON CONFLICT ("TenantId", "RunDate", "Trigger") DO NOTHING
            """, cancellationToken);
        if (claimed != 1)
        {
            return null;
        }

        var results = new List<RetentionRunResult>();
        try
        {
            foreach (var rule in await RulesAsync(tenant, organisation, cancellationToken))
            {
                int acted = 0, held = 0;
                foreach (var target in Targets(tenant, rule, now, today))
                {
                    held += target.Held is null ? 0 : await target.Held.CountAsync(cancellationToken);
                    acted += await ApplyAsync(target, rule, actor, now, cancellationToken);
                }

                results.Add(new RetentionRunResult { RunId = run.Id, OrganisationId = rule.OrganisationId, RecordType = rule.RecordType, Action = rule.Action, Acted = acted, HeldBack = held });
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The retention run {Run} of tenant {Tenant} failed", run.Id, tenant);
            run.Error = e.Message.Length > 2000 ? e.Message[..2000] : e.Message;
        }

        // The batches cleared what they tracked; the claim row is written once more, with what each rule did.
        db.ChangeTracker.Clear();
        var error = run.Error;
        db.Attach(run);
        run.FinishedAt = clock.GetUtcNow().UtcDateTime;
        run.Error = error;
        db.Entry(run).Property(r => r.Error).IsModified = error is not null;
        db.AddRange(results);
        await db.SaveChangesAsync(CancellationToken.None);
        if (run.Results.Count == 0)
        {
            run.Results.AddRange(results);
        }

        return run;
    }

    private async Task<(DateTime Now, DateOnly Today)> NowAsync(Guid tenant, CancellationToken cancellationToken) =>
        (clock.GetUtcNow().UtcDateTime, await directory.TodayOfAsync(tenant, cancellationToken));

    /// <summary>Takes the due records a batch at a time, each batch in a transaction of its own with its audit entries.</summary>
    private async Task<int> ApplyAsync(Target target, RetentionRule rule, AuditActor? actor, DateTime now, CancellationToken cancellationToken)
    {
        var size = rule.Action == RetentionAction.Anonymise ? CasesPerBatch : RowsPerBatch;
        var done = 0;
        while (true)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Read inside the transaction: a hold placed a moment ago is seen, or waits for the batch.
            var batch = await target.Acting.Take(size).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return done;
            }

            await target.Apply(batch, cancellationToken);
            var period = string.Create(CultureInfo.InvariantCulture, $"{rule.Period.Amount} {rule.Period.Unit}");
            if (rule.Action == RetentionAction.Anonymise)
            {
                foreach (var id in batch)
                {
                    db.Audit(new AuditRecord("retention-anonymise", nameof(Beneficiary), id.ToString(), Details: $"{rule.RecordType} after {period}", Actor: actor));
                }
            }
            else
            {
                // Counts, never values: the trail must not keep what retention removed.
                db.Audit(new AuditRecord("retention-delete", target.EntityType, rule.OrganisationId?.ToString() ?? "",
                    Details: string.Create(CultureInfo.InvariantCulture, $"{rule.RecordType}: {batch.Count} deleted after {period}"), Actor: actor));
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            done += batch.Count;
            if (batch.Count < size)
            {
                return done;
            }
        }
    }

    /// <summary>The rows a rule acts on (their ids), those a hold keeps (null where no hold applies), and what it does to a batch.</summary>
    private sealed record Target(string EntityType, IQueryable<Guid> Acting, IQueryable<Guid>? Held, Func<List<Guid>, CancellationToken, Task> Apply);

    private IEnumerable<Target> Targets(Guid tenant, RetentionRule rule, DateTime now, DateOnly today)
    {
        var holding = db.TenantRowsOf<LegalHold>(tenant).Where(h => h.LiftedAt == null && (h.Until == null || h.Until >= today)).Select(h => h.BeneficiaryId);
        var cutoff = RetentionRules.Cutoff(now, rule.Period);
        var organisation = rule.OrganisationId ?? Guid.Empty;
        switch (rule.RecordType)
        {
            case RetentionRecordType.ClosedCases:
                var cases = db.TenantRowsOf<Beneficiary>(tenant).Where(b => b.OrganisationId == organisation && b.ClosedAt != null && b.ClosedAt <= cutoff && b.AnonymisedAt == null);
                yield return new Target(nameof(Beneficiary), cases.Where(b => !holding.Contains(b.Id)).OrderBy(b => b.Id).Select(b => b.Id),
                    cases.Where(b => holding.Contains(b.Id)).Select(b => b.Id), (batch, token) => AnonymiseAsync(tenant, batch, now, token));
                break;
            case RetentionRecordType.GbvIncidents:
                var month = RetentionRules.LastDueMonth(today, rule.Period);
                yield return new Target(nameof(GbvIncident), db.TenantRowsOf<GbvIncident>(tenant).Where(i => i.OrganisationId == organisation && i.ReportedMonth <= month).Select(i => i.Id), null,
                    (batch, token) => db.TenantRowsOf<GbvIncident>(tenant).Where(i => batch.Contains(i.Id)).ExecuteDeleteAsync(token));
                break;
            case RetentionRecordType.HelplineCalls:
                yield return new Target(nameof(CallRecord), db.Set<CallRecord>().Where(c => c.TenantId == tenant && c.StartedAt <= cutoff).Select(c => c.Id), null,
                    (batch, token) => db.Set<CallRecord>().Where(c => batch.Contains(c.Id)).ExecuteDeleteAsync(token));
                yield return new Target(nameof(QueueEntry), db.Set<QueueEntry>().Where(e => e.TenantId == tenant && e.At <= cutoff).Select(e => e.Id), null,
                    (batch, token) => db.Set<QueueEntry>().Where(e => batch.Contains(e.Id)).ExecuteDeleteAsync(token));
                yield return new Target(nameof(LoggedCall), db.Set<LoggedCall>().Where(c => c.TenantId == tenant && c.At <= cutoff).Select(c => c.Id), null,
                    (batch, token) => db.Set<LoggedCall>().Where(c => batch.Contains(c.Id)).ExecuteDeleteAsync(token));
                break;
            case RetentionRecordType.TracingRequests:
                var requests = db.TenantRowsOf<TracingRequest>(tenant).Where(r => r.OrganisationId == organisation
                    && (r.Status == TracingStatus.Closed || r.Status == TracingStatus.ClosedWithoutMatch) && r.ChangedAt <= cutoff);
                yield return new Target(nameof(TracingRequest), requests.Where(r => r.ChildCaseId == null || !holding.Contains(r.ChildCaseId.Value)).Select(r => r.Id),
                    requests.Where(r => r.ChildCaseId != null && holding.Contains(r.ChildCaseId.Value)).Select(r => r.Id),
                    (batch, token) => db.TenantRowsOf<TracingRequest>(tenant).Where(r => batch.Contains(r.Id)).ExecuteDeleteAsync(token));
                break;
            case RetentionRecordType.BreakGlassOpenings:
                var openings = db.TenantRowsOf<BreakGlassAccess>(tenant).Where(a => a.OrganisationId == organisation && a.ExpiresAt <= cutoff);
                yield return new Target(nameof(BreakGlassAccess), openings.Where(a => !holding.Contains(a.BeneficiaryId)).Select(a => a.Id),
                    openings.Where(a => holding.Contains(a.BeneficiaryId)).Select(a => a.Id),
                    (batch, token) => db.TenantRowsOf<BreakGlassAccess>(tenant).Where(a => batch.Contains(a.Id)).ExecuteDeleteAsync(token));
                break;
            case RetentionRecordType.InterpreterRequests:
                var sessions = db.TenantRowsOf<InterpreterRequest>(tenant).Where(r => r.OrganisationId == organisation && r.StartsAt <= cutoff);
                yield return new Target(nameof(InterpreterRequest), sessions.Where(r => !holding.Contains(r.BeneficiaryId)).Select(r => r.Id),
                    sessions.Where(r => holding.Contains(r.BeneficiaryId)).Select(r => r.Id),
                    (batch, token) => db.TenantRowsOf<InterpreterRequest>(tenant).Where(r => batch.Contains(r.Id)).ExecuteDeleteAsync(token));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule.RecordType, "A kind of record without a rule.");
        }
    }

    /// <summary>
    /// Anonymises closed cases: the person's names, exact birth date, folded names and registry link go,
    /// and so does every free text written about them (assessment notes, service outcomes, plan goals and
    /// tasks, referral notes and contents, closure, transfer and interpreter notes); the team, the portal
    /// links and the case's own tracing requests go with them. Kept: what the fund reports count (the
    /// services' kind, days, project and minutes; the consents' kinds and days), so past reports stay the same.
    /// </summary>
    private async Task AnonymiseAsync(Guid tenant, List<Guid> batch, DateTime now, CancellationToken cancellationToken)
    {
        var cases = await db.TenantRowsOf<Beneficiary>(tenant).Include(b => b.Team).Where(b => batch.Contains(b.Id)).ToListAsync(cancellationToken);
        // Statistics are told that the case is gone, with what they count of it (its closure and needs stay).
        var standings = await CaseStanding.OfAsync(db, tenant, db.TenantRowsOf<Beneficiary>(tenant).Where(b => batch.Contains(b.Id)).Select(b => b.Id), cancellationToken);
        foreach (var beneficiary in cases)
        {
            beneficiary.Anonymise(now);
            beneficiary.Told(standings.GetValueOrDefault(beneficiary.Id, CaseStanding.New));
        }

        await db.Set<NeedAssessment>().Where(a => batch.Contains(a.BeneficiaryId)).ExecuteUpdateAsync(s => s.SetProperty(a => a.Note, (string?)null), cancellationToken);
        // Loaded, not updated in place: statistics are told of each (the registry link and the exact age went).
        var owners = cases.ToDictionary(b => b.Id, ServiceOwner.Of);
        foreach (var service in await db.Set<SupportService>().Where(s => batch.Contains(s.BeneficiaryId)).ToListAsync(cancellationToken))
        {
            service.Outcome = null;
            service.Told(owners[service.BeneficiaryId]);
        }

        var plans = db.TenantRowsOf<Plan>(tenant).Where(p => batch.Contains(p.BeneficiaryId)).Select(p => p.Id);
        await db.Set<PlanGoal>().Where(g => plans.Contains(g.PlanId)).ExecuteUpdateAsync(s => s.SetProperty(g => g.Text, ""), cancellationToken);
        await db.Set<PlanTask>().Where(t => plans.Contains(t.PlanId)).ExecuteUpdateAsync(s => s.SetProperty(t => t.Text, ""), cancellationToken);
        await db.Set<PlanStep>().Where(t => plans.Contains(t.PlanId)).ExecuteUpdateAsync(s => s.SetProperty(t => t.Reason, (string?)null), cancellationToken);
        var referrals = db.TenantRowsOf<Referral>(tenant).Where(r => batch.Contains(r.BeneficiaryId));
        await db.Set<ReferralStep>().Where(s => referrals.Select(r => r.Id).Contains(s.ReferralId)).ExecuteUpdateAsync(s => s.SetProperty(x => x.Reason, (string?)null), cancellationToken);
        await referrals.ExecuteUpdateAsync(s => s.SetProperty(r => r.Note, "").SetProperty(r => r.Contents, (string?)null).SetProperty(r => r.OverrideReason, (string?)null), cancellationToken);
        await db.TenantRowsOf<CaseClosure>(tenant).Where(c => batch.Contains(c.BeneficiaryId)).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Note, (string?)null).SetProperty(c => c.DecisionNote, (string?)null).SetProperty(c => c.ReopenReason, (string?)null), cancellationToken);
        var transfers = db.TenantRowsOf<Transfer>(tenant).Where(t => batch.Contains(t.BeneficiaryId));
        await db.Set<TransferStep>().Where(s => transfers.Select(t => t.Id).Contains(s.TransferId)).ExecuteUpdateAsync(s => s.SetProperty(x => x.Reason, (string?)null), cancellationToken);
        await transfers.ExecuteUpdateAsync(s => s.SetProperty(t => t.Reason, "").SetProperty(t => t.OverrideReason, (string?)null), cancellationToken);
        await db.TenantRowsOf<InterpreterRequest>(tenant).Where(r => batch.Contains(r.BeneficiaryId)).ExecuteUpdateAsync(s => s.SetProperty(r => r.Note, (string?)null), cancellationToken);
        await db.TenantRowsOf<PortalLink>(tenant).Where(l => batch.Contains(l.BeneficiaryId)).ExecuteDeleteAsync(cancellationToken);
        await db.TenantRowsOf<TracingRequest>(tenant).Where(r => r.ChildCaseId != null && batch.Contains(r.ChildCaseId.Value)).ExecuteDeleteAsync(cancellationToken);
    }
}
