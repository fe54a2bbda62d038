using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Closures;
using Pathway.Support.Interpreting;
using Pathway.Support.Needs;
using Pathway.Support.Plans;
using Pathway.Support.Referrals;
using Pathway.Support.Sealing;
using Pathway.Support.Tracing;
using Pathway.Support.Transfers;

namespace Pathway.Support.SubjectExport;

/// <summary>
/// The person's own data (GDPR art. 15) from one support case: read through the case's access rule
/// and each record's own desk, so the export holds what the case's pages show and nothing another
/// organisation holds. Every export is audited with its format and the exporter.
/// </summary>
public sealed class SubjectExportDesk(
    PathwayDbContext db, BeneficiaryDesk cases, ServiceLog services, NeedAssessments needs, ReferralDesk referrals, TransferDesk transfers,
    ClosureDesk closures, PlanDesk plans, InterpretingDesk interpreting, TracingDesk tracing, ITenantScopeAccessor scope, OrganisationDirectory directory,
    TimeProvider clock)
{
    public const string AuditAction = "subject-export";

    private Guid Tenant => scope.Current.TenantId;

    /// <summary>The office's time zone, in which a printed export shows its times.</summary>
    public Task<TimeZoneInfo> ZoneAsync(CancellationToken cancellationToken = default) => directory.ZoneOfAsync(Tenant, cancellationToken);

    /// <summary>
    /// Reads the case's records and hands them to <paramref name="render"/> (the JSON, or the PDF);
    /// audited once the file is made, so a file that could not be made is not recorded as given.
    /// Null when the user may not open the case.
    /// </summary>
    /// <param name="format">The file's format, for the audit trail.</param>
    internal async Task<T?> ExportAsync<T>(Guid id, string format, Func<SubjectData, T> render, ClaimsPrincipal user, CancellationToken cancellationToken = default)
        where T : class
    {
        var beneficiary = await cases.Visible(user).AsNoTracking().Include(b => b.Team).FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (beneficiary is null)
        {
            return null;
        }

        var entity = id.ToString();
        var records = new CaseRecords(
            beneficiary,
            await cases.ConsentsAsync(id, cancellationToken),
            await services.ListAsync(id, user, cancellationToken) ?? [],
            await needs.ListAsync(id, user, cancellationToken) ?? [],
            await referrals.ForCaseAsync(id, user, cancellationToken) ?? [],
            [.. (await transfers.ForCaseAsync(id, user, cancellationToken) ?? []).Select(v => v.Transfer)],
            await closures.ForCaseAsync(id, user, cancellationToken) ?? [],
            (await plans.ReloadAsync(id, user, cancellationToken))?.Versions ?? [],
            await interpreting.ForCaseAsync(id, user, cancellationToken) ?? [],
            await tracing.ForCaseAsync(id, user, cancellationToken),
            await db.Set<BreakGlassAccess>().AsNoTracking().Where(a => a.BeneficiaryId == id).ToListAsync(cancellationToken),
            await db.AuditEntries.AsNoTracking().Where(e => e.TenantId == Tenant && e.EntityType == nameof(Beneficiary) && e.EntityId == entity)
                .OrderBy(e => e.Sequence).ToListAsync(cancellationToken));
        var data = SubjectData.Of(records, await cases.OrganisationNamesAsync(cancellationToken), Exporter(user), clock.GetUtcNow().UtcDateTime);
        var file = render(data);
        await db.AuditNowAsync(new AuditRecord(AuditAction, nameof(Beneficiary), entity, Details: $"{beneficiary.Number}: {format}"), cancellationToken);
        return file;
    }

    /// <summary>The exporter as the file names them: the display name with the account, which tells two people of one name apart.</summary>
    internal static string Exporter(ClaimsPrincipal user)
    {
        var account = user.Identity?.Name ?? "?";
        var name = user.FindFirstValue("name");
        return string.IsNullOrWhiteSpace(name) || name == account ? account : $"{name} ({account})";
    }
}
