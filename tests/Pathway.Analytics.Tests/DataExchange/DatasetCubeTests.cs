using System.Text;
using Pathway.Analytics.DataExchange;
using Pathway.Analytics.Disclosure;
using Pathway.Analytics.Tests.Disclosure;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Tests.DataExchange;

/// <summary>
/// The datasets' cubes as disclosure control sees them: every slice a caller may ask for is cut from
/// the one protected cube, so what any number of slices show together still leaves every small cell
/// an interval wider than the protection level (audited by linear programming, as the Disclosure
/// tests audit a pattern), and the code lists say nothing about small groups.
/// </summary>
public sealed class DatasetCubeTests
{
    private static readonly ExchangeDataset Applications = DatasetCatalogue.Find(DatasetCatalogue.Applications)!;
    private static readonly ExchangeDataset Decisions = DatasetCatalogue.Find(DatasetCatalogue.Decisions)!;
    private static readonly DateOnly CurrentMonth = new(2026, 6, 1);
    private static readonly string[] Types = ["family", "studies", "temporary-work", "permanent"];

    /// <summary>Two and a half years of applications: citizenships skewed as an office sees them, so the long tail is small.</summary>
    private static List<DatasetRow> ApplicationRows(int seed)
    {
        var random = new Random(seed);
        string[] citizenships = ["UKR", "BLR", "GEO", "IND", "VNM", "TUR", "PHL", "UZB", "NPL", "COL", "KAZ", "TUV", "NRU"];
        var rows = new List<DatasetRow>();
        for (var month = new DateOnly(2024, 1, 1); month <= CurrentMonth; month = month.AddMonths(1))
        {
            foreach (var type in Types)
            {
                for (var c = 0; c < citizenships.Length; c++)
                {
                    foreach (var sex in new[] { "F", "M", "X" })
                    {
                        var mean = 12.0 / (1 + (c * c)) / (sex == "X" ? 20 : 1);
                        var count = (long)Math.Round(random.NextDouble() * 2 * mean);
                        if (count > 0)
                        {
                            rows.Add(new DatasetRow(month, [type, citizenships[c], sex], count));
                        }
                    }
                }
            }
        }

        return rows;
    }

    private static ProtectedDataset Protect(ExchangeDataset dataset, IReadOnlyList<DatasetRow> rows, IReadOnlyList<IReadOnlyList<string>> codeLists, DisclosureRules? rules = null)
    {
        var cube = CellSuppression.Protect(DatasetCube.Build(dataset, DatasetCube.Months(rows, CurrentMonth), codeLists, rows), rules);
        return new ProtectedDataset(dataset, cube, new WarehouseVersion("test", null));
    }

    private static ProtectedDataset ApplicationsCube(int seed)
    {
        var rows = ApplicationRows(seed);
        return Protect(Applications, rows, [Types, DatasetCube.NamedCodes(rows, 1, DisclosureRules.DefaultThreshold), ["F", "M", "X", "U"]]);
    }

    /// <summary>A slice as a caller might ask: some months, and a code (or the total) for some of the dimensions.</summary>
    private static DatasetFilter RandomFilter(ProtectedDataset data, Random random)
    {
        var months = data.Months;
        var first = random.Next(months.Count);
        var last = random.Next(first, months.Count);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (dimension, list) in data.CodeLists)
        {
            if (random.Next(3) == 0)
            {
                codes[dimension] = random.Next(list.Count + 1) == list.Count ? DatasetCatalogue.Total : list[random.Next(list.Count)];
            }
        }

