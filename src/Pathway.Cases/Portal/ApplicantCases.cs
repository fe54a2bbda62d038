using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Appointments;
using Pathway.Cases.Catalogue;
using Pathway.Cases.Workflow;
using Pathway.Platform.Audit;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Portal;

/// <summary>
/// The migrant's own cases. A migrant belongs to no organisation, so the tenancy filter shows them no
/// case at all; their cases are found by their account instead (<see cref="ResidenceCase.ApplicantUserId"/>),
/// in their tenant, and a case that is not theirs is not found, exactly as one that does not exist.
/// Every read goes to the audit trail.
/// </summary>
internal sealed class ApplicantCases(PathwayDbContext db, ITenantScopeAccessor scope, ICaseCatalogue catalogue, CaseMessages messages)
{
    public async Task<IReadOnlyList<ApplicantCaseSummary>> ListAsync(Guid applicant, CancellationToken cancellationToken = default)
    {
        var cases = await Own(applicant).AsNoTracking().OrderByDescending(c => c.SubmittedOn).ThenBy(c => c.Number).ToListAsync(cancellationToken);
        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, nameof(ResidenceCase), "", Reason: "applicant", Details: $"own cases: {cases.Count}"), cancellationToken);
        var names = await TypeNamesAsync(cases, cancellationToken);
        return [.. cases.Select(c => new ApplicantCaseSummary(c, names.GetValueOrDefault(c.ApplicationType, c.ApplicationType), CaseTransitions.NoticeTerm(c), CaseTransitions.AppealTerm(c)))];
    }

    /// <summary>The applicant's booked visits still to come, across their cases, soonest first.</summary>
    public Task<IReadOnlyList<(string CaseNumber, ApplicantVisit Visit)>> ComingVisitsAsync(Guid applicant, DateTime now, CancellationToken cancellationToken = default)
    {
        var tenantId = scope.Current.TenantId;
        var numbers = Own(applicant).Select(c => c.Number);
        return VisitsAsync(
            Bookings(tenantId).Where(b => numbers.Contains(b.CaseNumber) && b.Status == BookingStatus.Active), now, soonestFirst: true, take: 5, cancellationToken);
    }

    /// <summary>The applicant's case with this number, or null when there is none of theirs.</summary>
    public async Task<ApplicantCase?> OpenAsync(string number, Guid applicant, CancellationToken cancellationToken = default)
    {
        var c = await Own(applicant).AsNoTracking().Include(x => x.Events).AsSplitQuery().FirstOrDefaultAsync(x => x.Number == number, cancellationToken);
        if (c is null)
        {
            return null;
        }

        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, nameof(ResidenceCase), c.Number, Reason: "applicant"), cancellationToken);
        var names = await TypeNamesAsync([c], cancellationToken);
        return new ApplicantCase(c, names.GetValueOrDefault(c.ApplicationType, c.ApplicationType), CaseTransitions.NoticeTerm(c), CaseTransitions.AppealTerm(c), await VisitsAsync(c, cancellationToken),
            await messages.ReadAsync(c, MessageDirection.FromOffice, cancellationToken),
            await db.TenantRowsOf<Confirmations.StayConfirmation>(c.TenantId).AsNoTracking().FirstOrDefaultAsync(s => s.CaseId == c.Id, cancellationToken));
    }

    /// <summary>The applicant's case for an action of theirs (a message, a download), tracked; null when not theirs.</summary>
    internal Task<ResidenceCase?> FindAsync(string number, Guid applicant, CancellationToken cancellationToken) =>
        Own(applicant).FirstOrDefaultAsync(c => c.Number == number, cancellationToken);

    private IQueryable<ResidenceCase> Own(Guid applicant)
    {
        var tenantId = scope.Current.TenantId;
        return db.TenantRowsOf<ResidenceCase>(tenantId).Where(c => c.ApplicantUserId == applicant);
    }

    private async Task<Dictionary<string, string>> TypeNamesAsync(IReadOnlyList<ResidenceCase> cases, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var day in cases.Select(c => c.SubmittedOn).Distinct())
        {
            foreach (var entry in await catalogue.InForceAsync(day, cancellationToken))
            {
                names.TryAdd(entry.Type.Code, entry.Type.Name);
            }
        }

        return names;
    }

    // The case's bookings: kept by case number in the appointments' tables, which the tenancy filter would hide from the applicant too.
    private async Task<IReadOnlyList<ApplicantVisit>> VisitsAsync(ResidenceCase c, CancellationToken cancellationToken) =>
        [.. (await VisitsAsync(Bookings(c.TenantId).Where(b => b.CaseNumber == c.Number), startingAt: null, soonestFirst: false, take: 20, cancellationToken)).Select(v => v.Visit)];

    private IQueryable<Booking> Bookings(Guid tenantId) => db.Set<Booking>().IgnoreQueryFilters().Where(b => b.TenantId == tenantId);

    /// <summary>The bookings' visits with their slot and office, in the office's time, from <paramref name="startingAt"/> on when given.</summary>
    private async Task<IReadOnlyList<(string CaseNumber, ApplicantVisit Visit)>> VisitsAsync(
        IQueryable<Booking> bookings, DateTime? startingAt, bool soonestFirst, int take, CancellationToken cancellationToken)
    {
        var visits =
            from booking in bookings
            join slot in db.Set<Slot>() on booking.SlotId equals slot.Id
            join office in db.Set<Office>() on slot.OfficeId equals office.Id
            where startingAt == null || slot.StartsAt >= startingAt
            select new { booking.CaseNumber, slot.StartsAt, slot.Service, office.Name, office.Address, office.TimeZone, booking.Status };
        var rows = await (soonestFirst ? visits.OrderBy(v => v.StartsAt) : visits.OrderByDescending(v => v.StartsAt))
            .AsNoTracking().Take(take).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.CaseNumber, new ApplicantVisit(
            TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(r.StartsAt, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById(r.TimeZone)), r.Service, r.Name, r.Address, r.Status)))];
    }
}
