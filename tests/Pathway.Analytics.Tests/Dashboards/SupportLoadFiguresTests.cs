using Pathway.Analytics.Dashboards;
using Pathway.Analytics.Warehouse;

namespace Pathway.Analytics.Tests.Dashboards;

public sealed class SupportLoadFiguresTests
{
    private static readonly DateOnly March = new(2026, 3, 1);

    [Fact]
    public void CallsIn_CountsTheTelephonysIncomingAnsweredAndAbandoned_AndTheLoggedApart()
    {
        var month = SupportLoadFigures.CallsIn(March,
        [
            ("telephony", "Incoming", true, false, 10),
            ("telephony", "Incoming", false, true, 3),
            // Sent on, served by the menu, called out, or nobody answered and nobody waited in a queue: neither.
            ("telephony", "Redirected", true, false, 2),
            ("telephony", "AutomatedHelpline", true, false, 4),
            ("telephony", "OutgoingByOperator", true, false, 5),
            ("telephony", "Incoming", false, false, 1),
            ("logged", "Incoming", true, false, 6),
            ("logged", "OutgoingByOperator", true, false, 1),
        ]);

        month.ShouldBe(new CallMonth(March, 10, 3, 7));
    }

    [Theory]
    [InlineData("telephony", "Incoming", true, false, "Answered")]
    [InlineData("telephony", "Incoming", true, true, "Abandoned")]
    [InlineData("telephony", "Redirected", false, true, "Abandoned")]
    [InlineData("telephony", "AutomatedHelpline", true, false, "_O")]
    [InlineData("telephony", "OutgoingByOperator", true, false, "_O")]
    [InlineData("telephony", "Incoming", false, false, "_O")]
    [InlineData("logged", "Incoming", true, false, "Logged")]
    [InlineData("logged", "OutgoingByOperator", true, false, "Logged")]
    public void ResultOf_GivesEachCallOneResult_AsTheChartCountsThem(string source, string category, bool answered, bool abandoned, string result)
    {
        SupportLoadFigures.ResultOf(source, category, answered, abandoned).ShouldBe(result);
        Pathway.Analytics.DataExchange.DatasetCatalogue.CallResults.ShouldContain(result);
    }

    [Fact]
    public void AgeBands_OfAnUnknownAge_AreEurostatsUnknown()
    {
        FactCodes.AgeBandOf((int?)null).ShouldBe("UNK");
        FactCodes.AgeBandOf((int?)40).ShouldBe("Y35-64");
    }
}
