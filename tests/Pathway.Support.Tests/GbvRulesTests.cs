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
    [InlineData(1, null, true, "<5")]
    [InlineData(4, null, true, "<5")]
    [InlineData(5, 5, false, "5")]
    [InlineData(120, 120, false, "120")]
    public void Suppress_HidesCountsFromOneToFour(int count, int? shown, bool fewerThanFive, string words) =>
        SmallCells.Suppress(count).ShouldBe(new SuppressedCount(shown, fewerThanFive, words));
}
