using Pathway.Analytics.Dashboards;
using Pathway.Analytics.DataExchange;
using Pathway.Analytics.Disclosure;

namespace Pathway.Analytics.Statistics;

/// <summary>
/// The views the office statistics page shows, each cut from its dataset's protected cube for a filter:
/// applications by type, decisions by outcome, the backlog by time waited, applications by
/// citizenship, and the support services and helpline load: services by kind and calls by result. Pure: the protected datasets and the filter go in, the cells come out.
/// </summary>
public static class StatisticsViews
{
    public const string Applications = "applications";
    public const string Decisions = "decisions";
    public const string Backlog = "backlog";
    public const string Citizenships = "citizenships";
    public const string Services = "services";
    public const string Calls = "calls";

    /// <summary>Each view: its id, the dataset it is cut from, and the dimension it runs along.</summary>
    public static readonly IReadOnlyList<(string Id, string Dataset, string Across)> All =
    [
        (Applications, DatasetCatalogue.Applications, "type"),
        (Decisions, DatasetCatalogue.Decisions, "outcome"),
        (Backlog, DatasetCatalogue.Backlog, "wait"),
        (Citizenships, DatasetCatalogue.Applications, "citizenship"),
        (Services, DatasetCatalogue.Services, "kind"),
        (Calls, DatasetCatalogue.Calls, "result"),
    ];

    /// <summary>The datasets the views are cut from.</summary>
    public static IEnumerable<ExchangeDataset> Datasets => All.Select(v => v.Dataset).Distinct(StringComparer.Ordinal).Select(id => DatasetCatalogue.Find(id)!);

    public static bool Exists(string id) => All.Any(v => v.Id == id);

    public static IReadOnlyList<StatisticsView> Of(IReadOnlyDictionary<string, ProtectedDataset> datasets, StatisticsFilter filter) =>
        [.. All.Select(v => Of(v.Id, datasets, filter))];

    /// <summary>
    /// A view for a filter: every dimension the filter chose a code of, and the dataset has, at that code;
    /// the dimension the view runs along at each code and its total unless chosen; the others at their
    /// total. A chosen code the dataset does not name (a citizenship too small here) leaves the view empty
    /// rather than showing another group's figures.
    /// </summary>
    public static StatisticsView Of(string id, IReadOnlyDictionary<string, ProtectedDataset> datasets, StatisticsFilter filter)
    {
        var (_, datasetId, across) = All.Single(v => v.Id == id);
        var data = datasets[datasetId];
        var dataset = data.Dataset;
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        string? unnamed = null;
        foreach (var dimension in dataset.Dimensions)
        {
            if (filter.Code(dimension.Id) is { } chosen)
            {
                if (data.CodeLists[dimension.Id].Contains(chosen, StringComparer.Ordinal))
                {
                    codes[dimension.Id] = chosen;
                }
                else
                {
                    unnamed = dimension.Id;
                }
            }
            else if (dimension.Id != across)
            {
                codes[dimension.Id] = DatasetCatalogue.Total;
            }
        }

        var has = dataset.Dimensions.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var narrowing = StatisticsFilter.Dimensions.Where(has.Contains).ToList();
        var notApplied = StatisticsFilter.Dimensions.Where(d => filter.Code(d) is not null && !has.Contains(d)).ToList();
        var from = DashboardFilter.Month(filter.From);
        var to = DashboardFilter.Month(filter.To);
        var months = data.Months.Where(m => string.CompareOrdinal(m, from) >= 0 && string.CompareOrdinal(m, to) <= 0).ToList();
        IReadOnlyList<string> series = codes.TryGetValue(across, out var one) ? [one] : [.. data.CodeLists[across], DatasetCatalogue.Total];
        var cells = new Dictionary<(string, string), ProtectedCell>();
        if (unnamed is null)
        {
            var position = 1 + dataset.Dimensions.Select(d => d.Id).ToList().IndexOf(across);
            foreach (var cell in data.Slice(new DatasetFilter(from, to, codes)))
            {
                cells[(cell.Codes[0], cell.Codes[position])] = cell;
            }
        }

        return new StatisticsView(id, data, across, months, series, cells, narrowing, notApplied, unnamed);
    }

    /// <summary>
    /// The codes a filter may choose: the applications' types, the citizenships any dataset names (the
    /// others together last), and the sexes.
    /// </summary>
    public static StatisticsChoices Choices(IReadOnlyDictionary<string, ProtectedDataset> datasets)
    {
        var lists = datasets.Values.SelectMany(d => d.CodeLists).ToList();
        IReadOnlyList<string> Of(string dimension) =>
        [
            .. lists.Where(l => l.Key == dimension).SelectMany(l => l.Value).Where(c => c != DatasetCatalogue.Other).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal),
            .. lists.Any(l => l.Key == dimension && l.Value.Contains(DatasetCatalogue.Other, StringComparer.Ordinal)) ? [DatasetCatalogue.Other] : Array.Empty<string>(),
        ];
        return new StatisticsChoices(Of("type"), Of("citizenship"), datasets[DatasetCatalogue.Applications].CodeLists["sex"]);
    }
}
