using System.Globalization;
using MiniExcelLibs;

namespace Pathway.Platform.Reporting;

/// <summary>
/// A report as an Excel workbook: a first sheet with its title and facts, then one sheet per table
/// with its counting rule under it. Figures are numbers, so a spreadsheet can sum and chart them; a
/// hidden figure is the confidential mark, never its value.
/// </summary>
public static class ReportWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Excel refuses these in a sheet's name, and more than 31 characters.
    private static readonly char[] NotInSheetNames = ['[', ']', ':', '*', '?', '/', '\\'];

    public static byte[] Write(ReportContent content, ReportWords words)
    {
        var sheets = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        var about = new List<Dictionary<string, object?>> { Fact(words, words.About, content.Title) };
        about.AddRange(content.Facts.Select(f => Fact(words, f.Label, f.Value)));
        sheets[SheetName(words.About, sheets)] = about;
        foreach (var table in content.Tables)
        {
            // Column headings must be unique in a sheet: a repeated label gets its code beside it.
            var headings = new List<string> { table.RowHeading };
            foreach (var column in table.Columns)
            {
                headings.Add(headings.Contains(column.Label, StringComparer.Ordinal) ? column.Label + " (" + column.Code + ")" : column.Label);
            }

            var rows = table.Rows.Select(row =>
            {
                var cells = new Dictionary<string, object?>(StringComparer.Ordinal) { [headings[0]] = row.Label };
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    cells[headings[i + 1]] = Cell(row.Values[i], table.Columns[i].Figure);
                }

                return cells;
            }).ToList();
            var notes = new List<string>();
            if (ReportFigures.AnyHidden(table))
            {
                notes.Add(words.ConfidentialLegend);
            }

            if (table.Rule is { Length: > 0 } rule)
            {
                notes.Add(rule);
            }

            foreach (var note in notes)
            {
                // A blank row, then the note in the first column: read with the figures, as on the page.
                rows.Add(headings.ToDictionary(c => c, _ => (object?)null, StringComparer.Ordinal));
                rows.Add(headings.ToDictionary(c => c, c => (object?)(c == headings[0] ? note : null), StringComparer.Ordinal));
            }

            sheets[SheetName(table.Title, sheets)] = rows;
        }

        using var buffer = new MemoryStream();
        buffer.SaveAs(sheets, excelType: ExcelType.XLSX);
        return buffer.ToArray();
    }

    /// <summary>A sheet's name: the title without the characters Excel refuses, at most 31 long, unique in the workbook.</summary>
    public static string SheetName(string title, IReadOnlyDictionary<string, object> taken)
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

    private static object? Cell(ReportValue value, ReportFigure figure) => value switch
    {
        { Hidden: true } => ReportFigures.ConfidentialMark,
        { Number: null } => null,
        // Days keep one decimal, as the other forms show them; a share stays a fraction for the spreadsheet to format.
        { Number: { } number } => figure == ReportFigure.Days ? Math.Round(number, 1) : number,
    };

    private static Dictionary<string, object?> Fact(ReportWords words, string label, string value) =>
        new(StringComparer.Ordinal) { [words.What] = label, [words.Value] = value };
}
