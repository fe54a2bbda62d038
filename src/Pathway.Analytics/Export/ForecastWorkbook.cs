using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Pathway.Forecasting;
using Pathway.Forecasting.Input;

namespace Pathway.Analytics.Export;

/// <summary>
/// A forecast as an Excel workbook: a "Forecast" sheet with the columns of the engine's CSV and a
/// "History" sheet with the observations. Periods are real dates and figures real numbers, so a
/// spreadsheet can chart and sum them without conversion.
/// </summary>
public static class ForecastWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Style indexes into the cell formats written by Styles().
    private const uint HeaderStyle = 1;
    private const uint PeriodStyle = 2;
    private const uint FigureStyle = 3;

    public static byte[] Write(SeriesForecast forecast)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles(forecast.Series.Frequency);

            AddSheet(workbook, 1, "Forecast", ForecastCsv.Header.Split(','), ForecastRows(forecast));
            AddSheet(workbook, 2, "History", ["series_id", "period", "value"], HistoryRows(forecast.Series));
        }

        return buffer.ToArray();
    }

    private static IEnumerable<Cell[]> ForecastRows(SeriesForecast forecast)
    {
        if (forecast.Forecast is not { } f)
        {
            yield break;
        }

        for (var h = 0; h < f.Horizon; h++)
        {
            yield return [Label(forecast.Series.Id), Period(forecast.PeriodAt(h)), Figure(f.Mean[h]), Figure(f.Lower80[h]), Figure(f.Upper80[h]), Figure(f.Lower95[h]), Figure(f.Upper95[h])];
        }
    }

    private static IEnumerable<Cell[]> HistoryRows(TimeSeries series)
    {
        for (var i = 0; i < series.Length; i++)
        {
            // A missing observation stays an empty cell, not a zero.
            var value = series.Values[i];
            yield return double.IsNaN(value)
                ? [Label(series.Id), Period(series.PeriodAt(i))]
                : [Label(series.Id), Period(series.PeriodAt(i)), Figure(value)];
        }
    }

    private static void AddSheet(WorkbookPart workbook, uint id, string name, IReadOnlyList<string> header, IEnumerable<Cell[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(Row(1, header.Select(h => Header(h)).ToArray()));
        uint index = 2;
        foreach (var cells in rows)
        {
            data.Append(Row(index++, cells));
        }

        part.Worksheet = new Worksheet(
            // The header stays in view while scrolling.
            new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
            new Columns(new Column { Min = 1, Max = 1, Width = 28, CustomWidth = true }, new Column { Min = 2, Max = (uint)header.Count, Width = 12, CustomWidth = true }),
            data);
        workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Row Row(uint index, Cell[] cells)
    {
        for (var column = 0; column < cells.Length; column++)
        {
            cells[column].CellReference = $"{(char)('A' + column)}{index}";
        }

        return new Row(cells) { RowIndex = index };
    }

    private static Cell Header(string text) => new(new InlineString(new Text(text))) { DataType = CellValues.InlineString, StyleIndex = HeaderStyle };

    private static Cell Label(string text) => new(new InlineString(new Text(text))) { DataType = CellValues.InlineString };

    /// <summary>Dates are serial numbers in a date format: that is what a spreadsheet calls a date.</summary>
    private static Cell Period(DateOnly period) =>
        new(new CellValue(period.ToDateTime(TimeOnly.MinValue).ToOADate())) { StyleIndex = PeriodStyle };

    private static Cell Figure(double value) => new(new CellValue(Math.Round(value, 4))) { StyleIndex = FigureStyle };

    private static Stylesheet Styles(Frequency frequency)
    {
        const uint periodFormat = 164; // the first id free for custom formats
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = periodFormat, FormatCode = frequency == Frequency.Monthly ? "yyyy-mm" : "yyyy-mm-dd" }) { Count = 1 },
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            // Excel expects the first two fills to be these.
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, ApplyFont = true },
                new CellFormat { NumberFormatId = periodFormat, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 2, ApplyNumberFormat = true })
            { Count = 4 });
    }
}
