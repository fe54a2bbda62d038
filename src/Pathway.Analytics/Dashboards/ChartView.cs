namespace Pathway.Analytics.Dashboards;

/// <summary>
/// One cell of a chart's table: the words the page shows, the value a file keeps (an ISO month, a
/// code, an invariant number) and, for a figure, the number and the view that drills into it. A
/// confidential cell (hidden by disclosure control) shows and keeps <c>C</c> and has no number.
/// </summary>
public sealed record TableCell(string Text, string Raw, double? Number = null, string? Drill = null, bool Confidential = false);

/// <summary>
/// The figures behind a chart, as a table: the same numbers for those who do not see the chart, and for
/// the CSV and XLSX files. Column headers are words of the page unless they are data (months, codes):
/// those from <see cref="DataColumnsFrom"/> on, which files write as <see cref="FileColumns"/> when given.
/// </summary>
public sealed record ChartTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<TableCell>> Rows)
{
    /// <summary>The headers as the files write them (months as <c>YYYY-MM</c>); the page's when null.</summary>
    public IReadOnlyList<string>? FileColumns { get; init; }

    /// <summary>The first column whose header is data, not words to translate; none by default.</summary>
    public int DataColumnsFrom { get; init; } = int.MaxValue;
}

/// <summary>
/// A chart of the dashboard: its name in the page's and files' addresses, title, what it shows in words,
/// the ECharts option as JSON (none for a table that has no chart), and its table.
/// </summary>
/// <param name="Attribution">Whose data the chart draws on, shown under it (the map's geometry).</param>
/// <param name="Unavailable">Why there is no chart to draw, shown in its place; the table stays.</param>
/// <param name="Note">Which of the page's filters narrow this chart, when not all of them do.</param>
public sealed record ChartView(string Id, string Title, string Description, string? Option, ChartTable Table, string? Attribution = null, string? Unavailable = null, string? Note = null);