        return new DatasetFilter(random.Next(4) == 0 ? null : months[first], random.Next(4) == 0 ? null : months[last], codes);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(2026)]
    public void RandomSlices_AreCutCellForCellFromTheOneProtectedCube(int seed)
    {
        var data = ApplicationsCube(seed);
        data.Cube.PrimaryCount.ShouldBeGreaterThan(0);
        var random = new Random(seed);
        for (var i = 0; i < 200; i++)
        {
            var filter = RandomFilter(data, random);
            foreach (var cell in data.Slice(filter))
            {
                var whole = data.Cube.Cell(cell.Codes)!;
                (whole.Status, whole.Value).ShouldBe((cell.Status, cell.Value), filter.Describe());
                if (cell.Value is { } value)
                {
                    value.ShouldNotBeInRange(1, DisclosureRules.DefaultThreshold - 1, filter.Describe());
                }

                foreach (var (dimension, code) in filter.Codes)
                {
                    cell.Codes[data.Cube.Dimensions.Select(d => d.Name).ToList().IndexOf(dimension)].ShouldBe(code);
                }
            }
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(404)]
    public void WhatManySlicesShowTogether_LeavesEverySmallCellUnrecoverable(int seed)
    {
        var data = ApplicationsCube(seed);
        var layout = data.Cube.Problem.Layout;
        var shown = new HashSet<int>();
        var random = new Random(seed);
        for (var i = 0; i < 150; i++)
        {
            foreach (var cell in data.Slice(RandomFilter(data, random)).Where(c => !c.Suppressed))
            {
                shown.Add(layout.CellOf([.. cell.Codes.Select((code, d) => layout.Dimensions[d].NodeOf(code)!.Value)]));
            }
        }

        // The intruder knows every value any slice showed, the sums that tie the cube, and that no count is below nought.
        var primaries = Enumerable.Range(0, layout.CellCount).Where(c => data.Cube.Statuses[c] == ConfStatus.Primary).ToList();
        var sample = primaries.OrderBy(_ => random.Next()).Take(25).ToHashSet();
        var intervals = DisclosureAudit.Intervals(data.Cube, cell => !shown.Contains(cell), sample.Contains);
        intervals.Count.ShouldBeGreaterThanOrEqualTo(sample.Count);
        foreach (var interval in intervals.Where(i => sample.Contains(i.Cell)))
        {
            interval.Width.ShouldBeGreaterThan(data.Cube.Rules.Protection, string.Join('/', layout.Codes(interval.Cell)));
        }
    }

    [Fact]
    public void TheProtectedDatasetCube_PassesTheAudit_WithItsThreshold()
    {
        var rows = ApplicationRows(3);
        var rules = new DisclosureRules(Threshold: 3);
        var data = Protect(Applications, rows, [Types, DatasetCube.NamedCodes(rows, 1, rules.Threshold), ["F", "M", "X", "U"]], rules);
        var primaries = Enumerable.Range(0, data.Cube.Statuses.Count).Where(c => data.Cube.Statuses[c] == ConfStatus.Primary).ToList();
        primaries.ShouldNotBeEmpty();
        data.Cube.ShouldProtect(primaries.Where((_, i) => i % 10 == 0).ToHashSet().Contains);
        data.Cube.ShouldLeaveNoLoneSuppression();
    }

    [Fact]
    public void AGroupAllRefused_IsHidden_InTheDecisions()
    {
        // Twelve Georgians decided in March, all refused: their refusals must not be shown.
        List<DatasetRow> rows =
        [
            new(new DateOnly(2026, 3, 1), ["Refused", "studies", "GEO"], 12),
            new(new DateOnly(2026, 3, 1), ["Granted", "studies", "UKR"], 30),
            new(new DateOnly(2026, 3, 1), ["Refused", "studies", "UKR"], 9),
            new(new DateOnly(2026, 4, 1), ["Granted", "studies", "GEO"], 8),
        ];
        var data = Protect(Decisions, rows, [["Granted", "Refused", "Discontinued"], ["studies"], DatasetCube.NamedCodes(rows, 2, 5)]);

        var refusals = data.Cube.Cell(["2026-03", "Refused", "studies", "GEO"])!;
        refusals.Status.ShouldBe(ConfStatus.Primary);
        refusals.Reason.ShouldBe(PrimaryReason.WholeGroup);
        data.Cube.ShouldProtect();
    }

    [Fact]
    public void TheCodeLists_NameOnlyCitizenshipsOfAtLeastThresholdPersons_AndMonthsStartInJanuary()
    {
        List<DatasetRow> rows =
        [
            new(new DateOnly(2025, 5, 1), ["studies", "UKR", "F"], 7),
            new(new DateOnly(2025, 8, 1), ["studies", "TUV", "F"], 1),
            new(new DateOnly(2025, 9, 1), ["studies", "NRU", "M"], 2),
            new(new DateOnly(2026, 1, 1), ["studies", "NRU", "F"], 3),
        ];

        DatasetCube.NamedCodes(rows, 1, 5).ShouldBe(["NRU", "UKR", DatasetCatalogue.Other]);
        var months = DatasetCube.Months(rows, CurrentMonth);
        months[0].ShouldBe(new DateOnly(2025, 1, 1));
        months[^1].ShouldBe(CurrentMonth);

        var data = Protect(Applications, rows, [["studies"], DatasetCube.NamedCodes(rows, 1, 5), ["F", "M", "X", "U"]]);
        data.CodeLists["citizenship"].ShouldNotContain("TUV");
        data.Cube.Cell(["2025-08", "studies", DatasetCatalogue.Other, "F"])!.Status.ShouldBe(ConfStatus.Primary);
        data.Cube.Cell(["2025-05", "studies", "UKR", "F"])!.Value.ShouldBe(7);
    }

    [Fact]
    public void AnEmptyWarehouse_GivesADatasetOfZeros()
    {
        var data = Protect(Applications, [], [[], DatasetCube.NamedCodes([], 1, 5), ["F", "M", "X", "U"]]);
        data.Months.ShouldBe([.. Enumerable.Range(1, 6).Select(m => TestCubes.I($"2026-{m:00}"))]);
        data.CodeLists["type"].ShouldBe([DatasetCatalogue.Other]);
        data.Observations(new DatasetFilter(null, null, new Dictionary<string, string>())).ShouldAllBe(o => o.ObsValue == 0 && o.ConfStatus == "F");
    }

    [Fact]
    public void TheCsv_IsThePublishedEdition_OfTheSlice()
    {
        List<DatasetRow> rows =
        [
            new(new DateOnly(2026, 5, 1), ["studies", "UKR", "F"], 20),
            new(new DateOnly(2026, 5, 1), ["studies", "UKR", "M"], 2),
            new(new DateOnly(2026, 5, 1), ["studies", "BLR", "M"], 9),
            new(new DateOnly(2026, 5, 1), ["studies", "BLR", "F"], 11),
        ];
        var data = Protect(Applications, rows, [["studies"], ["BLR", "UKR", DatasetCatalogue.Other], ["F", "M", "X", "U"]]);
        var filter = new DatasetFilter("2026-05", "2026-05", new Dictionary<string, string> { ["type"] = "studies", ["citizenship"] = "UKR" });

        var lines = Encoding.UTF8.GetString(DatasetCsv.Write(data, filter)).Split("\r\n");
        lines[0].ShouldBe("DATAFLOW,freq,type,citizenship,sex,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS");
        lines[^1].ShouldBe("", "every record ends with CRLF");
        var observations = data.Observations(filter);
        observations.Select(o => o.Dimensions["sex"]).ShouldBe(["_T", "F", "M", "X", "U"]);
        (observations[2].ObsValue, observations[2].ConfStatus).ShouldBe((null, "C"), "two men: a small count");
        lines.Skip(1).SkipLast(1).ShouldBe(observations.Select(o =>
            $"PATHWAY:APPLICATIONS(1.0),M,studies,UKR,{o.Dimensions["sex"]},2026-05," + (o.ObsValue is { } v ? TestCubes.I($"{v},A,F") : ",,C")));
    }

    private static readonly ExchangeDataset Services = DatasetCatalogue.Find(DatasetCatalogue.Services)!;

    /// <summary>
    /// A year and a half of services: beneficiaries of a few citizenships, each given a handful of services of one
    /// or two kinds over a few months, as one row per person, month and cell (the warehouse's grouping).
    /// </summary>
    private static List<DatasetRow> ServiceRows(int seed)
    {
        var random = new Random(seed);
        string[] citizenships = ["UKR", "BLR", "GEO", "IND", "TUV"];
        var kinds = DatasetCatalogue.ServiceKinds.Take(5).ToArray();
        var rows = new List<DatasetRow>();
        for (var person = 0; person < 160; person++)
        {
            var citizenship = citizenships[Math.Min(citizenships.Length - 1, (int)(random.NextDouble() * random.NextDouble() * citizenships.Length))];
            var sex = random.Next(10) == 0 ? "X" : random.Next(2) == 0 ? "F" : "M";
            var first = new DateOnly(2025, 1, 1).AddMonths(random.Next(17));
            string[] given = [kinds[random.Next(kinds.Length)], kinds[random.Next(kinds.Length)]];
            for (var m = 0; m < 1 + random.Next(3) && first.AddMonths(m) <= CurrentMonth; m++)
            {
                foreach (var kind in given.Distinct())
                {
                    rows.Add(new DatasetRow(first.AddMonths(m), [kind, citizenship, sex], 1 + random.Next(4), TestCubes.I($"person-{person}")));
                }
            }
        }

        return rows;
    }

    private static ProtectedDataset ServicesCube(IReadOnlyList<DatasetRow> rows, DisclosureRules? rules = null) =>
        Protect(Services, rows, [DatasetCatalogue.ServiceKinds, DatasetCube.NamedCodes(rows, 1, (rules ?? DisclosureRules.Default).Threshold), FactSexes], rules);

    private static readonly string[] FactSexes = ["F", "M", "X", "U"];

    [Theory]
    [InlineData(5)]
    [InlineData(2027)]
    public void TheServices_AreCountedAsServices_ButNoCellOfFewerThanThresholdPersonsIsShown(int seed)
    {
        var rows = ServiceRows(seed);
        var data = ServicesCube(rows);
        var layout = data.Cube.Problem.Layout;
        var shown = data.Cube.Cells.Where(c => !c.Suppressed).ToList();

        // The persons behind each shown cell, counted from the rows: at least the threshold, or nobody.
        foreach (var cell in shown)
        {
            var persons = rows.Where(r => Holds(cell.Codes, r, data)).Select(r => r.Person).Distinct().Count();
            if (cell.Value > 0)
            {
                persons.ShouldBeGreaterThanOrEqualTo(DisclosureRules.DefaultThreshold, string.Join('/', cell.Codes));
            }

            cell.Value.ShouldBe(rows.Where(r => Holds(cell.Codes, r, data)).Sum(r => r.Count), "a shown cell counts services");
        }

        shown.Count.ShouldBeGreaterThan(data.Cube.PublishedCount / 2);
        data.Cube.PrimaryCount.ShouldBeGreaterThan(0);
        var primaries = Enumerable.Range(0, layout.CellCount).Where(c => data.Cube.Statuses[c] == ConfStatus.Primary).ToList();
        data.Cube.ShouldProtect(primaries.Where((_, i) => i % 7 == 0).ToHashSet().Contains);
        data.Cube.ShouldLeaveNoLoneSuppression();
    }

    /// <summary>Whether a row counts in a cell of the services cube: each dimension at the row's code (a citizenship not named under Other) or the total.</summary>
    private static bool Holds(IReadOnlyList<string> codes, DatasetRow row, ProtectedDataset data)
    {
        if (codes[0] != DatasetCatalogue.Total && codes[0] != DatasetCube.MonthCode(row.Month))
        {
            return false;
        }

        var lists = data.Cube.Dimensions.Skip(1).Select(d => d.Codes).ToList();
        for (var d = 0; d < row.Codes.Count; d++)
        {
            var code = lists[d].Contains(row.Codes[d]) ? row.Codes[d] : DatasetCatalogue.Other;
            if (codes[d + 1] != DatasetCatalogue.Total && codes[d + 1] != code)
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void TheServicesCitizenships_AreNamedByTheirPersons_NotTheirServices()
    {
        List<DatasetRow> rows =
        [
            // One Tuvaluan given thirty services; five Georgians one each.
            new(new DateOnly(2026, 2, 1), ["LegalAdvice", "TUV", "F"], 30, "tuv-1"),
            .. Enumerable.Range(0, 5).Select(i => new DatasetRow(new DateOnly(2026, 2, 1), ["LegalAdvice", "GEO", "M"], 1, TestCubes.I($"geo-{i}"))),
        ];

        DatasetCube.NamedCodes(rows, 1, 5).ShouldBe(["GEO", DatasetCatalogue.Other]);
        var data = ServicesCube(rows);
        var tuvaluan = data.Cube.Cell(["2026-02", "LegalAdvice", DatasetCatalogue.Other, "F"])!;
        tuvaluan.Status.ShouldBe(ConfStatus.Primary, "thirty services of one person");
        data.Cube.Cell(["2026-02", "LegalAdvice", "GEO", "M"])!.Status.ShouldNotBe(ConfStatus.Free, "the February total would give the Tuvaluan's away");
        data.Cube.ShouldProtect();
    }

    [Fact]
    public void TheCalls_CountCallsByResultAndCategory_SmallCountsHidden()
    {
        var calls = DatasetCatalogue.Find(DatasetCatalogue.Calls)!;
        List<DatasetRow> rows =
        [
            new(new DateOnly(2026, 5, 1), [DatasetCatalogue.Answered, "Incoming"], 40),
            new(new DateOnly(2026, 5, 1), [DatasetCatalogue.Abandoned, "Incoming"], 9),
            new(new DateOnly(2026, 5, 1), [DatasetCatalogue.Logged, "Incoming"], 2),
            new(new DateOnly(2026, 5, 1), [DatasetCatalogue.Other, "Redirected"], 12),
        ];

        var data = Protect(calls, rows, [DatasetCatalogue.CallResults, DatasetCatalogue.CallCategories]);

        data.Cube.Cell(["2026-05", DatasetCatalogue.Logged, "Incoming"])!.Status.ShouldBe(ConfStatus.Primary);
        data.Cube.Cell(["2026-05", DatasetCatalogue.Total, DatasetCatalogue.Total])!.Value.ShouldBe(63);
        data.Observations(new DatasetFilter("2026-05", "2026-05", new Dictionary<string, string>()))
            .Where(o => o.ObsValue is { } v).ShouldAllBe(o => o.ObsValue == 0 || o.ObsValue >= 5);
        data.Cube.ShouldProtect();
        data.Cube.ShouldLeaveNoLoneSuppression();
    }

    [Fact]
    public void AFilter_IsReadFieldByField_AgainstTheCodeLists()
    {
        var errors = new FieldErrors(new KeyText());
        var codeLists = new Dictionary<string, IReadOnlyList<string>> { ["type"] = ["studies"], ["citizenship"] = ["UKR", DatasetCatalogue.Other], ["sex"] = ["F", "M"] };
        var query = new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
        {
            ["from"] = "2026-13", ["citizenship"] = "TUV", ["age"] = "Y18-34", ["sex"] = new(["F", "M"]), ["type"] = "_T",
        };

        DatasetFilter.Read(query, Applications, codeLists, errors).ShouldBeNull();
        errors.ToDictionary().Keys.ShouldBe(["from", "citizenship", "age", "sex"], ignoreOrder: true);

        var good = new FieldErrors(new KeyText());
        var filter = DatasetFilter.Read(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues> { ["to"] = "2026-04", ["citizenship"] = "UKR" }, Applications, codeLists, good)!;
        filter.Describe().ShouldBe("to=2026-04; citizenship=UKR");
    }
}
