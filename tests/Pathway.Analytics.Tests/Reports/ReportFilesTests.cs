using System.Text;
using Pathway.Analytics.Reports;
using Pathway.Platform.Reporting;

namespace Pathway.Analytics.Tests.Reports;

/// <summary>What a report's files hold: small counts protected, SDMX-CSV made of the tables, and a data version of the figures alone.</summary>
public sealed class ReportFilesTests
{
    private static ReportContent Content(string label = "Studies", decimal studies = 40) => new("Monthly", "2026-11", [new("Office", "Mazowieckie")],
    [
        new ReportTable("inflow", "Applications", "Type", [new("APPLICATIONS", "Applications")],
        [
            new ReportRow("studies", label, [studies]),
            new ReportRow("work", "Work", [new ReportValue(3, ReportConfidentiality.Primary)]),
            new ReportRow("family", "Family", [new ReportValue(12, ReportConfidentiality.Secondary)]),
            new ReportRow("TOTAL", "Total", [studies + 15], Total: true),
        ]),
        new ReportTable("processing", "Times", "Month", [new("MEDIAN_DAYS", "Median, days", ReportFigure.Days)], [new ReportRow("2026-11", "2026-11", [new ReportValue(null)])]),
    ]);

    [Fact]
    public void AOneDimensionalTable_HidesTheSmallCount_AndOneMoreSoTheTotalCannotGiveItAway()
    {
        var (categories, total) = ReportProtection.Protect([("studies", 40), ("work", 3), ("family", 12), ("other", 0)]);
        categories["work"].Confidentiality.ShouldBe(ReportConfidentiality.Primary);
        categories["family"].Confidentiality.ShouldBe(ReportConfidentiality.Secondary, "the next smallest count that is not nought");
        categories["studies"].Confidentiality.ShouldBe(ReportConfidentiality.Free);
        total.Number.ShouldBe(55);
        total.Confidentiality.ShouldBe(ReportConfidentiality.Free);
        categories.Values.ShouldAllBe(v => v.Number != null, "the true counts stay for the transmission");

        var (none, _) = ReportProtection.Protect([("studies", 40), ("work", 30)]);
        none.Values.ShouldAllBe(v => !v.Hidden);

        // A month with nothing counted: no rows and a total of nought.
        var (empty, nought) = ReportProtection.Protect([]);
        empty.ShouldBeEmpty();
        nought.ShouldBe(new ReportValue(0));
    }

    [Fact]
    public void SdmxCsv_IsTheTables_PublicationHidesWhatTransmissionFlags()
    {
        var publication = Encoding.UTF8.GetString(ReportSdmx.Write("monthly-office", Content(), transmission: false));
        publication.ShouldBe(
            "DATAFLOW,TABLE,ROW,COLUMN,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS\r\n"
            + "PATHWAY:MONTHLY_OFFICE(1.0),INFLOW,studies,APPLICATIONS,2026-11,40,A,F\r\n"
            + "PATHWAY:MONTHLY_OFFICE(1.0),INFLOW,work,APPLICATIONS,2026-11,,,C\r\n"
            + "PATHWAY:MONTHLY_OFFICE(1.0),INFLOW,family,APPLICATIONS,2026-11,,,C\r\n"
            + "PATHWAY:MONTHLY_OFFICE(1.0),INFLOW,TOTAL,APPLICATIONS,2026-11,55,A,F\r\n"
            + "PATHWAY:MONTHLY_OFFICE(1.0),PROCESSING,2026-11,MEDIAN_DAYS,2026-11,,M,F\r\n");
        var transmission = Encoding.UTF8.GetString(ReportSdmx.Write("monthly-office", Content(), transmission: true));
        transmission.ShouldContain("INFLOW,work,APPLICATIONS,2026-11,3,A,A\r\n");
        transmission.ShouldContain("INFLOW,family,APPLICATIONS,2026-11,12,A,D\r\n");
    }

    [Fact]
    public void TheDataVersion_CountsTheFigures_NotTheWords()
    {
        var arguments = new ReportArguments(new Dictionary<string, string>(StringComparer.Ordinal) { ["month"] = "2026-11" });
        var version = ReportLibrary.DataVersion("monthly-office", arguments, Content());
        version.Length.ShouldBe(16);
        ReportLibrary.DataVersion("monthly-office", arguments, Content(label: "Studia")).ShouldBe(version);
        ReportLibrary.DataVersion("monthly-office", arguments, Content(studies: 41)).ShouldNotBe(version);
        ReportLibrary.DataVersion("monthly-office", new ReportArguments(new Dictionary<string, string>(StringComparer.Ordinal) { ["month"] = "2026-10" }), Content()).ShouldNotBe(version);
    }

    [Fact]
    public void TheFileName_SaysTheReportItsArgumentsAndTheEdition()
    {
        var arguments = new ReportArguments(new Dictionary<string, string>(StringComparer.Ordinal) { ["project"] = "AMIF/2024 PL", ["from"] = "2026-01-01" });
        ReportLibrary.FileName("fund-indicators", arguments, ReportFormat.Pdf, false).ShouldBe("fund-indicators-2026-01-01-AMIF_2024_PL.pdf");
        ReportLibrary.FileName("monthly-office", arguments, ReportFormat.SdmxCsv, true).ShouldEndWith("-transmission.csv");
    }
}
