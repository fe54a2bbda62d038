using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Persistence;
using Pathway.Platform.Support;

namespace Pathway.Support.Helpline;

/// <summary>
/// The helpline's calls as statistics see them (<see cref="HelplineCallFacts"/>): the rows Asterisk wrote for
/// a call and its queue events, put together by the call's linked id. The CDR keys a call by its linked id
/// (else its unique id) and the queue log by the caller channel's unique id, which is the call's linked id:
/// so both are read as that id. Whether a call was answered, abandoned or of which category follows the
/// helpline's own figures (<see cref="HelplineStatistics"/>).
/// </summary>
public static class HelplineCalls
{
    /// <summary>The queue events that tell about one caller (not an agent's login or pause).</summary>
    public static readonly IReadOnlyList<string> CallerEvents = ["ENTERQUEUE", "CONNECT", "ABANDON", "EXITWITHTIMEOUT", "COMPLETECALLER", "COMPLETEAGENT"];

    /// <summary>The call a CDR row belongs to: its linked or unique id, or the row's own key when it has neither.</summary>
    public static string OfRow(string callKey) => callKey.StartsWith("l:", StringComparison.Ordinal) || callKey.StartsWith("u:", StringComparison.Ordinal) ? callKey[2..] : callKey;

    /// <summary>The CDR call keys a call may be kept under.</summary>
    public static IEnumerable<string> RowKeys(string call) => call.StartsWith("r:", StringComparison.Ordinal) ? [call] : ["l:" + call, "u:" + call];

    /// <summary>A call's id for statistics: the same for the same call of a tenant, whichever import brought it.</summary>
    public static Guid IdOf(Guid tenantId, string call)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(tenantId.ToString("N") + "|" + call));
        return new Guid(hash.AsSpan(0, 16));
    }

    /// <summary>
    /// The facts of every call among <paramref name="rows"/> and <paramref name="queue"/> (all that is known of
    /// each: a call's rows and events are read together), in the office's time zone.
    /// </summary>
    public static IReadOnlyList<HelplineCallFacts> Facts(
        Guid tenantId, IEnumerable<CallRecord> rows, IEnumerable<QueueEntry> queue, IReadOnlyList<CallRule> rules, TimeZoneInfo zone)
    {
        var rowsOf = rows.GroupBy(r => OfRow(r.CallKey), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var eventsOf = queue.Where(e => CallerEvents.Contains(e.Event, StringComparer.Ordinal) && e.CallId.Length > 0)
            .GroupBy(e => e.CallId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return [.. rowsOf.Keys.Union(eventsOf.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(call => Facts(tenantId, call, rowsOf.GetValueOrDefault(call) ?? [], eventsOf.GetValueOrDefault(call) ?? [], rules, zone))];
    }

    private static HelplineCallFacts Facts(Guid tenantId, string call, List<CallRecord> rows, List<QueueEntry> events, IReadOnlyList<CallRule> rules, TimeZoneInfo zone)
    {
        var start = rows.Count > 0 ? rows.Min(r => r.StartedAt) : events.Min(e => e.At);
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(start, DateTimeKind.Utc), zone);
        var category = rows.Count == 0
            ? CallCategory.Incoming // only a queue saw it: a caller waited
            : rules.FirstOrDefault(rule => rows.Any(rule.Matches))?.Category ?? CallCategory.Ignored;
        var connected = events.Any(e => e.Event == "CONNECT");
        var answeredRows = rows.Where(HelplineStatistics.Answered).ToList();
        var answered = connected || answeredRows.Count > 0;
        var left = events.Where(HelplineStatistics.LeftQueue).OrderBy(e => e.At).FirstOrDefault();
        return new HelplineCallFacts(
            IdOf(tenantId, call), tenantId, rows.Count + events.Count, Removed: false, HelplineCallFacts.Telephony,
            DateOnly.FromDateTime(local), local.Hour, category.ToString(), events.Select(e => e.Queue).FirstOrDefault(q => q.Length > 0),
            answered, !answered && events.Any(HelplineStatistics.GaveUp),
            left?.WaitSeconds, rows.Count > 0 ? answeredRows.Sum(r => r.BillableSeconds) : null, Topic: null, Language: null);
    }

    /// <summary>The office's call rules, or the default mapping until it saves its own.</summary>
    internal static async Task<IReadOnlyList<CallRule>> RulesAsync(PathwayDbContext db, Guid tenantId, CancellationToken cancellationToken)
    {
        var saved = await db.Set<CategoryRule>().AsNoTracking().Where(r => r.TenantId == tenantId).OrderBy(r => r.Position).ToListAsync(cancellationToken);
        return saved.Count == 0 ? DefaultCallRules.Rules : [.. saved.Select(r => r.ToRule())];
    }

    /// <summary>Every row and caller event kept of the calls named, whichever import brought them, a few hundred calls a query.</summary>
    internal static async Task<(List<CallRecord> Rows, List<QueueEntry> Events)> KnownAsync(PathwayDbContext db, Guid tenantId, IReadOnlyCollection<string> calls, CancellationToken cancellationToken)
    {
        var rows = new List<CallRecord>();
        var events = new List<QueueEntry>();
        foreach (var chunk in calls.Chunk(500))
        {
            var keys = chunk.SelectMany(RowKeys).ToList();
            rows.AddRange(await db.Set<CallRecord>().AsNoTracking().Where(r => r.TenantId == tenantId && keys.Contains(r.CallKey)).ToListAsync(cancellationToken));
            events.AddRange(await db.Set<QueueEntry>().AsNoTracking()
                .Where(e => e.TenantId == tenantId && chunk.Contains(e.CallId) && CallerEvents.Contains(e.Event)).ToListAsync(cancellationToken));
        }

        return (rows, events);
    }
}
