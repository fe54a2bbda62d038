using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Pathway.Platform.Audit;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Catalogue;

/// <summary>What recording a law change came to.</summary>
public abstract record CatalogueOutcome
{
    private CatalogueOutcome()
    {
    }

    public sealed record Done(ApplicationType Type) : CatalogueOutcome;

    public sealed record SuspensionDone(StatutorySuspension Suspension) : CatalogueOutcome;

    public sealed record NotFound : CatalogueOutcome;

    /// <summary>The change contradicts the catalogue; <paramref name="Field"/> names the input to correct, the message is a translation key.</summary>
    public sealed record Refused(string Field, string Message, object[] Arguments) : CatalogueOutcome;
}

/// <summary>
/// A tenant's catalogue as its supervisors keep it in step with the law: each type's full history
/// of dated rows, and the changes, each written with an audit record that names what changed.
/// </summary>
internal sealed class CatalogueDesk(PathwayDbContext db, ITenantScopeAccessor scope, TimeProvider clock, IMemoryCache cache)
{
    /// <summary>The type with every row it ever had, superseded ones included.</summary>
    public Task<ApplicationType?> HistoryAsync(string code, CancellationToken cancellationToken = default) =>
        Types().AsNoTracking().FirstOrDefaultAsync(t => t.Code == code, cancellationToken);

    public Task<CatalogueOutcome> RecordPeriodAsync(string code, DecisionPeriod next, CancellationToken cancellationToken = default) =>
        ChangeAsync(code, nameof(DecisionPeriod), next, (type, now) =>
        {
            LawChanges.Succeed(type.DecisionPeriods, next, now);
            type.DecisionPeriods.Add(next);
            return Invariant($"length={next.Length}; unit={next.Unit}");
        }, cancellationToken);

    public Task<CatalogueOutcome> RecordDutyAsync(string code, StampDuty next, CancellationToken cancellationToken = default) =>
        ChangeAsync(code, nameof(StampDuty), next, (type, now) =>
        {
            LawChanges.Succeed(type.StampDuties, next, now);
            type.StampDuties.Add(next);
            return Invariant($"amountPln={next.AmountPln}");
        }, cancellationToken);

    public Task<CatalogueOutcome> RequireDocumentAsync(string code, RequiredDocument next, CancellationToken cancellationToken = default) =>
        ChangeAsync(code, nameof(RequiredDocument), next, (type, now) =>
        {
            LawChanges.Succeed(type.Documents.Where(d => d.Code == next.Code), next, now);
            type.Documents.Add(next);
            return Invariant($"code={next.Code}; condition={next.Condition}");
        }, cancellationToken);

    public async Task<CatalogueOutcome> EndDocumentAsync(string code, string document, DateOnly from, CancellationToken cancellationToken = default)
    {
        if (await Types().FirstOrDefaultAsync(t => t.Code == code, cancellationToken) is not { } type)
        {
            return new CatalogueOutcome.NotFound();
        }

        if (!LawChanges.End(type.Documents.Where(d => d.Code == document), from, clock.GetUtcNow().UtcDateTime))
        {
            return new CatalogueOutcome.Refused("from", "The document is not required on or after {0}.", [Iso(from)]);
        }

        db.Audit(new AuditRecord(AuditAction.Update, nameof(RequiredDocument), document, Details: Invariant($"type={code}; not required from={Iso(from)}")));
        await db.SaveChangesAsync(cancellationToken);
        CatalogueCache.Forget(cache, scope.Current.TenantId);
        return new CatalogueOutcome.Done(type);
    }

    public async Task<CatalogueOutcome> AddSuspensionAsync(StatutorySuspension suspension, CancellationToken cancellationToken = default)
    {
        if (await OverlapAsync(suspension, except: null, "from", cancellationToken) is { } overlap)
        {
            return overlap;
        }

        db.Add(suspension);
        db.Audit(new AuditRecord(AuditAction.Create, nameof(StatutorySuspension), suspension.Id.ToString(), Details: Describe(suspension)));
        await db.SaveChangesAsync(cancellationToken);
        CatalogueCache.Forget(cache, scope.Current.TenantId);
        return new CatalogueOutcome.SuspensionDone(suspension);
    }

