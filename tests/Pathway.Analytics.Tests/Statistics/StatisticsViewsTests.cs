using System.Globalization;
using System.Text.Json;
using Pathway.Analytics.Dashboards;
using Pathway.Analytics.DataExchange;
using Pathway.Analytics.Disclosure;
using Pathway.Analytics.Statistics;
using Pathway.Analytics.Tests.Disclosure;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Tests.Statistics;

/// <summary>
/// The office statistics page as disclosure control sees it: for every filter the page can take on a
/// small office, every figure it shows (in a chart, a table or a file) is a cell of the datasets' protected
/// cubes, no count of 1 to threshold − 1 is shown, and what all those views show together still leaves
/// every small cell an interval wider than the protection level in the linear-programming audit.
/// </summary>
public sealed class StatisticsViewsTests
{
    private static readonly DateOnly CurrentMonth = new(2025, 4, 1);
    private static readonly string[] Types = ["family", "studies"];
    private static readonly string[] Sexes = ["F", "M", "X", "U"];
    private static readonly string[] Outcomes = ["Granted", "Refused", "Discontinued"];

    /// <summary>Four months of an office with few cases: three citizenships of some size and a tail of small ones, so many cells are small.</summary>
    private static Dictionary<string, ProtectedDataset> Office(int seed)
    {
        var random = new Random(seed);
        string[] citizenships = ["UKR", "BLR", "GEO", "TUV", "NRU"];
        double[] sizes = [6, 3, 2, 0.4, 0.3];
        var applications = new List<DatasetRow>();
        var decisions = new List<DatasetRow>();
        var backlog = new List<DatasetRow>();
        var services = new List<DatasetRow>();
        var calls = new List<DatasetRow>();
        for (var month = new DateOnly(2025, 1, 1); month <= CurrentMonth; month = month.AddMonths(1))
        {
            for (var c = 0; c < citizenships.Length; c++)
            {
                foreach (var type in Types)
                {
                    foreach (var sex in Sexes.Take(3))
                    {
                        applications.Add(new DatasetRow(month, [type, citizenships[c], sex], Draw(random, sizes[c] / (sex == "X" ? 6 : 1))));
                    }

                    foreach (var outcome in Outcomes)
                    {
                        decisions.Add(new DatasetRow(month, [outcome, type, citizenships[c]], Draw(random, sizes[c] / (outcome == "Granted" ? 1 : 3))));
                    }
                }
            }

            foreach (var band in DatasetCatalogue.WaitBands)
            {
                backlog.Add(new DatasetRow(month, [band], Draw(random, 4)));
            }

            // Beneficiaries of three citizenships, each given one to three services of a kind in a month.
            for (var person = 0; person < 12; person++)
            {
                var kind = DatasetCatalogue.ServiceKinds[random.Next(3)];
                services.Add(new DatasetRow(month, [kind, citizenships[person % 3], Sexes[random.Next(2)]], 1 + random.Next(3), TestCubes.I($"{month:yyyyMM}-{person}")));
            }

            foreach (var result in DatasetCatalogue.CallResults)
            {
                calls.Add(new DatasetRow(month, [result, "Incoming"], Draw(random, 6)));
                calls.Add(new DatasetRow(month, [result, "Redirected"], Draw(random, 1)));
            }
        }

        return new Dictionary<string, ProtectedDataset>(StringComparer.Ordinal)
        {
            [DatasetCatalogue.Applications] = Protect(DatasetCatalogue.Applications, applications, [Types, DatasetCube.NamedCodes(applications, 1, 5), Sexes]),
            [DatasetCatalogue.Decisions] = Protect(DatasetCatalogue.Decisions, decisions, [Outcomes, Types, DatasetCube.NamedCodes(decisions, 2, 5)]),
            [DatasetCatalogue.Backlog] = Protect(DatasetCatalogue.Backlog, backlog, [DatasetCatalogue.WaitBands]),
            [DatasetCatalogue.Services] = Protect(DatasetCatalogue.Services, services, [DatasetCatalogue.ServiceKinds, DatasetCube.NamedCodes(services, 1, 5), Sexes]),
            [DatasetCatalogue.Calls] = Protect(DatasetCatalogue.Calls, calls, [DatasetCatalogue.CallResults, DatasetCatalogue.CallCategories]),
        };
    }

    private static long Draw(Random random, double mean) => (long)Math.Round(random.NextDouble() * 2 * mean);

    private static ProtectedDataset Protect(string id, IReadOnlyList<DatasetRow> rows, IReadOnlyList<IReadOnlyList<string>> codeLists)
    {
        var dataset = DatasetCatalogue.Find(id)!;
        var cube = CellSuppression.Protect(DatasetCube.Build(dataset, DatasetCube.Months(rows, CurrentMonth), codeLists, rows));
        return new ProtectedDataset(dataset, cube, new WarehouseVersion("test", null));
    }

