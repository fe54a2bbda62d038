using System.Globalization;
using Pathway.Analytics.OfficialStatistics;
using Pathway.Platform.Reporting;

namespace Pathway.Analytics.Reports;

/// <summary>
/// A report as SDMX-CSV 1.0: its own dataset where the report names a data structure (Eurostat's),
/// else its tables as the dataflow <c>PATHWAY:NAME(1.0)</c> with the dimensions TABLE, ROW and
/// COLUMN (the codes of the table, its row and its column).
/// </summary>
public static class ReportSdmx
{
    public const string Agency = "PATHWAY";

    public static byte[] Write(string definition, ReportContent content, bool transmission)
    {
        var edition = transmission ? SdmxCsvEdition.Transmission : SdmxCsvEdition.Publication;
        return SdmxCsvWriter.Write(Dataset(definition, content), edition);
    }

    /// <summary>The dataset the file holds: the report's own when it has exactly one, else one made of its tables.</summary>
    public static ReportDataset Dataset(string definition, ReportContent content)
    {
        if (content.Datasets is [var own])
        {
            return own;
        }

        var id = definition.ToUpperInvariant().Replace('-', '_');
        var observations = content.Tables.SelectMany(t => t.Rows.SelectMany(r => r.Values.Select((v, i) =>
            new ReportObservation([t.Id.ToUpperInvariant().Replace('-', '_'), r.Code, t.Columns[i].Code], content.Period, v.Number, v.Confidentiality))));
        return new ReportDataset(string.Create(CultureInfo.InvariantCulture, $"{Agency}:{id}(1.0)"), ["TABLE", "ROW", "COLUMN"], [.. observations]);
    }
}
