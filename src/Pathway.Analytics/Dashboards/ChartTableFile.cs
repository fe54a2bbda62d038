using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pathway.Analytics.Dashboards;

/// <summary>
/// A chart's table as a file: CSV (RFC 4180, UTF-8, months as YYYY-MM, invariant numbers) or an XLSX
/// workbook with numbers as numbers, so a spreadsheet sums them without conversion. The headers are in
/// the reader's language, as on the page. A confidential cell is written <c>C</c>, as the page shows it: never
/// empty and never 0, so nobody takes it for a count.
/// </summary>
public static class ChartTableFile
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Csv(ChartTable table)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', (table.FileColumns ?? table.Columns).Select(Quoted)).Append("\r\n");
        foreach (var row in table.Rows)
        {
            csv.AppendJoin(',', row.Select(c => Quoted(c.Raw))).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    public static byte[] Xlsx(ChartTable table, string sheetName)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint index = 1;
            data.Append(Row(index++, (table.FileColumns ?? table.Columns).Select(Text)));
            foreach (var row in table.Rows)
            {
                data.Append(Row(index++, row.Select(c => c.Number is { } n ? Number(n) : Text(c.Raw))));
            }

            part.Worksheet = new Worksheet(data);
            // A sheet's name is at most 31 characters and without []:*?/\ (Excel's rule).
            var name = new string([.. sheetName.Where(c => "[]:*?/\\".IndexOf(c, StringComparison.Ordinal) < 0).Take(31)]);
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = name.Length > 0 ? name : "Table" });
        }

        return buffer.ToArray();
    }

    private static string Quoted(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static Row Row(uint index, IEnumerable<Cell> cells) => new([.. cells]) { RowIndex = index };

    private static Cell Text(string value) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) };

    private static Cell Number(double value) => new() { DataType = CellValues.Number, CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)) };
}
