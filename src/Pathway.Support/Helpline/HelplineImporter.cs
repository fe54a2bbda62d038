using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Support.Helpline;

/// <summary>The telephony files of one import: Master.csv and, where there is one, the queue_log beside it.</summary>
public sealed record HelplineFiles(string CdrName, IReadOnlyList<string> CdrLines, string? QueueLogName = null, IReadOnlyList<string>? QueueLogLines = null)
{
    /// <summary>The most an upload through the web may hold per file; bigger files go through <c>pathway helpline import</c>.</summary>
    public const long MaxUploadBytes = 14 * 1024 * 1024;

    /// <summary>Asterisk writes bytes; names in a caller id may not be UTF-8. Nothing kept reads them, so they decode with replacement rather than fail.</summary>
    public static IReadOnlyList<string> Lines(byte[] content)
    {
        var text = new System.Text.UTF8Encoding(false, false).GetString(content);
        return text.Split('\n').Select(l => l.EndsWith('\r') ? l[..^1] : l).ToList();
    }
}

public enum ImportRefusal
{
    /// <summary>Lines could not be read and skipping was not asked for.</summary>
    BadLines,

    /// <summary>Another import saved some of the same rows at the same moment.</summary>
    Contention,
}

/// <summary>
/// What an import did: refused whole (with every bad line), or saved, with what it added, what was
/// there already and which lines it skipped.
/// </summary>
public sealed record HelplineImportOutcome(
    ImportRefusal? Refusal, IReadOnlyList<CdrFileProblem> CdrProblems, IReadOnlyList<int> QueueLogProblems, CallImport? Import)
{
    public bool Saved => Refusal is null;
}

/// <summary>
/// Imports Master.csv and queue_log: every row keyed (<see cref="CdrFile.KeyOf"/>), rows known
/// already left as they are, so importing the same file again adds nothing and a file that grew
/// adds only its new lines. A file with a bad line is refused whole, every bad line named, unless
/// skipping is asked for; either way all the import adds is saved in one transaction or nothing is.
/// </summary>
public sealed class HelplineImporter(PathwayDbContext db, OrganisationDirectory directory, TimeProvider clock)
{
    public async Task<HelplineImportOutcome> ImportAsync(Guid tenantId, HelplineFiles files, bool skipInvalid, string by, CancellationToken cancellationToken = default)
    {
        var cdr = CdrFile.Read(files.CdrLines);
        var queue = files.QueueLogLines is null ? null : QueueLogFile.Read(files.QueueLogLines);
        var queueProblems = queue?.BadLines ?? [];
        if (!skipInvalid && (cdr.Problems.Count > 0 || queueProblems.Count > 0))
        {
            return new HelplineImportOutcome(ImportRefusal.BadLines, cdr.Problems, queueProblems, null);
        }

        var zone = await directory.ZoneOfAsync(tenantId, cancellationToken);
        var import = Guid.CreateVersion7();
        var placed = CdrClock.Place([.. cdr.Lines.Select(l => l.Record)], zone);
        var rows = cdr.Lines.Select((line, i) => CallRecord.Of(line, placed[i], tenantId, import)).DistinctBy(r => r.Key, StringComparer.Ordinal).ToList();
        var newRows = await NewCallsAsync(tenantId, rows, cancellationToken);
        var events = (queue?.Events ?? []).DistinctBy(e => e.Key, StringComparer.Ordinal).Select(e => new QueueEntry
        {
            TenantId = tenantId,
            ImportId = import,
            Key = e.Key,
            At = e.Event.At.UtcDateTime,
            CallId = e.Event.CallId,
            Queue = e.Event.Queue,
            Event = e.Event.Event,
            WaitSeconds = e.Event.WaitSeconds,
        }).ToList();
        var newEvents = await NewEventsAsync(tenantId, events, cancellationToken);

        var record = new CallImport
        {
            Id = import,
            TenantId = tenantId,
            At = clock.GetUtcNow().UtcDateTime,
            By = by,
            FileName = Trimmed(files.CdrName),
            QueueLogName = files.QueueLogName is null ? null : Trimmed(files.QueueLogName),
            RowsAdded = newRows.Count,
            RowsKnown = rows.Count - newRows.Count,
            RowsSkipped = cdr.Problems.Count,
            EventsAdded = newEvents.Count,
            EventsKnown = events.Count - newEvents.Count,
            EventsSkipped = queueProblems.Count,
        };

        record.Tell(await CallsAsync(tenantId, newRows, newEvents, zone, cancellationToken));
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.AddRange(newRows);
            db.AddRange(newEvents);
            db.Add(record);
            db.Audit(new AuditRecord(AuditAction.Create, nameof(CallImport), import.ToString(), Details: string.Create(
                CultureInfo.InvariantCulture,
                $"{record.FileName}: {record.RowsAdded} rows added, {record.RowsKnown} known, {record.RowsSkipped} skipped; queue log {record.QueueLogName ?? "none"}: {record.EventsAdded} events added, {record.EventsKnown} known, {record.EventsSkipped} skipped")));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique key refused a row another import saved meanwhile: this one is rolled back whole.
            return new HelplineImportOutcome(ImportRefusal.Contention, [], [], null);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }

        return new HelplineImportOutcome(null, cdr.Problems, queueProblems, record);
    }

    // Each call the import adds to, told whole: its rows and events kept before with those it adds.
    private async Task<IReadOnlyList<Platform.Support.HelplineCallFacts>> CallsAsync(
        Guid tenantId, List<CallRecord> newRows, List<QueueEntry> newEvents, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var calls = newRows.Select(r => HelplineCalls.OfRow(r.CallKey))
            .Concat(newEvents.Where(e => HelplineCalls.CallerEvents.Contains(e.Event, StringComparer.Ordinal) && e.CallId.Length > 0).Select(e => e.CallId))
            .ToHashSet(StringComparer.Ordinal);
        if (calls.Count == 0)
        {
            return [];
        }

        var (rows, events) = await HelplineCalls.KnownAsync(db, tenantId, calls, cancellationToken);
        var rules = await HelplineCalls.RulesAsync(db, tenantId, cancellationToken);
        return HelplineCalls.Facts(tenantId, [.. rows, .. newRows], [.. events, .. newEvents], rules, zone);
    }

    // Rows already kept are found among those of the same days: one query, however long the file.
    private async Task<List<CallRecord>> NewCallsAsync(Guid tenantId, List<CallRecord> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return rows;
        }

        var from = rows.Min(r => r.StartedAt).AddDays(-1);
        var to = rows.Max(r => r.StartedAt).AddDays(1);
        var known = (await db.Set<CallRecord>().AsNoTracking()
            .Where(r => r.TenantId == tenantId && r.StartedAt >= from && r.StartedAt <= to)
            .Select(r => r.Key).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return rows.Where(r => !known.Contains(r.Key)).ToList();
    }

    private async Task<List<QueueEntry>> NewEventsAsync(Guid tenantId, List<QueueEntry> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return events;
        }

        var from = events.Min(e => e.At);
        var to = events.Max(e => e.At);
        var known = (await db.Set<QueueEntry>().AsNoTracking()
            .Where(e => e.TenantId == tenantId && e.At >= from && e.At <= to)
            .Select(e => e.Key).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return events.Where(e => !known.Contains(e.Key)).ToList();
    }

    private static string Trimmed(string name)
    {
        var file = Path.GetFileName(name);
        return file.Length <= CallImport.MaxFileNameLength ? file : file[..CallImport.MaxFileNameLength];
    }
}