    /// <summary>Every filter the page can take: every span of whole months, and each type, citizenship and sex offered, or none.</summary>
    private static IEnumerable<StatisticsFilter> EveryFilter(IReadOnlyDictionary<string, ProtectedDataset> office)
    {
        var choices = StatisticsViews.Choices(office);
        var months = Enumerable.Range(0, 4).Select(i => new DateOnly(2025, 1, 1).AddMonths(i)).ToList();
        foreach (var from in months)
        {
            foreach (var to in months.Where(m => m >= from))
            {
                foreach (var type in choices.Types.Prepend(null))
                {
                    foreach (var citizenship in choices.Citizenships.Prepend(null))
                    {
                        foreach (var sex in choices.Sexes.Prepend(null))
                        {
                            yield return new StatisticsFilter(from, to, type, citizenship, sex);
                        }
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(77)]
    [InlineData(2026)]
    public void EveryViewOfEveryFilter_TogetherLeaveEverySmallCellUnrecoverable(int seed)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var office = Office(seed);
        var shown = office.Keys.ToDictionary(id => id, _ => new HashSet<int>(), StringComparer.Ordinal);
        var threshold = DisclosureRules.DefaultThreshold;
        var filters = 0;
        foreach (var filter in EveryFilter(office))
        {
            filters++;
            foreach (var view in StatisticsViews.Of(office, filter))
            {
                var cube = view.Data.Cube;
                var layout = cube.Problem.Layout;
                foreach (var cell in view.Cells.Values)
                {
                    var whole = cube.Cell(cell.Codes)!;
                    (whole.Status, whole.Value).ShouldBe((cell.Status, cell.Value));
                    if (cell.Value is { } value)
                    {
                        value.ShouldNotBeInRange(1, threshold - 1);
                        shown[view.Data.Dataset.Id].Add(layout.CellOf([.. cell.Codes.Select((code, d) => layout.Dimensions[d].NodeOf(code)!.Value)]));
                    }
                }

                ShouldShowOnlyTheViewsCells(view, StatisticsCharts.Of(view, new KeyText()));
            }
        }

        filters.ShouldBeGreaterThan(500);
        foreach (var (id, data) in office)
        {
            var cube = data.Cube;
            var primaries = Enumerable.Range(0, cube.Statuses.Count).Where(c => cube.Statuses[c] == ConfStatus.Primary).ToHashSet();
            if (id != DatasetCatalogue.Backlog)
            {
                primaries.ShouldNotBeEmpty(id);
            }

            // The intruder knows every value any view of any filter showed, the sums that tie the cube, and that no count is below nought.
            var intervals = DisclosureAudit.Intervals(cube, cell => !shown[id].Contains(cell), primaries.Contains).ToDictionary(i => i.Cell);
            foreach (var cell in primaries)
            {
                var codes = string.Join('/', cube.Problem.Layout.Codes(cell));
                if (cube.Reasons[cell].HasFlag(PrimaryReason.SmallCount))
                {
                    intervals[cell].Width.ShouldBeGreaterThan(cube.Rules.Protection, $"{id} {codes}");
                }

                if (cube.Reasons[cell].HasFlag(PrimaryReason.WholeGroup))
                {
                    intervals[cell].Lower.ShouldBeLessThanOrEqualTo(cube.Problem.Values[cell] - 1 + 1e-6, $"{id} {codes}");
                }
            }
        }
    }

    /// <summary>Every number of the chart and its table is a shown cell of the view; a confidential cell is C in the table and a gap (null) in the chart.</summary>
    private static void ShouldShowOnlyTheViewsCells(StatisticsView view, ChartView chart)
    {
        var values = view.Cells.Values.Where(c => !c.Suppressed).Select(c => (double)c.Value!.Value).ToHashSet();
        foreach (var cell in chart.Table.Rows.SelectMany(r => r.Skip(1)))
        {
            if (cell.Confidential)
            {
                (cell.Text, cell.Raw, cell.Number).ShouldBe(("C", "C", (double?)null));
            }
            else
            {
                values.ShouldContain(cell.Number!.Value, view.Id);
            }
        }

        var confidential = view.Cells.Values.Count(c => c.Suppressed && view.Months.Contains(c.Codes[0]));
        chart.Table.Rows.SelectMany(r => r.Skip(1)).Count(c => c.Confidential).ShouldBe(view.Unnamed is null ? confidential : 0, view.Id);
        if (chart.Option is { } option)
        {
            using var json = JsonDocument.Parse(option);
            foreach (var series in json.RootElement.GetProperty("series").EnumerateArray())
            {
                foreach (var point in series.GetProperty("data").EnumerateArray().Where(p => p.ValueKind != JsonValueKind.Null))
                {
                    values.ShouldContain(point.GetDouble(), view.Id);
                }
            }
        }
    }

    [Fact]
    public void AFilter_NarrowsTheDatasetsThatHaveItsDimension_AndNoOther()
    {
        var office = Office(3);
        var filter = new StatisticsFilter(new DateOnly(2025, 2, 1), new DateOnly(2025, 3, 1), Type: "studies", Sex: "F");
        var views = StatisticsViews.Of(office, filter).ToDictionary(v => v.Id);

        var applications = views[StatisticsViews.Applications];
        applications.Months.ShouldBe(["2025-02", "2025-03"]);
        applications.Codes.ShouldBe(["studies"], "the type chosen, alone: no total beside it");
        applications.Cells.Values.ShouldAllBe(c => c.Codes[1] == "studies" && c.Codes[2] == DatasetCatalogue.Total && c.Codes[3] == "F");
        applications.Narrowing.ShouldBe(["type", "citizenship", "sex"]);

        var decisions = views[StatisticsViews.Decisions];
        decisions.Codes.ShouldBe([.. Outcomes, DatasetCatalogue.Total]);
        decisions.NotApplied.ShouldBe(["sex"]);
        decisions.Cells.Values.ShouldAllBe(c => c.Codes[2] == "studies" && c.Codes[3] == DatasetCatalogue.Total);

        var backlog = views[StatisticsViews.Backlog];
        backlog.Narrowing.ShouldBeEmpty();
        backlog.NotApplied.ShouldBe(["type", "sex"]);
        backlog.Cells.Count.ShouldBe(2 * 5, "two months, four bands and their total");

        var services = views[StatisticsViews.Services];
        services.Codes.ShouldBe([.. DatasetCatalogue.ServiceKinds, DatasetCatalogue.Total]);
        services.Narrowing.ShouldBe(["citizenship", "sex"]);
        services.NotApplied.ShouldBe(["type"]);
        services.Cells.Values.ShouldAllBe(c => c.Codes[2] == DatasetCatalogue.Total && c.Codes[3] == "F");

        var calls = views[StatisticsViews.Calls];
        calls.Codes.ShouldBe([.. DatasetCatalogue.CallResults, DatasetCatalogue.Total]);
        calls.Narrowing.ShouldBeEmpty();
        calls.NotApplied.ShouldBe(["type", "sex"]);
        calls.Cells.Values.ShouldAllBe(c => c.Codes[2] == DatasetCatalogue.Total);
        StatisticsCharts.Note(calls, new KeyText()).ShouldBe("Narrowed by the period only. Not narrowed by: Application type, Sex; these figures are not counted by it.");

        var citizenships = views[StatisticsViews.Citizenships];
        citizenships.Codes[^1].ShouldBe(DatasetCatalogue.Total);
        citizenships.Codes.ShouldContain(DatasetCatalogue.Other);
        var chart = StatisticsCharts.Of(citizenships, new KeyText());
        chart.Option.ShouldBeNull("a table without a chart");
        chart.Table.FileColumns.ShouldBe(["Citizenship", "2025-02", "2025-03"]);
        chart.Table.Rows[^1][0].Raw.ShouldBe(DatasetCatalogue.Total);
    }

    [Fact]
    public void ACitizenshipTheDecisionsDoNotName_LeavesTheirChartEmpty_NotShowingAnotherGroup()
    {
        var office = Office(3);
        var named = office[DatasetCatalogue.Applications].CodeLists["citizenship"];
        var decided = office[DatasetCatalogue.Decisions].CodeLists["citizenship"];
        var choices = StatisticsViews.Choices(office);
        choices.Citizenships[^1].ShouldBe(DatasetCatalogue.Other);
        var served = office[DatasetCatalogue.Services].CodeLists["citizenship"];
        choices.Citizenships.ShouldBe([.. named.Union(decided).Union(served).Where(c => c != DatasetCatalogue.Other).Order(StringComparer.Ordinal), DatasetCatalogue.Other]);

        var unnamed = new StatisticsFilter(new DateOnly(2025, 1, 1), new DateOnly(2025, 4, 1), Citizenship: "ZZZ");
        var view = StatisticsViews.Of(StatisticsViews.Decisions, office, unnamed);
        view.Unnamed.ShouldBe("citizenship");
        view.Cells.ShouldBeEmpty();
        var chart = StatisticsCharts.Of(view, new KeyText());
        chart.Option.ShouldBeNull();
        chart.Table.Rows.ShouldBeEmpty();
        StatisticsCharts.Note(view, new KeyText()).ShouldContain("counted under Other");
    }

    [Fact]
    public void AFilter_IsReadAgainstTheDatasetsCodes_FieldByField()
    {
        var choices = new StatisticsChoices(Types, ["UKR", DatasetCatalogue.Other], Sexes);
        var errors = new FieldErrors(new KeyText());
        StatisticsFilter.Read(new StatisticsQuery("2025-13", null, "tourism", "TUV", "F"), CurrentMonth, choices, errors).ShouldBeNull();
        errors.ToDictionary().Keys.ShouldBe(["from", "type", "citizenship"], ignoreOrder: true);

        var filter = StatisticsFilter.Read(new StatisticsQuery(null, null, null, "UKR", null), new DateOnly(2025, 4, 17), choices, new FieldErrors(new KeyText()))!;
        (filter.From, filter.To).ShouldBe((new DateOnly(2024, 5, 1), CurrentMonth), "the last twelve months");
        filter.Query().ShouldBe("from=2024-05&to=2025-04&citizenship=UKR");
    }
}
