using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using Pathway.Platform.Printing;
using Pathway.Platform.Reporting;
using Pathway.Support.Beneficiaries;
using Pathway.Support.FundReports;
using Pathway.Support.Helpline;
using Pathway.Support.Trainings;
using UglyToad.PdfPig;

namespace Pathway.Support.Tests;

/// <summary>The report's tables, and its workbook and PDF drawn from them: the same figures and rules in each.</summary>
public sealed class FundReportFilesTests
{
    private static readonly IStringLocalizer English = new KeysAsText();
    private static readonly System.Globalization.CultureInfo English_ = System.Globalization.CultureInfo.GetCultureInfo("en");
    private static readonly ReportWords Words = new("c: confidential.", "Report", "What", "Value");

    private static FundReport Report(HelplineFigures? helpline = null, int areas = 2) => new(
        "AMIF.2024.PL.07", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "Fundacja Wspólna Droga", 7, 15,
        [.. Enum.GetValues<ServiceKind>().Select((k, i) => new ServiceFigure(k, i + 1, (i + 1) * 2))],
        helpline,
        new TrainingFigures(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "AMIF.2024.PL.07", 3, 40, 5,
            [.. Enum.GetValues<TrainingArea>().Take(areas).Select((a, i) => new AreaFigure(a, 1, 10 + i))],
            [new KindFigure(InstitutionKind.BorderGuard, 2, 25), new KindFigure(InstitutionKind.Ngo, 3, 15)]));

