using Pathway.Support.Beneficiaries;
using Pathway.Support.Gbv;

namespace Pathway.Support.Tests;

/// <summary>What an incident record must hold, field by field, and how small counts are hidden.</summary>
public sealed class GbvRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 15);

    private static GbvIncidentInput Good() => new(
        "2026-01", "2026-02", "Praga-Północ", IncidentContext.CountryOfAsylum, GbvIncidentType.PhysicalAssault, SurvivorAgeGroup.From18To25,
        SurvivorSex.Female, false, PerpetratorRelation.IntimatePartner, PerpetratorCount.One, [GbvService.HealthCare], true);

    private static IEnumerable<string> Problems(GbvIncidentInput input) =>
        GbvIncidentRules.Check(input, Today).Select(p => $"{p.Field}:{p.Problem}");

    [Fact]
    public void Check_AGoodRecord_HasNoProblems() => Problems(Good()).ShouldBeEmpty();

    [Fact]
    public void Check_AnEmptyRecord_NamesEveryRequiredField() =>
        Problems(new GbvIncidentInput(null, "", null, null, null, null, null, null, null, null, null, null)).ShouldBe([
            "incidentMonth:IncidentMonthMissing", "reportedMonth:ReportedMonthMissing", "context:ContextMissing", "type:TypeMissing",
            "ageGroup:AgeGroupMissing", "sex:SexMissing", "perpetrator:PerpetratorMissing", "perpetrators:PerpetratorsMissing",
            "statisticsConsent:ConsentMissing"]);

    [Theory]
    [InlineData("2026-04", "2026-03", "incidentMonth:IncidentMonthInFuture")]
    [InlineData("2026-01", "2026-04", "reportedMonth:ReportedMonthInFuture")]
    [InlineData("2026-02", "2026-01", "reportedMonth:ReportedBeforeIncident")]
    [InlineData("2026-01-10", "2026-02", "incidentMonth:IncidentMonthMissing")]
    [InlineData("2026-13", "2026-02", "incidentMonth:IncidentMonthMissing")]
    public void Check_Months_MayNotBeInTheFutureNorReportedBeforeTheIncident(string incident, string reported, string problem) =>
        Problems(Good() with { IncidentMonth = incident, ReportedMonth = reported }).ShouldBe([problem]);

    [Fact]
    public void Check_ThisMonth_IsNotTheFuture() =>
        Problems(Good() with { IncidentMonth = "2026-03", ReportedMonth = "2026-03" }).ShouldBeEmpty();

    [Fact]
    public void Check_APlace_IsAtMostAHundredCharacters()
    {
        Problems(Good() with { Place = new string('x', 100) }).ShouldBeEmpty();
        Problems(Good() with { Place = new string('x', 101) }).ShouldBe(["place:PlaceTooLong"]);
    }

    [Fact]
    public void Check_ASeparatedChild_IsInAChildsAgeGroup()
    {
        Problems(Good() with { SeparatedChild = true }).ShouldBe(["separatedChild:SeparatedChildNotAChild"]);
        Problems(Good() with { SeparatedChild = true, AgeGroup = SurvivorAgeGroup.From12To17 }).ShouldBeEmpty();
    }

    [Fact]
    public void Check_UndefinedChoices_AreRefusedLikeMissingOnes() =>
        Problems(Good() with { Type = (GbvIncidentType)99, Services = [(GbvService)(-1)] }).ShouldBe(["type:TypeMissing", "services:ServiceUnknown"]);

    [Fact]
    public void Services_HoldEveryKindOfTheSupportCase() =>
        Enum.GetNames<ServiceKind>().ShouldBeSubsetOf(Enum.GetNames<GbvService>());

    [Theory]
    [InlineData(0, 0, false, "0")]
    [InlineData(1, null, true, "x")]
    [InlineData(4, null, true, "x")]
    [InlineData(5, 5, false, "5")]
    [InlineData(120, 120, false, "120")]
    public void Suppress_HidesCountsFromOneToFour(int count, int? shown, bool suppressed, string words) =>
        SmallCells.Suppress(count).ShouldBe(new SuppressedCount(shown, suppressed, words));

    /// <summary>Tables of one column each, counting the same incidents: cells laid one table after the other, their shared total last and not shown.</summary>
    private static string[] Tables(params int[][] tables)
    {
        var cells = tables.SelectMany(t => t).Append(tables[0].Sum()).ToList();
        var lines = new List<CellLine>();
        var first = 0;
        foreach (var table in tables)
        {
            lines.Add(new CellLine([.. Enumerable.Range(first, table.Length)], cells.Count - 1, WholeShown: false));
            first += table.Length;
        }

        var hidden = SmallCells.Suppress(cells, lines);
        return [.. tables.Select((table, t) => string.Join(" ", table.Select((count, i) => hidden[tables.Take(t).Sum(x => x.Length) + i] ? "x" : count.ToString(System.Globalization.CultureInfo.InvariantCulture))))];
    }

    [Fact]
    public void Suppress_ATableWithOneHiddenCount_HidesItsSmallestOtherCountAboveNought()
    {
        // Naively: types "6 x 0" and ages "8 0" give the 2 away as 8 - 6.
        Tables([6, 2, 0], [8, 0]).ShouldBe(["x x 0", "8 0"]);
    }

    [Fact]
    public void Suppress_ProtectsASmallCount_EvenWhenNoTableGivesTheTotalAway()
    {
        // No table shows its total whole, yet x + 10 + 7 = y + 13 + 7 makes x = y + 3, and with each from 1 to 4, x = 4 and y = 1: each table hides two.
        Tables([4, 10, 7], [1, 13, 7]).ShouldBe(["x 10 x", "x 13 x"]);
    }

    [Fact]
    public void Suppress_KeepsNoughtShown_AndTakesTheSmallestOtherCount_TheFirstOfEquals()
    {
        Tables([3, 0, 9, 7, 7], [26]).ShouldBe(["x 0 9 x 7", "26"]);
        Tables([0, 9, 0], [9, 0]).ShouldBe(["0 9 0", "9 0"], "nothing small, nothing hidden");
    }

    [Fact]
    public void Suppress_ATableWithTwoHiddenCounts_HidesNothingMore()
    {
        Tables([3, 2, 20], [25]).ShouldBe(["x x 20", "25"]);
    }

    [Fact]
    public void Suppress_RepeatsUntilNoLineHasASingleHiddenCell_AcrossAShownTotal()
    {
        // A row of two cells and its shown total, and a column through the first cell with its shown total:
        // cells 0,1 add up to 2; cells 0,3 add up to 4. Hiding 0 (a 3) hides 1 (the 6, its row's smallest),
        // then the column has 0 alone hidden: its smallest other is the 7 (cell 3), not the column's total 10.
        int[] counts = [3, 6, 9, 7, 10];
        var hidden = SmallCells.Suppress(counts, [new CellLine([0, 1], 2, WholeShown: true), new CellLine([0, 3], 4, WholeShown: true)]);
        hidden.ShouldBe([true, true, false, true, false]);
    }

    [Fact]
    public void Suppress_HidesAShownTotal_WhenItIsTheOnlyOtherCountAboveNought()
    {
        // Row: 2, 0 and its total 2 shown: the total is small too, so both are hidden from the start.
        SmallCells.Suppress([2, 0, 2], [new CellLine([0, 1], 2, WholeShown: true)]).ShouldBe([true, false, true]);
        // Row: 4, 0, 6 and the total 10: the smallest other above nought is the 6, not the total.
        SmallCells.Suppress([4, 0, 6, 10], [new CellLine([0, 1, 2], 3, WholeShown: true)]).ShouldBe([true, false, true, false]);
    }
}
