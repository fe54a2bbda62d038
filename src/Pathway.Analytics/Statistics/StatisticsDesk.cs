using Pathway.Analytics.DataExchange;
using Pathway.Analytics.Disclosure;

namespace Pathway.Analytics.Statistics;

/// <summary>
/// The office statistics of the caller's office: the protected datasets of the current warehouse version
/// (the partner API's cubes, protected once per version), the filter read against their code lists,
/// and the views cut from them.
/// </summary>
public sealed class StatisticsDesk(DatasetDesk datasets, TimeProvider clock)
{
    public DisclosureRules Rules => datasets.Rules;

    /// <summary>The office's day, for the default period.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The datasets the views are cut from, by id, protected for the current warehouse version.</summary>
    public async Task<IReadOnlyDictionary<string, ProtectedDataset>> ProtectedAsync(CancellationToken cancellationToken = default)
    {
        var all = new Dictionary<string, ProtectedDataset>(StringComparer.Ordinal);
        foreach (var dataset in StatisticsViews.Datasets)
        {
            all[dataset.Id] = await datasets.ProtectedAsync(dataset, cancellationToken);
        }

        return all;
    }

    /// <summary>The newest change of the warehouse the datasets were cut from.</summary>
    public static DateTime? UpdatedAt(IReadOnlyDictionary<string, ProtectedDataset> data) => data.Values.Max(d => d.Version.UpdatedAt);
}
