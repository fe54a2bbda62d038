using System.Globalization;
using System.Text;
using System.Text.Json;
using Pathway.Analytics.Dashboards;

namespace Pathway.Analytics.Tests.Dashboards;

public sealed class DashboardChartsTests
{
    private static readonly DateOnly March = new(2026, 3, 1);
    private static readonly DateOnly April = new(2026, 4, 1);

    private static DashboardData Data() => new(
        new DashboardFilter(March, April, Citizenship: "UKR"),
        [new TypeMonth(March, "temporary-work", 7), new TypeMonth(April, "studies", 2), new TypeMonth(April, "temporary-work", 1)],
        [new BacklogMonth(March, 1, 2, 3, 4), new BacklogMonth(April, 0, 1, 0, 5)],
        [new ProcessingMonth(March, 4, 30, 55, 4, 3), new ProcessingMonth(April, 0, null, null, 0, 0)],
        [new OutcomeMonth(April, "Refused", 2)],
        [new CitizenshipCount("UKR", 10)],
        [.. Pathway.Platform.Tenancy.Voivodeships.All.Select(v => new VoivodeshipCount(v.Code, v.PolishName, v.Code == "14" ? 9 : 0)), new VoivodeshipCount(null, null, 1)],
        [new ForecastMonth(March, 4, null, null, null, null, null), new ForecastMonth(April, 6, null, null, null, null, null),
            new ForecastMonth(April.AddMonths(1), null, 5.5, 4, 7, 3, 8.5)],
        "ETS(A,N,N)",
        new SupportLoad(
            [new ServiceKindMonth(March, "LegalAdvice", 3), new ServiceKindMonth(March, "Interpreting", 2), new ServiceKindMonth(April, "SocialAssistance", 1)],
            [new CallMonth(March, 40, 5, 2), new CallMonth(April, 31, 0, 0)]));

    [Fact]
    public void SupportLoad_StacksServicesByKindBesideTheCalls_AndSaysWhichFiltersApply()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var chart = DashboardCharts.Of(DashboardCharts.SupportLoad, Data(), new KeyText(), new KeyText(), "analytics/dashboard");

