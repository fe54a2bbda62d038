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

    [Fact]
    public void AgeBands_OfAnUnknownAge_AreEurostatsUnknown()
    {
        FactCodes.AgeBandOf((int?)null).ShouldBe("UNK");
        FactCodes.AgeBandOf((int?)40).ShouldBe("Y35-64");
    }
}
