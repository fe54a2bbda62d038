using System.Globalization;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace Pathway.Support.FundReports;

/// <summary>
/// The report as an Excel workbook: a first sheet naming the project, the period and the
/// organisations, then one sheet per table with its counting rule under it. Figures are numbers, so
/// a spreadsheet can sum and chart them.
/// </summary>
public static class FundReportWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Excel refuses these in a sheet's name, and more than 31 characters.
    private static readonly char[] NotInSheetNames = ['[', ']', ':', '*', '?', '/', '\\'];

    public static byte[] Write(FundReport report, IReadOnlyList<ReportTable> tables, IStringLocalizer text)
    {
        var sheets = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        var about = FundReportQuery.Facts(report, text).Select(f => About(text, f.Label, f.Value)).ToList();
        sheets[SheetName(text["Report"], sheets)] = about;
        foreach (var table in tables)
        {
            var rows = table.Rows.Select(row =>
            {
                var cells = new Dictionary<string, object?>(StringComparer.Ordinal) { [table.Columns[0]] = row.Label };
                for (var i = 0; i < row.Figures.Count; i++)
                {
                    cells[table.Columns[i + 1]] = row.Figures[i];
                }

                return cells;
            }).ToList();
            // A blank row, then the rule in the first column: read with the figures, as on the page.
            rows.Add(table.Columns.ToDictionary(c => c, _ => (object?)null, StringComparer.Ordinal));
            rows.Add(table.Columns.ToDictionary(c => c, c => (object?)(c == table.Columns[0] ? table.Rule : null), StringComparer.Ordinal));
            sheets[SheetName(table.Title, sheets)] = rows;
        }

        using var buffer = new MemoryStream();
        buffer.SaveAs(sheets, excelType: ExcelType.XLSX);
        return buffer.ToArray();
    }

    private static Dictionary<string, object?> About(IStringLocalizer text, string label, string value) =>
        new(StringComparer.Ordinal) { [text["What"]] = label, [text["Value"]] = value };

    /// <summary>A sheet's name: the title without the characters Excel refuses, at most 31 long, unique in the workbook.</summary>
    internal static string SheetName(string title, IReadOnlyDictionary<string, object> taken)
    {
        var name = new string([.. title.Where(c => !NotInSheetNames.Contains(c))]).Trim().Trim('\'');
        name = name.Length == 0 ? "Sheet" : name[..Math.Min(name.Length, 31)];
        var candidate = name;
        for (var n = 2; taken.ContainsKey(candidate); n++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $" ({n})");
            candidate = name[..Math.Min(name.Length, 31 - suffix.Length)] + suffix;
        }

        return candidate;
    }
}
