using Pathway.Platform.Audit;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.People.Duplicates;

/// <summary>A full scan a supervisor starts from the review page, instead of waiting for the night.</summary>
public interface IOnDemandScan
{
    /// <summary>Claims a scan of the caller's tenant and starts it in the background; false when one is running already.</summary>
    Task<bool> StartAsync(CancellationToken cancellationToken = default);

    /// <summary>The running scan and the last finished one.</summary>
    Task<ScanStatus?> StatusAsync(CancellationToken cancellationToken = default);
}

internal sealed class OnDemandScan(RegistryScan scan, ScanWorker worker, ITenantScopeAccessor scope, PathwayDbContext db) : IOnDemandScan
{
    public async Task<bool> StartAsync(CancellationToken cancellationToken = default)
    {
        if (await scan.ClaimOnDemandAsync(scope.Current.TenantId, cancellationToken) is not { } run)
        {
            return false;
        }

        // The scan itself is recorded as the system's; who asked for it is recorded here.
        await db.AuditNowAsync(new AuditRecord("scan-requested", nameof(ScanRun), run.ToString()), cancellationToken);
        worker.Enqueue(run);
        return true;
    }

    public Task<ScanStatus?> StatusAsync(CancellationToken cancellationToken = default) => scan.LatestAsync(scope.Current.TenantId, cancellationToken);
}
