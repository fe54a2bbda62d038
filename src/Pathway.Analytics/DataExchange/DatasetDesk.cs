using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Pathway.Analytics.Disclosure;
using Pathway.Analytics.Localization;
using Pathway.Platform.Tenancy;

namespace Pathway.Analytics.DataExchange;

/// <summary>
/// The datasets of the caller's office for the partner API, the open-data API and the open-data page:
/// what each holds, when it changed, and its protected cube for the current warehouse version.
/// </summary>
public sealed class DatasetDesk
{
    private readonly DatasetCounts counts;
    private readonly ProtectedDatasets cache;
    private readonly DisclosureRules rules;
    private readonly ITenantScopeAccessor scope;
    private readonly TimeProvider clock;
    private readonly IStringLocalizer<AnalyticsText> text;

    public DatasetDesk(DatasetCounts counts, ProtectedDatasets cache, IOptions<DisclosureSettings> settings, ITenantScopeAccessor scope, TimeProvider clock, IStringLocalizer<AnalyticsText> text)
    {
        this.counts = counts;
        this.cache = cache;
        rules = settings.Value.Rules;
        this.scope = scope;
        this.clock = clock;
        this.text = text;
    }

    public DisclosureRules Rules => rules;

    /// <summary>The datasets given, as the catalogue lists them, with links under <paramref name="basePath"/> (e.g. <c>api/v1/open-data/datasets</c>).</summary>
    public async Task<IReadOnlyList<DatasetSummary>> ListAsync(IEnumerable<ExchangeDataset> datasets, string basePath, CancellationToken cancellationToken = default)
    {
        var version = await counts.VersionAsync(scope.Current.TenantId, cancellationToken);
        return
        [
            .. datasets.Select(d => new DatasetSummary(
                d.Id, text[d.Title], text[d.Description], d.Public, [ExchangeDataset.TimePeriod, .. d.Dimensions.Select(x => x.Id)], version.UpdatedAt,
                $"{basePath}/{d.Id}", $"{basePath}/{d.Id}.csv")),
        ];
    }

    /// <summary>The dataset of the current warehouse version, protected once and then taken from memory.</summary>
    public async Task<ProtectedDataset> ProtectedAsync(ExchangeDataset dataset, CancellationToken cancellationToken = default)
    {
        var tenant = scope.Current.TenantId;
        var version = await counts.VersionAsync(tenant, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var currentMonth = new DateOnly(today.Year, today.Month, 1);
        var key = string.Create(CultureInfo.InvariantCulture, $"{version.Fingerprint}:{rules.Threshold}:{rules.Protection}:{currentMonth:yyyy-MM}");
        var protectedCubes = cache.For(dataset);
        if (protectedCubes.Find(key) is not { } cube)
        {
            var rows = await counts.RowsAsync(dataset, tenant, currentMonth, cancellationToken);
            var types = dataset.Dimensions.Any(d => d.Codes == DimensionCodes.ApplicationTypes) ? await counts.ApplicationTypesAsync(tenant, cancellationToken) : [];
            var codeLists = dataset.Dimensions.Select((d, i) => d.Codes switch
            {
                DimensionCodes.Fixed => DatasetCatalogue.FixedCodes(d.Id),
                DimensionCodes.ApplicationTypes => types,
                DimensionCodes.Citizenships => DatasetCube.NamedCodes(rows, i, rules.Threshold),
            }).ToList();
            var months = DatasetCube.Months(rows, currentMonth);
            cube = protectedCubes.GetOrProtect(key, () => CellSuppression.Protect(DatasetCube.Build(dataset, months, codeLists, rows), rules));
        }

        return new ProtectedDataset(dataset, cube, version);
    }

    /// <summary>The answer to a slice, with the dimensions' code lists and labels in the reader's language.</summary>
    public DatasetAnswer Answer(ProtectedDataset data, DatasetFilter filter)
    {
        var dataset = data.Dataset;
        return new DatasetAnswer(dataset.Id, text[dataset.Title], text[dataset.Description], dataset.Dataflow, data.Version.UpdatedAt, rules.Threshold,
            filter, Dimensions(data), data.Observations(filter));
    }

    /// <summary>The dataset's dimensions, the months first, each with its code list (the total first) and the codes' labels in the reader's language.</summary>
    public IReadOnlyList<DimensionAnswer> Dimensions(ProtectedDataset data)
    {
        var dimensions = new List<DimensionAnswer>
        {
            new(ExchangeDataset.TimePeriod, text["Month"], [.. data.Months.Select(m => new DimensionCode(m, null))]),
        };
        dimensions.AddRange(data.Dataset.Dimensions.Select(d => new DimensionAnswer(d.Id, text[d.Title],
            [.. data.CodeLists[d.Id].Prepend(DatasetCatalogue.Total).Select(code => new DimensionCode(code, DatasetCatalogue.Label(d.Id, code, text)))])));
        return dimensions;
    }
}
