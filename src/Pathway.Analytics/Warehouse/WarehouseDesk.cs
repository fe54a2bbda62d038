using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Outbox;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Analytics.Warehouse;

/// <summary>A rebuild as the page and the API list it.</summary>
public sealed record WarehouseLoadView(DateTime StartedAt, DateTime? FinishedAt, long Facts, string By);

/// <summary>
/// What the tenant's warehouse holds and how current it is: the facts by table (applications, case steps,
/// support services, beneficiaries, helpline calls, appointments, portal use), the days the applications span,
/// the outbox messages it has still to take and how long the oldest has waited (the feed's lag), and
/// the recent rebuilds.
/// </summary>
/// <param name="Services">Support services (removed ones not counted).</param>
/// <param name="Calls">Helpline calls, imported and logged (removed ones not counted).</param>
/// <param name="Appointments">Bookings at the offices' counters, whatever became of them.</param>
/// <param name="PortalUses">Uses of the portal it records: pages' feedback, services' ratings, surveys' responses, questions to the assistant.</param>
/// <param name="Beneficiaries">Support cases of advisory points and NGOs (those the retention rules anonymised not counted).</param>
public sealed record WarehouseStatus(
    long Applications, long CaseSteps, long Offices, long ApplicationTypes, DateOnly? FirstSubmitted, DateOnly? LastSubmitted,
    int Waiting, double? LagSeconds, IReadOnlyList<WarehouseLoadView> Loads, long Services = 0, long Calls = 0, long Appointments = 0, long PortalUses = 0, long Beneficiaries = 0);

/// <summary>The warehouse's state and its rebuild, for the page and the API alike.</summary>
public sealed class WarehouseDesk(PathwayDbContext db, ITenantScopeAccessor scope, WarehouseRebuild rebuild, ParquetExport export, TimeProvider clock)
{
    private static readonly string[] FedBy =
    [
        OutboxEventNames.Of<Platform.Casework.CaseFacts>(), OutboxEventNames.Of<Platform.Casework.CaseStepTaken>(),
        OutboxEventNames.Of<Platform.Support.SupportServiceFacts>(), OutboxEventNames.Of<Platform.Support.BeneficiaryFacts>(), OutboxEventNames.Of<Platform.Support.HelplineCallFacts>(),
        OutboxEventNames.Of<Platform.Casework.AppointmentFacts>(), OutboxEventNames.Of<Platform.Portal.PortalUseFacts>(),
    ];

    public async Task<WarehouseStatus> StatusAsync(CancellationToken cancellationToken = default)
    {
        var tenant = scope.Current.TenantId;
        // Not counted row by row (two million applications and twenty million steps took seconds): as the
        // exportable tables read them (the monthly counts, the tally); the days the applications span from
        // the two ends of their index by day.
        var applications = await WarehouseTables.FactApplications.CountAsync(db, tenant, cancellationToken);
        var steps = await WarehouseTables.FactCaseEvents.CountAsync(db, tenant, cancellationToken);
        var submitted = db.Set<ApplicationFact>().Where(f => f.TenantId == tenant).Select(f => (DateOnly?)f.SubmittedOn);
        var first = await submitted.OrderBy(d => d).FirstOrDefaultAsync(cancellationToken);
        var last = await submitted.OrderByDescending(d => d).FirstOrDefaultAsync(cancellationToken);
        var services = await db.Set<ServiceFact>().LongCountAsync(f => f.TenantId == tenant && !f.Removed, cancellationToken);
        var beneficiaries = await db.Set<BeneficiaryFact>().LongCountAsync(f => f.TenantId == tenant && !f.Removed, cancellationToken);
        var calls = await db.Set<CallFact>().LongCountAsync(f => f.TenantId == tenant && !f.Removed, cancellationToken);
        var appointments = await db.Set<AppointmentFact>().LongCountAsync(f => f.TenantId == tenant, cancellationToken);
        var portalUses = await db.Set<PortalUseFact>().LongCountAsync(f => f.TenantId == tenant, cancellationToken);
        var offices = await db.Set<OfficeDimension>().LongCountAsync(d => d.TenantId == tenant, cancellationToken);
        var types = await db.Set<ApplicationTypeDimension>().LongCountAsync(d => d.TenantId == tenant, cancellationToken);
        var waiting = db.OutboxMessages.Where(m => m.TenantId == tenant && m.ProcessedAt == null && FedBy.Contains(m.Type));
        var count = await waiting.CountAsync(cancellationToken);
        var oldest = count == 0 ? null : await waiting.MinAsync(m => (DateTime?)m.OccurredAt, cancellationToken);
        double? lag = oldest is { } at ? Math.Max(0, (clock.GetUtcNow().UtcDateTime - at).TotalSeconds) : 0;
        var loads = await db.Set<WarehouseLoad>().AsNoTracking().Where(l => l.TenantId == tenant)
            .OrderByDescending(l => l.StartedAt).Take(10)
            .Select(l => new WarehouseLoadView(l.StartedAt, l.FinishedAt, l.Facts, l.By))
            .ToListAsync(cancellationToken);
        return new WarehouseStatus(applications, steps, offices, types, first, last, count, lag, loads, services, calls, appointments, portalUses, beneficiaries);
    }

    /// <summary>Builds the tenant's warehouse anew, audited: who asked and when is on the record.</summary>
    public async Task<RebuildSummary> RebuildAsync(string by, CancellationToken cancellationToken = default)
    {
        var tenant = scope.Current.TenantId;
        await db.AuditNowAsync(new AuditRecord(AuditAction.Update, "Warehouse", tenant.ToString(), Reason: "rebuild"), cancellationToken);
        return await rebuild.RunAsync(tenant, by, cancellationToken: cancellationToken);
    }

    /// <summary>The tables the tenant's analysts may export, with the tenant's rows in each.</summary>
    public Task<IReadOnlyList<ExportableTable>> ExportableTablesAsync(CancellationToken cancellationToken = default) =>
        export.TablesAsync(scope.Current.TenantId, cancellationToken);

    /// <summary>The tenant's rows of a table as a Parquet file, audited; null for a table that does not exist.</summary>
    public Task<long?> ExportAsync(string table, Stream output, CancellationToken cancellationToken = default) =>
        export.ExportAsync(scope.Current.TenantId, table, output, cancellationToken: cancellationToken);
}