    private static HelplineFigures Calls => new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), 1200, 300, 4500, 80, 60, 14.5, 0.82, new int[7, 24]);

    [Fact]
    public void Tables_HaveARowPerService_ATotal_AndARuleEach_TheHelplineOnlyWhenItWasRead()
    {
        var tables = FundReportTables.Of(Report(), English);
        tables.Select(t => t.Id).ShouldBe(["persons-assisted", "trained-by-area", "institutions"]);
        var assisted = tables[0];
        assisted.Rows.Count.ShouldBe(Enum.GetValues<ServiceKind>().Length + 1);
        assisted.Rows[^1].Total.ShouldBeTrue();
        assisted.Rows[^1].Values.Select(v => v.Number).ShouldBe([7m, 15m]);
        assisted.Rows.Select(r => r.Code).ShouldContain("TOTAL");
        assisted.Rows.Select(r => r.Code).ShouldBeUnique();
        tables.ShouldAllBe(t => t.Rule!.StartsWith("Counting rule:", StringComparison.Ordinal));

        var withCalls = FundReportTables.Of(Report(Calls), English);
        var helpline = withCalls.Single(t => t.Id == "helpline");
        helpline.Rows.Select(r => r.Values[0].Number).ShouldBe([1200m, 300m, 4500m, 80m]);
    }

    [Fact]
    public void Workbook_HasTheReportSheetAndASheetPerTable_FiguresAsNumbers_TheRuleUnderThem()
    {
        var report = Report(Calls);
        using var book = new MemoryStream(ReportWorkbook.Write(FundReportTables.Content(report, English), Words));

        var sheets = MiniExcel.GetSheetNames(book);
        sheets.ShouldBe(["Report", "Persons assisted", "Helpline", "Persons trained by area", "Institutions supported"]);
        book.Position = 0;
        var about = book.Query(useHeaderRow: true, sheetName: "Report").Cast<IDictionary<string, object?>>().ToList();
        about[0]["Value"].ShouldBe("Fund indicator report");
        about[1]["Value"].ShouldBe("AMIF.2024.PL.07");
        book.Position = 0;
        var rows = book.Query(useHeaderRow: true, sheetName: "Helpline").Cast<IDictionary<string, object?>>().ToList();
        Convert.ToDouble(rows[0]["Calls"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(1200);
        rows[^1]["Kind of call"]!.ToString()!.ShouldStartWith("Counting rule: calls, not rows");
    }

    [Theory]
    [InlineData("Persons assisted", "Persons assisted")]
    [InlineData("Who: [a]/b*c?", "Who abc")]
    [InlineData("A title far longer than the thirty-one characters Excel allows", "A title far longer than the thi")]
    public void SheetNames_LoseWhatExcelRefuses_AndStayUnique(string title, string expected)
    {
        var taken = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        var first = ReportWorkbook.SheetName(title, taken);
        first.Replace("  ", " ", StringComparison.Ordinal).ShouldBe(expected);
        first.Length.ShouldBeLessThanOrEqualTo(31);
        taken[first] = new object();
        var second = ReportWorkbook.SheetName(title, taken);
        second.ShouldNotBe(first);
        second.Length.ShouldBeLessThanOrEqualTo(31);
    }

    [Fact]
    public void Pdf_ReadsBack_InLatinAndChinese_AndRunsOntoMorePages()
    {
        using var fonts = PrintFonts.Load();
        var report = Report(Calls, areas: Enum.GetValues<TrainingArea>().Length);
        var content = FundReportTables.Content(report, English);
        var bytes = new ReportPdf(fonts, Words).Write(content, English_, DateTime.UtcNow);

        using var document = PdfDocument.Open(bytes);
        var text = string.Join(" ", document.GetPages().Select(p => p.Text));
        text.ShouldContain("AMIF.2024.PL.07");
        text.ShouldContain("Persons assisted");
        text.ShouldContain("Counting rule");
        text.ShouldContain("4,500");
        // The persons trained by area are charted above their table: each area's label stands by its bar and in its row.
        var area = TrainingText.Area(Enum.GetValues<TrainingArea>()[1], English);
        System.Text.RegularExpressions.Regex.Count(text, System.Text.RegularExpressions.Regex.Escape(area)).ShouldBeGreaterThanOrEqualTo(2);

        var chinese = new ReportPdf(fonts, Words).Write(content with { Title = "资助指标报告", Facts = [new("资助项目", report.Project)], Tables = [content.Tables[0] with { Title = "受助人数" }] }, English_, DateTime.UtcNow);
        using var zh = PdfDocument.Open(chinese);
        // Characters that are also Kangxi radicals (人, 目) read back as the radicals' code points, which share their glyphs: the title has none.
        string.Join("", zh.GetPages().Select(p => p.Text)).ShouldContain("资助指标报告");

        var many = content.Tables[0] with { Rows = [.. Enumerable.Range(1, 80).Select(i => new ReportRow("R" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Row " + i.ToString(System.Globalization.CultureInfo.InvariantCulture), [i, i]))] };
        using var long_ = PdfDocument.Open(new ReportPdf(fonts, Words).Write(new ReportContent("Long", "2026", [], [many]), English_, DateTime.UtcNow));
        long_.NumberOfPages.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void Pdf_ForARightToLeftReader_SetsTheLabelsOnTheRight()
    {
        using var fonts = PrintFonts.Load();
        var table = new ReportTable("t", "الأشخاص الذين تمت مساعدتهم", "الخدمة", [new ReportColumn("P", "الأشخاص")], [new ReportRow("L", "استشارة قانونية", [12])], "قاعدة العد: يُحسب الشخص مرة واحدة.");
        using var document = PdfDocument.Open(new ReportPdf(fonts, Words).Write(new ReportContent("تقرير", "2026", [], [table]), new System.Globalization.CultureInfo("ar"), DateTime.UtcNow));
        var page = document.GetPage(1);
        var figure = page.GetWords().Single(w => w.Text == "12");
        var arabic = page.Letters.Where(l => l.Value.Any(c => c is >= '\u0600' and <= '\u06FF' or >= '\uFB50' and <= '\uFEFF')).ToList();
        arabic.ShouldNotBeEmpty();
        arabic.Max(l => l.BoundingBox.Right).ShouldBeGreaterThan(figure.BoundingBox.Right, "the label stands right of its figure");
    }

    /// <summary>The English text of each key, as the neutral culture reads it.</summary>
    private sealed class KeysAsText : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
