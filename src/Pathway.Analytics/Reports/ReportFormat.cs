using Pathway.Platform.Reporting;

namespace Pathway.Analytics.Reports;

/// <summary>The files a report is made as.</summary>
public enum ReportFormat
{
    Pdf,
    Xlsx,
    SdmxCsv,
}

/// <summary>Each format's name on the command line and in the API, its file extension and its media type.</summary>
public static class ReportFormats
{
    public static readonly IReadOnlyList<ReportFormat> All = Enum.GetValues<ReportFormat>();

    /// <summary><c>pdf</c>, <c>xlsx</c>, <c>sdmx-csv</c>.</summary>
    public static string Code(ReportFormat format) => format switch
    {
        ReportFormat.Pdf => "pdf",
        ReportFormat.Xlsx => "xlsx",
        ReportFormat.SdmxCsv => "sdmx-csv",
    };

    public static ReportFormat? Parse(string? code) =>
        All.Cast<ReportFormat?>().FirstOrDefault(f => string.Equals(Code(f!.Value), code?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Extension(ReportFormat format) => format switch
    {
        ReportFormat.Pdf => "pdf",
        ReportFormat.Xlsx => "xlsx",
        ReportFormat.SdmxCsv => "csv",
    };

    public static string ContentType(ReportFormat format) => format switch
    {
        ReportFormat.Pdf => "application/pdf",
        ReportFormat.Xlsx => ReportWorkbook.ContentType,
        ReportFormat.SdmxCsv => OfficialStatistics.SdmxCsvWriter.ContentType,
    };
}
