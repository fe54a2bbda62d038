using Pathway.Support.Helpline;

namespace Pathway.Support.Tests;

public sealed class HelplineStatsFileTests
{
    private static HelplineFigures Figures(int? abandoned, double? wait, double? share) =>
        new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), 120, 30, 15, 4, abandoned, wait, share, new int[7, 24]);

    [Fact]
    public void Json_IsOneObject_WithTheNamedFiguresInOrder_AndNullWhereTheDataCannotTell()
    {
        HelplineStatsFile.Json(Figures(null, null, null)).ShouldBe(
            """{"from":"2026-11-01","to":"2026-11-30","answeredIncoming":120,"outgoing":30,"automatedHelpline":15,"redirected":4,"abandoned":null,"averageWaitSeconds":null,"answeredWithin20sShare":null}""");
        HelplineStatsFile.Json(Figures(7, 12.5, 0.8)).ShouldEndWith(""","abandoned":7,"averageWaitSeconds":12.5,"answeredWithin20sShare":0.8}""");
    }

    [Fact]
    public void Csv_IsTheSameNamesAsAHeader_AndOneLine_EmptyForNull()
    {
        HelplineStatsFile.Csv(Figures(null, null, null)).ShouldBe(HelplineStatsFile.CsvHeader + "\r\n2026-11-01,2026-11-30,120,30,15,4,,,\r\n");
        HelplineStatsFile.Csv(Figures(7, 1 / 3.0, 0.25)).ShouldEndWith(",7,0.3333333333333333,0.25\r\n");
    }
}
