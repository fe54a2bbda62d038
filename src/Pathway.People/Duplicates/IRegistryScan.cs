using Pathway.Matching;

namespace Pathway.People.Duplicates;

/// <summary>A full duplicate and fraud-signal scan of a tenant's registry (nightly, or from the CLI).</summary>
public interface IRegistryScan
{
    /// <param name="trigger">"nightly" runs once per tenant and day across all nodes; any other name always runs.</param>
    Task<ScanSummary> RunAsync(Guid tenantId, string trigger, IProgress<LinkageProgress>? progress = null, CancellationToken cancellationToken = default);
}
