using System.Globalization;

namespace Pathway.Platform.Audit;

/// <summary>The audit trail as CSV (RFC 4180, CRLF line ends), written row by row as entries arrive.</summary>
public static class AuditCsv
{
    public const string Header = "sequence,at_utc,at_local,actor_id,actor,action,entity_type,entity_id,reason,details,client_address,previous_hash,hash";

    public static async Task WriteAsync(TextWriter writer, IAsyncEnumerable<AuditEntry> entries, TimeZoneInfo zone, CancellationToken cancellationToken = default)
    {
        await writer.WriteAsync(Header + "\r\n");
        var rows = 0;
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            var at = DateTime.SpecifyKind(entry.At, DateTimeKind.Utc);
            string[] fields =
            [
                entry.Sequence.ToString(CultureInfo.InvariantCulture),
                at.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
                TimeZoneInfo.ConvertTimeFromUtc(at, zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                entry.ActorId?.ToString() ?? "",
                entry.ActorName,
                entry.Action,
                entry.EntityType,
                entry.EntityId,
                entry.Reason ?? "",
                entry.Details ?? "",
                entry.ClientAddress ?? "",
                entry.PreviousHash,
                entry.Hash,
            ];
            await writer.WriteAsync(string.Join(',', fields.Select(CsvField.Quote)) + "\r\n");
            if (++rows % 500 == 0)
            {
                // Hands the rows written so far to the client instead of buffering the whole export.
                await writer.FlushAsync(cancellationToken);
            }
        }

        await writer.FlushAsync(cancellationToken);
    }
}