    /// <summary>
    /// An act moved a suspension's end: the row is superseded (kept for the deadlines computed with
    /// it) by one with the same start, the new end and the amending act as its source.
    /// </summary>
    public async Task<CatalogueOutcome> MoveSuspensionEndAsync(Guid id, DateOnly until, string legalSource, bool verified, CancellationToken cancellationToken = default)
    {
        var tenantId = scope.Current.TenantId;
        if (await db.Set<StatutorySuspension>().FirstOrDefaultAsync(s => s.Id == id && s.TenantId == tenantId && s.SupersededAt == null, cancellationToken) is not { } current)
        {
            return new CatalogueOutcome.NotFound();
        }

        if (until < current.From)
        {
            return new CatalogueOutcome.Refused("until", "The end cannot come before the start ({0}).", [Iso(current.From)]);
        }

        var moved = new StatutorySuspension
        {
            TenantId = tenantId, Permit = current.Permit, From = current.From, Until = until, Name = current.Name, LegalSource = legalSource, Verified = verified,
        };
        if (await OverlapAsync(moved, except: id, "until", cancellationToken) is { } overlap)
        {
            return overlap;
        }

        current.SupersededAt = clock.GetUtcNow().UtcDateTime;
        db.Add(moved);
        db.Audit(new AuditRecord(AuditAction.Update, nameof(StatutorySuspension), current.Id.ToString(), Details: Invariant($"until {Iso(current.Until)} -> {Iso(until)}; now {moved.Id}")));
        await db.SaveChangesAsync(cancellationToken);
        CatalogueCache.Forget(cache, scope.Current.TenantId);
        return new CatalogueOutcome.SuspensionDone(moved);
    }

    /// <summary>The refusal when <paramref name="suspension"/> overlaps another in force for its permit (other than <paramref name="except"/>), else null.</summary>
    private async Task<CatalogueOutcome.Refused?> OverlapAsync(StatutorySuspension suspension, Guid? except, string field, CancellationToken cancellationToken)
    {
        var overlapping = await db.Set<StatutorySuspension>()
            .Where(s => s.TenantId == suspension.TenantId && s.Permit == suspension.Permit && s.SupersededAt == null && s.Id != except
                && s.From <= suspension.Until && s.Until >= suspension.From)
            .OrderBy(s => s.From).FirstOrDefaultAsync(cancellationToken);
        return overlapping is null
            ? null
            : new CatalogueOutcome.Refused(field, "It overlaps the suspension already recorded for this permit from {0} to {1}.", [Iso(overlapping.From), Iso(overlapping.Until)]);
    }

    private async Task<CatalogueOutcome> ChangeAsync(string code, string kind, DatedRule next, Func<ApplicationType, DateTime, string> apply, CancellationToken cancellationToken)
    {
        if (await Types().FirstOrDefaultAsync(t => t.Code == code, cancellationToken) is not { } type)
        {
            return new CatalogueOutcome.NotFound();
        }

        var details = apply(type, clock.GetUtcNow().UtcDateTime);
        db.Audit(new AuditRecord(AuditAction.Create, kind, next.Id.ToString(),
            Details: Invariant($"type={code}; from={Iso(next.InForceFrom)}; until={(next.InForceUntil is { } until ? Iso(until) : "-")}; {details}; verified={next.Verified}")));
        await db.SaveChangesAsync(cancellationToken);
        CatalogueCache.Forget(cache, scope.Current.TenantId);
        return new CatalogueOutcome.Done(type);
    }

    // Reference data, not personal data: no tenancy filter on the table, so the tenant is named here.
    private IQueryable<ApplicationType> Types()
    {
        var tenantId = scope.Current.TenantId;
        return db.Set<ApplicationType>().Where(t => t.TenantId == tenantId)
            .Include(t => t.DecisionPeriods).Include(t => t.StampDuties).Include(t => t.Documents).AsSplitQuery();
    }

    private static string Describe(StatutorySuspension s) => Invariant($"permit={s.Permit}; from={Iso(s.From)}; until={Iso(s.Until)}; verified={s.Verified}");

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
