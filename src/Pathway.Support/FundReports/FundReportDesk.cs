using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Modules;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Helpline;
using Pathway.Support.Trainings;

namespace Pathway.Support.FundReports;

/// <summary>
/// Counts a funded project's indicators from what the organisation recorded: the services given
/// (through the cases, so the data scope keeps each organisation to its own), the helpline's calls
/// (the office's, for those who may read them) and the register of trainings.
/// </summary>
public sealed class FundReportDesk(
    PathwayDbContext db, ITenantScopeAccessor scope, PermissionCatalog permissions, OrganisationDirectory directory, HelplineDesk helpline, TrainingRegister trainings)
{
    public const int MaxProjectLength = 64;

    private Guid Tenant => scope.Current.TenantId;

    public Task<DateOnly> TodayAsync(CancellationToken cancellationToken = default) => directory.TodayOfAsync(Tenant, cancellationToken);

    /// <summary>The funded projects the reader's organisations have counted services or trainings for, in order.</summary>
    public async Task<IReadOnlyList<string>> ProjectsAsync(CancellationToken cancellationToken = default)
    {
        var cases = Cases();
        var services = await db.Set<SupportService>().AsNoTracking().Where(s => s.Project != null && cases.Contains(s.BeneficiaryId))
            .Select(s => s.Project!).Distinct().ToListAsync(cancellationToken);
        var trained = await db.Set<Training>().AsNoTracking().Where(t => t.TenantId == Tenant && t.Project != null)
            .Select(t => t.Project!).Distinct().ToListAsync(cancellationToken);
        return [.. services.Concat(trained).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The project's indicators for the office's days <paramref name="from"/> to <paramref name="to"/>.
    /// A person counts once however often they came: a case with at least one service given in the
    /// period and counted for the project. Audited as a report run (counts only, no one named).
    /// </summary>
    public async Task<FundReport> ReportAsync(string project, DateOnly from, DateOnly to, ClaimsPrincipal? user, CancellationToken cancellationToken = default)
    {
        project = project.Trim();
        var cases = Cases();
        var given = await db.Set<SupportService>().AsNoTracking()
            .Where(s => cases.Contains(s.BeneficiaryId) && s.Project == project && s.Status == ServiceStatus.Delivered && s.DeliveredOn >= from && s.DeliveredOn <= to)
            .Select(s => new { s.BeneficiaryId, s.Kind })
            .ToListAsync(cancellationToken);
        var byService = Enum.GetValues<ServiceKind>()
            .Select(kind => new ServiceFigure(kind, given.Where(s => s.Kind == kind).Select(s => s.BeneficiaryId).Distinct().Count(), given.Count(s => s.Kind == kind)))
            .ToList();
        // The office itself (the command line, a schedule; no user) reads its helpline.
        var calls = user is null || permissions.IsGranted(user, SupportPermissions.HelplineRead) ? await helpline.FiguresAsync(from, to, cancellationToken) : null;
        var trained = await trainings.FiguresAsync(from, to, project, cancellationToken);
        await db.AuditNowAsync(new AuditRecord("report", nameof(FundReport), project, Details: string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}")), cancellationToken);
        return new FundReport(
            project, from, to, await OrganisationsAsync(cancellationToken),
            given.Select(s => s.BeneficiaryId).Distinct().Count(), given.Count, byService, calls, trained);
    }

    /// <summary>The cases the reader's organisations own (the data scope's filter): whose services count.</summary>
    private IQueryable<Guid> Cases() => db.Set<Beneficiary>().Where(b => b.TenantId == Tenant).Select(b => b.Id);

    /// <summary>The organisations whose records the report counts, as its heading names them.</summary>
    private async Task<string> OrganisationsAsync(CancellationToken cancellationToken)
    {
        var current = scope.Current;
        var names = (await directory.GetAsync(cancellationToken)).Organisations
            .Where(o => o.TenantId == Tenant && (current.AllOrganisations || current.OrganisationIds.Contains(o.Id)))
            .Select(o => o.Name).Order(StringComparer.CurrentCulture);
        return string.Join(", ", names);
    }
}
