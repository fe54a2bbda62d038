using Pathway.Analytics.OfficialStatistics;
using static Pathway.Analytics.Tests.OfficialStatistics.Permits;

namespace Pathway.Analytics.Tests.OfficialStatistics;

public sealed class EurostatCitizenshipTests
{
    [Theory]
    [InlineData("GRC", "EL")]
    [InlineData("GBR", "UK")]
    [InlineData("D", "DE")]
    [InlineData("D<<", "DE")]
    [InlineData("DEU", "DE")]
    [InlineData("ukr", "UA")]
    [InlineData(" BLR ", "BY")]
    [InlineData("XXA", "STLS")]
    [InlineData("XXB", "UNK")]
    [InlineData("XXX", "UNK")]
    [InlineData("RKS", "XK")]
    [InlineData("XXK", "XK")]
    [InlineData("UNK", "XK")] // ICAO's UNK is a resident of Kosovo, not Eurostat's "unknown"
    [InlineData("GBN", "UK")]
    public void Of_KnownCode_GivesEurostatsCode(string caseCode, string eurostat)
    {
        EurostatCitizenship.Of(caseCode).ShouldBe(eurostat);
    }

    [Theory]
    [InlineData("ZZZ")]
    [InlineData("UNO")] // an organisation, not a citizenship
    [InlineData("EUE")]
    [InlineData("UTO")]
    [InlineData("ANT")]
    [InlineData("UA")] // alpha-2 is Eurostat's side, not the case's
    [InlineData("")]
    [InlineData(null)]
    public void Of_CodeEurostatHasNot_IsRefused(string? caseCode)
    {
        EurostatCitizenship.Of(caseCode).ShouldBeNull();
    }

    [Fact]
    public void Build_UnknownCitizenship_RefusesWithThePermitsPosition()
    {
        var outcome = ResidencePermitTables.Build([Permit("2024-01-01", "2024-12-31"), Permit("2024-01-01", "2024-12-31", person: "p2", citizenship: "ZZZ")], 2024, "PL");

        var refused = outcome.ShouldBeOfType<PermitTablesOutcome.Refused>();
        refused.Problems.ShouldBe([new PermitProblem(1, PermitProblemKind.UnknownCitizenship, "ZZZ")]);
    }

    [Fact]
    public void Build_CitizenOfTheUnion_IsRefused()
    {
        var outcome = ResidencePermitTables.Build([Permit("2024-01-01", "2024-12-31", citizenship: "D")], 2024, "PL");

        outcome.ShouldBeOfType<PermitTablesOutcome.Refused>().Problems.Single().Kind.ShouldBe(PermitProblemKind.CitizenOfTheUnion);
    }

    [Fact]
    public void Build_EveryProblem_IsReportedAtOnce()
    {
        var outcome = ResidencePermitTables.Build([Permit("2024-05-01", "2024-04-30", person: " ", citizenship: "XBA")], 2024, "GR");

        outcome.ShouldBeOfType<PermitTablesOutcome.Refused>().Problems.Select(p => p.Kind).ShouldBe(
            [PermitProblemKind.UnknownReportingCountry, PermitProblemKind.MissingPersonKey, PermitProblemKind.ValidityEndsBeforeStart, PermitProblemKind.UnknownCitizenship]);
    }

    [Fact]
    public void Build_UnknownCodeOnAnotherYearsPermit_DoesNotStopTheYear()
    {
        var outcome = ResidencePermitTables.Build([Permit("2019-01-01", "2019-12-31", citizenship: "ANT"), Permit("2024-01-01", "2024-12-31", person: "p2")], 2024, "PL");

        outcome.ShouldBeOfType<PermitTablesOutcome.Built>();
    }
}
