namespace Pathway.Platform.Reporting;

/// <summary>
/// One table of a report as every form of it shows it: its title, the heading of its rows, its
/// columns, its rows, the counting rule under it and the chart drawn from it.
/// </summary>
/// <param name="Id">Stable and in lower case: the table's code in SDMX-CSV and its sheet's key.</param>
public sealed record ReportTable(
    string Id, string Title, string RowHeading, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<ReportRow> Rows, string? Rule = null, ReportChart? Chart = null);

/// <summary>A column of figures: its code (for SDMX-CSV), its label, and how its figures read.</summary>
public sealed record ReportColumn(string Code, string Label, ReportFigure Figure = ReportFigure.Count);

/// <summary>How a column's figures are written.</summary>
public enum ReportFigure
{
    /// <summary>Whole numbers: persons, cases, calls.</summary>
    Count,

    /// <summary>Days, to one decimal.</summary>
    Days,

    /// <summary>A share from 0 to 1, written as a percentage.</summary>
    Share,
}

/// <summary>A row: its code, its label, one value per column; a total is set apart.</summary>
public sealed record ReportRow(string Code, string Label, IReadOnlyList<ReportValue> Values, bool Total = false);

/// <summary>
/// A figure with its confidentiality. Null where the data cannot tell. A confidential figure keeps its
/// true value for the transmission to a statistical authority; every published form shows it hidden.
/// </summary>
public readonly record struct ReportValue(decimal? Number, ReportConfidentiality Confidentiality = ReportConfidentiality.Free)
{
    public bool Hidden => Confidentiality != ReportConfidentiality.Free;

    public static implicit operator ReportValue(int? number) => new(number);

    public static implicit operator ReportValue(decimal? number) => new(number);
}

/// <summary>The chart drawn from a table: the rows along the axis, one series per named column.</summary>
public sealed record ReportChart(ReportChartKind Kind, IReadOnlyList<string> Columns);

public enum ReportChartKind
{
    /// <summary>Bars side by side for each row: counts by category.</summary>
    Bars,

    /// <summary>Lines through the rows in order: figures over time.</summary>
    Lines,
}
