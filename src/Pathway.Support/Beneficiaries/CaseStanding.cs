using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Support.Closures;
using Pathway.Support.Needs;

namespace Pathway.Support.Beneficiaries;

/// <summary>
/// What statistics read of a case besides its own row: why its approved closure closed it, and the specific
/// needs its current (latest) assessment found. Only categories: no note, code, assessor or form of exploitation.
/// </summary>
public sealed record CaseStanding(ClosureReason? ClosureReason, IReadOnlyList<NeedCategory> Needs)
{
    /// <summary>A case just registered: not closed, not assessed.</summary>
    public static readonly CaseStanding New = new(null, []);

    /// <summary>The standing of one case as saved, read past the organisation filter (the caller has checked who may open it).</summary>
    internal static async Task<CaseStanding> OfAsync(PathwayDbContext db, Guid tenant, Guid beneficiaryId, CancellationToken cancellationToken) =>
        (await OfAsync(db, tenant, db.TenantRowsOf<Beneficiary>(tenant).Where(b => b.Id == beneficiaryId).Select(b => b.Id), cancellationToken))
        .GetValueOrDefault(beneficiaryId, New);

    /// <summary>
    /// The standing of the tenant's <paramref name="cases"/> as saved: the reason of each one's newest approved
    /// closure (a reopened closure is no longer approved) and the categories of its newest assessment (by the day
    /// assessed, then by when it was recorded, as the case's page orders them). A case with neither is left out.
    /// </summary>
    internal static async Task<Dictionary<Guid, CaseStanding>> OfAsync(PathwayDbContext db, Guid tenant, IQueryable<Guid> cases, CancellationToken cancellationToken)
    {
        var closures = await db.TenantRowsOf<CaseClosure>(tenant).AsNoTracking()
            .Where(c => c.Status == ClosureStatus.Approved && cases.Contains(c.BeneficiaryId))
            .Select(c => new { c.BeneficiaryId, c.Reason, c.DecidedAt }).ToListAsync(cancellationToken);
        var assessments = db.Set<NeedAssessment>();
        var current = assessments.Where(a => a.TenantId == tenant && cases.Contains(a.BeneficiaryId)
            && !assessments.Any(b => b.BeneficiaryId == a.BeneficiaryId && (b.AssessedOn > a.AssessedOn || (b.AssessedOn == a.AssessedOn && b.RecordedAt > a.RecordedAt))));
        // A join, not the assessment's collection: SQLite has no APPLY for a correlated one.
        var needs = await db.Set<AssessedNeed>().AsNoTracking()
            .Join(current, n => n.AssessmentId, a => a.Id, (n, a) => new { a.BeneficiaryId, n.Category }).ToListAsync(cancellationToken);
        var reasons = closures.GroupBy(c => c.BeneficiaryId).ToDictionary(g => g.Key, g => (ClosureReason?)g.MaxBy(c => c.DecidedAt)!.Reason);
        var found = needs.GroupBy(n => n.BeneficiaryId).ToDictionary(g => g.Key, g => (IReadOnlyList<NeedCategory>)[.. g.Select(n => n.Category).Order()]);
        return reasons.Keys.Union(found.Keys).ToDictionary(id => id, id => new CaseStanding(reasons.GetValueOrDefault(id), found.GetValueOrDefault(id) ?? []));
    }

    /// <summary>The same case with its closure's reason, as a closure approved in this save makes it.</summary>
    public CaseStanding ClosedFor(ClosureReason? reason) => this with { ClosureReason = reason };

    /// <summary>Whether the needs are the same categories, in any order.</summary>
    public bool SameNeeds(IEnumerable<NeedCategory> other) => Needs.Order().SequenceEqual(other.Distinct().Order());
}