        chart.Table.Columns.ShouldBe(["Month", "Legal advice", "Psychological counselling", "Interpreting", "Case management", "Social assistance", "Services given",
            "Calls answered", "Calls abandoned", "Calls logged by hand"]);
        chart.Table.Rows.Select(r => r.Select(c => c.Raw)).ShouldBe([
            ["2026-03", "3", "0", "2", "0", "0", "5", "40", "5", "2"],
            ["2026-04", "0", "0", "0", "0", "1", "1", "31", "0", "0"],
        ]);
        using var option = JsonDocument.Parse(chart.Option!);
        var series = option.RootElement.GetProperty("series").EnumerateArray().ToList();
        series.Select(s => s.GetProperty("stack").GetString()).ShouldBe(["services", "services", "services", "services", "services", "calls", "calls", "logged"]);
        chart.Note.ShouldNotBeNull().ShouldContain("citizenship");
    }

    [Fact]
    public void SupportLoad_WithoutFigures_IsATableOfNoughts()
    {
        var chart = DashboardCharts.Of(DashboardCharts.SupportLoad, Data() with { SupportLoad = null }, new KeyText(), new KeyText(), "analytics/dashboard");
        chart.Table.Rows.Count.ShouldBe(2);
        chart.Table.Rows.SelectMany(r => r.Skip(1)).ShouldAllBe(c => c.Number == 0);
    }

    [Fact]
    public void Inflow_HasASeriesPerType_AndEachBarDrillsIntoItsMonthAndType()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var chart = DashboardCharts.Of(DashboardCharts.Inflow, Data(), new KeyText(), new KeyText(), "analytics/dashboard");

        using var option = JsonDocument.Parse(chart.Option!);
        var series = option.RootElement.GetProperty("series").EnumerateArray().ToList();
        series.Select(s => s.GetProperty("name").GetString()).ShouldBe(["Studies", "Temporary residence and work"]);
        var work = series[1].GetProperty("data").EnumerateArray().ToList();
        work.Select(p => p.GetProperty("value").GetInt32()).ShouldBe([7, 1]);
        work[0].GetProperty("drill").GetString().ShouldBe("analytics/dashboard?from=2026-03&to=2026-03&type=temporary-work&citizenship=UKR#inflow-table");

        chart.Table.Columns.ShouldBe(["Month", "Studies", "Temporary residence and work", "Total"]);
        chart.Table.Rows.Select(r => r[^1].Number).ShouldBe([7d, 3d]);
        // A cell of nothing has nothing to drill into.
        chart.Table.Rows[0][1].Drill.ShouldBeNull();
    }

    [Fact]
    public void EveryChart_HasAnOptionEChartsCanRead_AndATableOfTheSameRows()
    {
        foreach (var chart in DashboardCharts.Of(Data(), new KeyText(), new KeyText(), "analytics/dashboard"))
        {
            using var option = JsonDocument.Parse(chart.Option!);
            option.RootElement.GetProperty("series").GetArrayLength().ShouldBeGreaterThan(0, chart.Id);
            chart.Table.Rows.ShouldAllBe(r => r.Count == chart.Table.Columns.Count);
        }
    }

    [Fact]
    public void Decisions_ShowEveryOutcome_EvenOneWithoutDecisions()
    {
        var chart = DashboardCharts.Of(DashboardCharts.Decisions, Data(), new KeyText(), new KeyText(), "analytics/dashboard");
        chart.Table.Columns.ShouldBe(["Month", "Granted", "Refused", "Discontinued", "Total"]);
        chart.Table.Rows[1].Select(c => c.Raw).ShouldBe(["2026-04", "0", "2", "0", "2"]);
    }

    [Fact]
    public void TheMap_NamesEachProvinceInTheReadersWords_AndAClickNarrowsToIt()
    {
        var chart = DashboardCharts.Of(DashboardCharts.ByVoivodeship, Data(), new KeyText(), new KeyText(), "analytics/dashboard");

        using var option = JsonDocument.Parse(chart.Option!);
        var map = option.RootElement.GetProperty("series")[0];
        map.GetProperty("map").GetString().ShouldBe(DashboardCharts.MapName);
        map.GetProperty("nameMap").GetProperty("Masovian Voivodeship").GetString().ShouldBe("Masovian");
        map.GetProperty("nameMap").EnumerateObject().Count().ShouldBe(16);
        var masovia = map.GetProperty("data").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "Masovian");
        masovia.GetProperty("value").GetInt32().ShouldBe(9);
        masovia.GetProperty("drill").GetString().ShouldBe("analytics/dashboard?from=2026-03&to=2026-04&citizenship=UKR&voivodeship=14#voivodeships-table");
        option.RootElement.GetProperty("visualMap").GetProperty("max").GetInt32().ShouldBe(9);

        chart.Attribution.ShouldBe("© OpenStreetMap contributors, ODbL");
        chart.Table.Rows.Count.ShouldBe(17);
        chart.Table.Rows[^1].Select(c => c.Text).ShouldBe(["Not known", "1"]);
        chart.Table.Rows[6].Select(c => c.Raw).ShouldBe(["14", "9"]);
    }

    [Fact]
    public void TheForecast_DrawsBandsAndATable_OrASentenceWithoutAModel()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var chart = DashboardCharts.Of(DashboardCharts.Forecast, Data(), new KeyText(), new KeyText(), "analytics/dashboard");

        chart.Unavailable.ShouldBeNull();
        chart.Table.Columns.ShouldBe(["Month", "Observed", "Forecast (mean)", "80% interval from", "80% interval to", "95% interval from", "95% interval to"]);
        chart.Table.Rows[2].Select(c => c.Raw).ShouldBe(["2026-05", "", "5.5", "4", "7", "3", "8.5"]);
        using var option = JsonDocument.Parse(chart.Option!);
        var series = option.RootElement.GetProperty("series").EnumerateArray().ToList();
        // The 95% band is its base plus its height: 3 + 5.5 reaches 8.5.
        series[0].GetProperty("data")[2].GetDouble().ShouldBe(3);
        series[1].GetProperty("data")[2].GetProperty("value").GetDouble().ShouldBe(5.5);
        // The forecast's line starts at the last month seen.
        series[5].GetProperty("data")[1].GetInt32().ShouldBe(6);

        var tooShort = Data() with { Forecast = [new ForecastMonth(April, 6, null, null, null, null, null)], ForecastModel = null };
        var sentence = DashboardCharts.Of(DashboardCharts.Forecast, tooShort, new KeyText(), new KeyText(), "analytics/dashboard");
        sentence.Unavailable.ShouldBe("Fewer than 4 months of applications under these filters: too few to forecast.");
        sentence.Table.Rows.Count.ShouldBe(1);
    }

    [Fact]
    public void TheCsv_QuotesWhatNeedsIt_AndKeepsIsoMonthsAndInvariantNumbers()
    {
        var table = new ChartTable(["Month", "Share, in time"], [[new TableCell("marzec 2026", "2026-03"), new TableCell("75 %", "0.75", 0.75)]]);
        Encoding.UTF8.GetString(ChartTableFile.Csv(table)).ShouldBe("Month,\"Share, in time\"\r\n2026-03,0.75\r\n");
    }

    [Fact]
    public void TheWorkbook_KeepsNumbersAsNumbers()
    {
        var table = new ChartTable(["Month", "Applications"], [[new TableCell("March 2026", "2026-03"), new TableCell("1,234", "1234", 1234)]]);
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(ChartTableFile.Xlsx(table, "Applications: by type?")), false);
        var sheet = workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single();
        sheet.Name!.Value.ShouldBe("Applications by type");
        var cells = workbook.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList();
        cells[3].DataType!.Value.ShouldBe(DocumentFormat.OpenXml.Spreadsheet.CellValues.Number);
        cells[3].CellValue!.Text.ShouldBe("1234");
    }
}
