using Pathway.Analytics.Disclosure;
using Pathway.Analytics.OfficialStatistics;

namespace Pathway.Analytics.DataExchange;

/// <summary>
/// A dataset's slice as SDMX-CSV 1.0, the published edition: <c>DATAFLOW</c> <c>PATHWAY:{ID}(1.0)</c>,
/// <c>freq</c> M, the dataset's dimensions, <c>TIME_PERIOD</c>, <c>OBS_VALUE</c>, <c>OBS_STATUS</c>,
/// <c>CONF_STATUS</c>; a suppressed cell has no value and is flagged C, whether it was primary or
/// secondary. Written by the official statistics' writer (RFC 4180, CRLF, UTF-8 without a mark).
/// </summary>
internal static class DatasetCsv
{
    public const string ContentType = SdmxCsvWriter.ContentType;

    /// <summary>SDMX's CL_FREQ code of monthly data, a dimension of every dataflow.</summary>
    private const string Monthly = "M";

    public static byte[] Write(ProtectedDataset data, DatasetFilter filter)
    {
        var dataset = data.Dataset;
        var dataflow = new Dataflow(DatasetCatalogue.Agency, dataset.Id.ToUpperInvariant(), DatasetCatalogue.Version, ["freq", .. dataset.Dimensions.Select(d => d.Id)]);
        var cells = data.Slice(filter);
        var statuses = new Dictionary<StatisticsCell, ConfStatus>(ReferenceEqualityComparer.Instance);
        var table = new StatisticsTable(dataflow, [.. cells.Select(cell =>
        {
            var row = new StatisticsCell([Monthly, .. cell.Codes.Skip(1)], cell.Codes[0], cell.Value ?? 0);
            statuses[row] = cell.Status;
            return row;
        })]);
        return SdmxCsvWriter.Write(table, SdmxCsvEdition.Publication, row => statuses[row] switch
        {
            ConfStatus.Free => CellConfidentiality.Free,
            ConfStatus.Primary => CellConfidentiality.Primary,
            ConfStatus.Secondary => CellConfidentiality.Secondary,
        });
    }
}
