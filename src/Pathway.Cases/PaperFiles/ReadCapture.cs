using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.PaperFiles;

/// <summary>How a capture went: reads kept, reads that repeated one seen moments before, events sent before, and what was kept as an anomaly.</summary>
public sealed record CaptureCounts(int Accepted, int Collapsed, int RepeatedEvents, int Anomalies);

/// <summary>
/// Turns reads from a reader gateway (EPCIS or CSV) into reads of bound files, in one save: a read of an
/// unknown tag, by an unknown reader or of a malformed EPC is kept as an anomaly; a read of one tag by one
/// reader within the collapse window of another is the same sighting; an eventID seen before is ignored.
/// A file read with bizStep storing at an archive shelf is checked in to that shelf.
/// </summary>
internal sealed class ReadCapture(PathwayDbContext db, ITenantScopeAccessor scope, TimeProvider clock, IOptions<PaperFileOptions> options)
{
    public async Task<CaptureCounts> CaptureAsync(CaptureBatch batch, CancellationToken cancellationToken = default)
    {
        var tenantId = scope.Current.TenantId;
        var now = clock.GetUtcNow().UtcDateTime;
        var window = options.Value.CollapseWindow;
        var anomalies = batch.Problems.Select(p => Anomaly(tenantId, now, p.Kind, p.Source, p.Detail, p.Raw, eventId: p.EventId, line: p.Line)).ToList();

        var eventIds = batch.Reads.Select(r => r.EventId).Concat(batch.Problems.Select(p => p.EventId)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var seen = (await db.Set<TagRead>().Where(r => r.TenantId == tenantId && eventIds.Contains(r.EventId!)).Select(r => r.EventId!).ToListAsync(cancellationToken))
            .Concat(await db.Set<ReadAnomaly>().Where(a => a.TenantId == tenantId && eventIds.Contains(a.EventId!)).Select(a => a.EventId!).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var repeated = eventIds.Count(seen.Contains);
        anomalies.RemoveAll(a => a.EventId is not null && seen.Contains(a.EventId));
        var reads = batch.Reads.Where(r => r.EventId is null || !seen.Contains(r.EventId)).ToList();

        var readers = await db.Set<FileReader>().AsNoTracking().Where(r => r.TenantId == tenantId).ToDictionaryAsync(r => r.ReaderId, StringComparer.Ordinal, cancellationToken);
        var epcs = reads.Select(r => (Read: r, Epc: EpcText.PureIdentity(r.Epc, out var problem), Problem: problem)).ToList();
        var wanted = epcs.Select(e => e.Epc).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var files = await db.Set<PaperFile>().AsNoTracking().Where(f => f.TenantId == tenantId && wanted.Contains(f.Epc)).ToDictionaryAsync(f => f.Epc, StringComparer.Ordinal, cancellationToken);

        var matched = new List<(ReadInput Read, PaperFile File, FileReader Reader)>();
        foreach (var (read, epc, problem) in epcs)
        {
            if (epc is null)
            {
                anomalies.Add(Anomaly(tenantId, now, AnomalyKind.MalformedEpc, read.Source, problem, read.Raw, read));
            }
            else if (!readers.TryGetValue(read.ReaderId, out var reader))
            {
                anomalies.Add(Anomaly(tenantId, now, AnomalyKind.UnknownReader, read.Source, $"No reader is set up as {read.ReaderId}.", read.Raw, read, epc));
            }
            else if (!files.TryGetValue(epc, out var file))
            {
                anomalies.Add(Anomaly(tenantId, now, AnomalyKind.UnknownTag, read.Source, $"No paper file is bound to {epc}.", read.Raw, read, epc));
            }
            else
            {
                matched.Add((read, file, reader));
            }
        }

        var kept = await CollapseAsync(tenantId, matched, window, now, cancellationToken);
        await CheckInStoredAsync(kept, cancellationToken);
        db.AddRange(anomalies);
        await db.SaveChangesAsync(cancellationToken);
        return new CaptureCounts(kept.Count, matched.Count - kept.Count, repeated, anomalies.Count);
    }

    private async Task<List<(TagRead Read, PaperFile File, FileReader Reader)>> CollapseAsync(
        Guid tenantId, List<(ReadInput Read, PaperFile File, FileReader Reader)> matched, TimeSpan window, DateTime now, CancellationToken cancellationToken)
    {
        var kept = new List<(TagRead Read, PaperFile File, FileReader Reader)>();
        if (matched.Count == 0)
        {
            return kept;
        }

        var fileIds = matched.Select(m => m.File.Id).Distinct().ToList();
        var from = matched.Min(m => m.Read.EventTime.UtcDateTime) - window;
        var until = matched.Max(m => m.Read.EventTime.UtcDateTime) + window;
        var stored = await db.Set<TagRead>().AsNoTracking()
            .Where(r => r.TenantId == tenantId && fileIds.Contains(r.PaperFileId) && r.EventTime >= from && r.EventTime <= until)
            .Select(r => new { r.PaperFileId, r.ReaderId, r.EventTime })
            .ToListAsync(cancellationToken);
        var candidates = matched.Select(m => new Sighting(m.File.Id, m.Reader.ReaderId, m.Read.EventTime.UtcDateTime)).ToList();
        foreach (var index in ReadCollapse.Keep(stored.Select(r => new Sighting(r.PaperFileId, r.ReaderId, r.EventTime)), candidates, window))
        {
            var (input, file, reader) = matched[index];
            var at = candidates[index].At;
            var read = new TagRead
            {
                TenantId = tenantId,
                PaperFileId = file.Id,
                Epc = file.Epc,
                ReaderId = reader.ReaderId,
                EventTime = at,
                EventTimeZoneOffset = input.EventTimeZoneOffset,
                BizStep = Clip(input.BizStep, TagRead.MaxVocabularyLength),
                Disposition = Clip(input.Disposition, TagRead.MaxVocabularyLength),
                Action = input.Action,
                Source = input.Source,
                EventId = Clip(input.EventId, TagRead.MaxEventIdLength),
                RecordedAt = now,
            };
            db.Add(read);
            kept.Add((read, file, reader));
        }

        return kept;
    }

    private async Task CheckInStoredAsync(List<(TagRead Read, PaperFile File, FileReader Reader)> kept, CancellationToken cancellationToken)
    {
        var stored = kept.Where(k => k.Reader.Kind == ReaderKind.ArchiveShelf && k.Read.BizStep == "storing").ToList();
        foreach (var (read, file, reader) in stored.OrderBy(s => s.Read.EventTime))
        {
            var latest = db.ChangeTracker.Entries<CustodyEntry>().Select(e => e.Entity).Where(c => c.PaperFileId == file.Id).MaxBy(c => c.At)
                ?? await db.Set<CustodyEntry>().AsNoTracking().Where(c => c.PaperFileId == file.Id).OrderByDescending(c => c.At).FirstOrDefaultAsync(cancellationToken);
            if (latest is not null && (latest.At > read.EventTime || (latest.Kind == CustodyKind.CheckedIn && latest.ShelfReaderId == reader.ReaderId)))
            {
                continue;
            }

            db.Add(new CustodyEntry
            {
                TenantId = file.TenantId,
                OrganisationId = file.OrganisationId,
                PaperFileId = file.Id,
                Kind = CustodyKind.CheckedIn,
                ShelfReaderId = reader.ReaderId,
                At = read.EventTime,
                ByName = Clip(reader.Name, CustodyEntry.MaxByNameLength)!,
            });
        }
    }

    private static ReadAnomaly Anomaly(Guid tenantId, DateTime now, AnomalyKind kind, ReadSource source, string detail, string raw, ReadInput? read = null, string? epc = null, string? eventId = null, int? line = null) => new()
    {
        TenantId = tenantId,
        Kind = kind,
        Source = source,
        Epc = Clip(epc ?? read?.Epc, ReadAnomaly.MaxDetailLength),
        ReaderId = Clip(read?.ReaderId, ReadAnomaly.MaxDetailLength),
        EventTime = read?.EventTime.UtcDateTime,
        EventId = Clip(eventId ?? read?.EventId, ReadAnomaly.MaxDetailLength),
        Line = line ?? read?.Line,
        Detail = Clip(detail, ReadAnomaly.MaxDetailLength)!,
        Raw = Clip(raw, ReadAnomaly.MaxRawLength)!,
        RecordedAt = now,
    };

    private static string? Clip(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
