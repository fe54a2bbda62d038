using Pathway.Analytics.Disclosure;

namespace Pathway.Analytics.DataExchange;

/// <summary>
/// The protected cubes of the datasets, one cache per dataset, kept by tenant, warehouse version,
/// threshold and month: protected once per version however many callers ask at the same time.
/// A singleton.
/// </summary>
public sealed class ProtectedDatasets
{
    /// <summary>A few versions of a few offices per dataset: a new version replaces the oldest.</summary>
    private const int VersionsKept = 8;

    private readonly Dictionary<string, ProtectedCubeCache> caches =
        DatasetCatalogue.All.ToDictionary(d => d.Id, _ => new ProtectedCubeCache(VersionsKept), StringComparer.Ordinal);

    internal ProtectedCubeCache For(ExchangeDataset dataset) => caches[dataset.Id];
}
