using System.Globalization;
using Pathway.Platform.Audit;
using Pathway.Platform.Persistence;

namespace Pathway.Analytics.OfficialStatistics;

/// <summary>
/// A file of official statistics leaving the system is on the record: the transmission holds true
/// small counts, and even the publication is a release the office answers for.
/// </summary>
internal static class Audit
{
    public static Task DownloadAsync(PathwayDbContext db, ConfidentialTable table, int year, SdmxCsvEdition edition, AuditActor? actor, CancellationToken cancellationToken) =>
        db.AuditNowAsync(new AuditRecord(AuditAction.Read, "OfficialStatistics", string.Create(CultureInfo.InvariantCulture, $"{table.Table.Dataflow.Id} {year}"),
            Details: string.Create(CultureInfo.InvariantCulture,
                $"{OfficialStatisticsQuery.Name(edition)} sdmx-csv; {table.Table.Cells.Count} cells, {table.Primary} primary, {table.Secondary} secondary"),
            Actor: actor), cancellationToken);
}
