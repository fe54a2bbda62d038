namespace Pathway.Analytics.Sources;

/// <summary>A loaded table as lists show it.</summary>
public sealed record SourceTableSummary(
    Guid Id,
    string Name,
    string Title,
    string Source,
    string Format,
    string Separator,
    IReadOnlyList<string> Structures,
    int Rows,
    int Series,
    int MissingValues,
    int SkippedRows,
    DateTime LoadedAt,
    string LoadedBy,
    int LoadMilliseconds)
{
    /// <summary>The format's name in the API: csv, sdmx-csv-1, sdmx-csv-2.</summary>
    public static string FormatKey(SourceFormat format) => format switch
    {
        SourceFormat.Csv => "csv",
        SourceFormat.SdmxCsv1 => "sdmx-csv-1",
        SourceFormat.SdmxCsv2 => "sdmx-csv-2",
    };

    internal static SourceTableSummary Of(SourceTable table) => new(
        table.Id, table.Name, table.Title, table.Source, FormatKey(table.Format), table.Separator,
        table.Structures.Split(' ', StringSplitOptions.RemoveEmptyEntries), table.Rows, table.SeriesCount, table.MissingValues,
        table.SkippedRows, table.LoadedAt, table.LoadedByName, table.LoadMilliseconds);
}

/// <summary>A dimension of a table with its codes (and their labels when the file had them).</summary>
public sealed record SourceDimensionView(int Position, string Id, string? Label, bool LabelsOnly, int CodeCount, IReadOnlyList<SourceCodeView> Codes);

/// <summary>A code of a dimension and its label.</summary>
public sealed record SourceCodeView(string Code, string? Label);

/// <summary>A table with its dimensions.</summary>
public sealed record SourceTableDetail(SourceTableSummary Table, IReadOnlyList<SourceDimensionView> Dimensions);

/// <summary>One observation as the API and the page show it: its series, its codes by dimension, its period, value and attributes.</summary>
public sealed record SourceObservationView(
    string Structure,
    string SeriesKey,
    IReadOnlyDictionary<string, string> Codes,
    string Period,
    DateOnly Start,
    string Frequency,
    decimal? Value,
    string? Status,
    string? Flag,
    string? Confidentiality,
    int? UnitMultiplier);

/// <summary>A page of a table's observations, in series and period order, and how many match the filter.</summary>
public sealed record SourceObservationPage(int Total, int Page, int PageSize, IReadOnlyList<SourceObservationView> Observations);
