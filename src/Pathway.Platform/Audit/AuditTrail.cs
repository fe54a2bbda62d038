using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Persistence;

namespace Pathway.Platform.Audit;

/// <summary>
/// Reading the audit trail: the filtered pages and export an office's supervisors read, and the
/// chain check that the command line runs too. Every reading is itself written to the trail.
/// </summary>
public sealed class AuditTrail(PathwayDbContext db)
{
    public const string EntityType = nameof(AuditEntry);

    public async Task<AuditPage> PageAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, EntityType, "", Details: query.Describe()), cancellationToken);
        var limit = Math.Clamp(query.Limit, 1, AuditQuery.MaxLimit);
        var rows = await Filtered(query).Take(limit + 1).ToListAsync(cancellationToken);
        var more = rows.Count > limit;
        if (more)
        {
            rows.RemoveAt(limit);
        }

        return new AuditPage(rows, more ? rows[^1].Sequence : null);
    }

    /// <summary>All entries the filters select, newest first, read as they are written out: the export never holds the trail in memory.</summary>
    public async IAsyncEnumerable<AuditEntry> ExportAsync(AuditQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, EntityType, "", Details: $"export; {query.Describe()}".TrimEnd(' ', ';')), cancellationToken);
        await foreach (var entry in Filtered(query with { Before = null }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return entry;
        }
    }

    /// <summary>The number of entries the chain holds now (the command line sizes its progress bar with it).</summary>
    public Task<long> CountAsync(CancellationToken cancellationToken = default) => db.AuditEntries.LongCountAsync(cancellationToken);

    /// <summary>Walks the whole chain, of every office, from the first entry to the one newest when the walk begins.</summary>
    public async Task<AuditVerification> VerifyAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var head = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.At })
            .FirstOrDefaultAsync(cancellationToken);
        if (head is null)
        {
            return new AuditVerification(0, null, null);
        }

        var entries = db.AuditEntries.AsNoTracking().Where(e => e.Sequence <= head.Sequence).OrderBy(e => e.Sequence).AsAsyncEnumerable();
        var broken = await AuditChain.VerifyAsync(entries, progress, cancellationToken);
        return new AuditVerification(head.Sequence, DateTime.SpecifyKind(head.At, DateTimeKind.Utc), broken);
    }

    /// <summary>The entries a query selects, newest first (visible to the tests that check the database's plan for it).</summary>
    internal IQueryable<AuditEntry> Filtered(AuditQuery query)
    {
        var rows = db.AuditEntries.AsNoTracking().Where(e => e.TenantId == query.TenantId);
        if (query.PersonId is { } person)
        {
            // A merge names both records, survivor first: "survivor,merged".
            var id = person.ToString();
            var first = id + ",";
            var second = "," + id;
            rows = rows.Where(e => e.EntityType == "Person" && (e.EntityId == id || e.EntityId.StartsWith(first) || e.EntityId.EndsWith(second)));
        }

        if (query.ActorId is { } actor)
        {
            rows = rows.Where(e => e.ActorId == actor);
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            var action = query.Action.Trim();
            rows = rows.Where(e => e.Action == action);
        }

        if (query.Since is { } since)
        {
            rows = rows.Where(e => e.At >= since);
        }

        if (query.Until is { } until)
        {
            rows = rows.Where(e => e.At < until);
        }

        if (query.Before is { } before)
        {
            rows = rows.Where(e => e.Sequence < before);
        }

        return rows.OrderByDescending(e => e.Sequence);
    }
}
