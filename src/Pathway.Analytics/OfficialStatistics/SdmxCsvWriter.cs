using System.Globalization;
using System.Text;
using Pathway.Platform.Reporting;

namespace Pathway.Analytics.OfficialStatistics;

/// <summary>
/// A table as SDMX-CSV 1.0, the flavour for data exchange: <c>DATAFLOW</c> first with
/// <c>AGENCY:ID(VERSION)</c>, one column per dimension in the data structure's order, then
/// <c>TIME_PERIOD</c>, <c>OBS_VALUE</c>, <c>OBS_STATUS</c> and <c>CONF_STATUS</c>; codes, not labels.
/// </summary>
/// <remarks>
/// SDMX-CSV is "based on the RFC 4180" (sdmx-twg/sdmx-csv field guide): fields are quoted only
/// when they hold a comma, a double quote or a line break, a quote inside is doubled, and every
/// record, the last included, ends with CRLF. UTF-8 without a byte-order mark (RFC 4180 names no
/// mark, and a mark would become part of the first column's name for readers that do not strip it).
/// Rows keep the table's order, which is the code lists' order, so the same table gives the same bytes.
/// </remarks>
internal static class SdmxCsvWriter
{
    public const string ContentType = "application/vnd.sdmx.data+csv; version=1.0.0; charset=utf-8";
    private const string LineEnd = "\r\n";

    /// <summary>OBS_STATUS "A": a normal value (SDMX code list CL_OBS_STATUS).</summary>
    private const string NormalValue = "A";

    /// <summary>CONF_STATUS "C": confidential statistical information, how a published cell hides whichever protection it had.</summary>
    private const string Confidential = "C";

    /// <summary>OBS_STATUS "M": missing value, data cannot exist or the data cannot tell (CL_OBS_STATUS).</summary>
    private const string Missing = "M";

    /// <summary>
    /// The file's bytes. <paramref name="confidentiality"/> gives each cell's flag from the
    /// disclosure control (every cell free when null). In the transmission every count is true and
    /// flagged F, A or D; in the publication an A or D cell has an empty OBS_VALUE and OBS_STATUS
    /// and CONF_STATUS C, so a reader cannot tell primary cells from secondary ones.
    /// </summary>
    public static byte[] Write(StatisticsTable table, SdmxCsvEdition edition, Func<StatisticsCell, CellConfidentiality>? confidentiality = null)
    {
        var csv = new StringBuilder();
        Record(csv, ["DATAFLOW", .. table.Dataflow.Dimensions, "TIME_PERIOD", "OBS_VALUE", "OBS_STATUS", "CONF_STATUS"]);
        var dataflow = table.Dataflow.Reference;
        foreach (var cell in table.Cells)
        {
            var flag = confidentiality?.Invoke(cell) ?? CellConfidentiality.Free;
            var count = cell.Count.ToString(CultureInfo.InvariantCulture);
            string[] observation = edition switch
            {
                SdmxCsvEdition.Transmission => [count, NormalValue, Code(flag)],
                SdmxCsvEdition.Publication => flag == CellConfidentiality.Free ? [count, NormalValue, Code(flag)] : ["", "", Confidential],
            };
            Record(csv, [dataflow, .. cell.Key, cell.TimePeriod, .. observation]);
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(csv.ToString());
    }

    /// <summary>
    /// A report's dataset, the same way: the transmission keeps every true value with its flag, the
    /// publication leaves a hidden one empty with CONF_STATUS C. A value the data cannot tell is
    /// empty with OBS_STATUS M (missing) in both.
    /// </summary>
    public static byte[] Write(ReportDataset dataset, SdmxCsvEdition edition)
    {
        var csv = new StringBuilder();
        Record(csv, ["DATAFLOW", .. dataset.Dimensions, "TIME_PERIOD", "OBS_VALUE", "OBS_STATUS", "CONF_STATUS"]);
        foreach (var observation in dataset.Observations)
        {
            var flag = observation.Confidentiality switch
            {
                ReportConfidentiality.Free => CellConfidentiality.Free,
                ReportConfidentiality.Primary => CellConfidentiality.Primary,
                ReportConfidentiality.Secondary => CellConfidentiality.Secondary,
            };
            var value = observation.Value?.ToString(CultureInfo.InvariantCulture);
            string[] fields = (edition, value) switch
            {
                (_, null) => ["", Missing, Code(flag)],
                (SdmxCsvEdition.Publication, _) when flag != CellConfidentiality.Free => ["", "", Confidential],
                _ => [value, NormalValue, Code(flag)],
            };
            Record(csv, [dataset.Dataflow, .. observation.Key, observation.TimePeriod, .. fields]);
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(csv.ToString());
    }

    /// <summary>The SDMX CONF_STATUS code (code list CL_CONF_STATUS).</summary>
    public static string Code(CellConfidentiality confidentiality) => confidentiality switch
    {
        CellConfidentiality.Free => "F",
        CellConfidentiality.Primary => "A",
        CellConfidentiality.Secondary => "D",
    };

    private static void Record(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Field(fields[i]));
        }

        csv.Append(LineEnd);
    }

    /// <summary>RFC 4180, 2.6 and 2.7: a field with a comma, a double quote or a line break is quoted, its quotes doubled.</summary>
    internal static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
