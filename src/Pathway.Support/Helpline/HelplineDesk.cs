using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Support.Languages;

namespace Pathway.Support.Helpline;

/// <summary>What operators logged by hand in a period, by topic and by language, for the helpline's tables.</summary>
public sealed record LoggedCallCounts(int Incoming, int Outgoing, IReadOnlyList<(CallTopic Topic, int Calls)> ByTopic, IReadOnlyList<(string Language, int Calls)> ByLanguage);

/// <summary>A call to log by hand, as a form or the API sends it; <see cref="HelplineDesk.LogAsync"/> checks it.</summary>
/// <param name="TimeUnreadable">The form's time could not be read (the call is not logged "now" instead).</param>
public sealed record LoggedCallInput(DateTime? LocalTime, CallDirection? Direction, CallTopic? Topic, string? Language, int? Minutes, bool TimeUnreadable = false);

public enum LoggedCallProblem
{
    TimeUnreadable,
    TimeInFuture,
    DirectionMissing,
    TopicMissing,
    LanguageUnknown,
    MinutesOutOfRange,
}

public enum RulesProblem
{
    TooMany,
    PrefixMissing,
    PrefixTooLong,
}

/// <summary>
/// The helpline's figures and settings for the office in scope: the statistics of a period from the
/// imported telephony files, the office's mapping of contexts and channels to categories, and the
/// calls operators log by hand. The pages, the API and the CLI all go through it.
/// </summary>
public sealed class HelplineDesk(PathwayDbContext db, ITenantScopeAccessor scope, OrganisationDirectory directory, TimeProvider clock)
{
    private Guid Tenant => scope.Current.TenantId;

    public Task<TimeZoneInfo> ZoneAsync(CancellationToken cancellationToken = default) => directory.ZoneOfAsync(Tenant, cancellationToken);

    public async Task<DateOnly> TodayAsync(CancellationToken cancellationToken = default) => await directory.TodayOfAsync(Tenant, cancellationToken);

    public async Task<HelplineFigures> FiguresAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var zone = await directory.ZoneOfAsync(Tenant, cancellationToken);
        var (start, end) = Bounds(from, to, zone);
        // A call counts on the day its first row started; rows of a call that began just before the
        // period are read too (an hour's margin), so that such a call is not counted from its second row.
        var margin = TimeSpan.FromHours(1);
        var rows = await db.Set<CallRecord>().AsNoTracking()
            .Where(r => r.TenantId == Tenant && r.StartedAt >= start - margin && r.StartedAt < end + margin)
            .ToListAsync(cancellationToken);
        var queue = await db.Set<QueueEntry>().AsNoTracking()
            .Where(e => e.TenantId == Tenant && e.At >= start && e.At < end && e.WaitSeconds != null)
            .ToListAsync(cancellationToken);
        var rules = await RulesAsync(cancellationToken);
        // Without a queue log for the period the waits cannot be told: null, not zero.
        return HelplineStatistics.Compute(rows, queue.Count == 0 ? null : queue, rules, from, to, zone);
    }

    public Task<IReadOnlyList<CallRule>> RulesAsync(CancellationToken cancellationToken = default) =>
        HelplineCalls.RulesAsync(db, Tenant, cancellationToken);

    /// <summary>Whether the office saved a mapping of its own (else it reads the default).</summary>
    public Task<bool> HasOwnRulesAsync(CancellationToken cancellationToken = default) =>
        db.Set<CategoryRule>().AnyAsync(r => r.TenantId == Tenant, cancellationToken);

    /// <summary>Replaces the office's mapping, in the order given; the problems by rule number (from 1, 0 for the list).</summary>
    public async Task<IReadOnlyList<(int Rule, RulesProblem Problem)>> SaveRulesAsync(IReadOnlyList<CallRule> rules, CancellationToken cancellationToken = default)
    {
        var problems = new List<(int, RulesProblem)>();
        if (rules.Count > CategoryRule.MaxRules)
        {
            problems.Add((0, RulesProblem.TooMany));
        }

        for (var i = 0; i < rules.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(rules[i].Prefix))
            {
                problems.Add((i + 1, RulesProblem.PrefixMissing));
            }
            else if (rules[i].Prefix.Trim().Length > CategoryRule.MaxPrefixLength)
            {
                problems.Add((i + 1, RulesProblem.PrefixTooLong));
            }
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<CategoryRule>().Where(r => r.TenantId == Tenant).ExecuteDeleteAsync(cancellationToken);
        db.AddRange(rules.Select((r, i) => new CategoryRule { TenantId = Tenant, Position = i + 1, Field = r.Field, Prefix = r.Prefix.Trim(), Category = r.Category }));
        db.Audit(new AuditRecord(AuditAction.Update, nameof(CategoryRule), Tenant.ToString(), Details:
            string.Join("; ", rules.Select(r => $"{r.Field} {r.Prefix.Trim()} -> {r.Category}"))));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    public async Task<(LoggedCall? Call, IReadOnlyList<LoggedCallProblem> Problems)> LogAsync(
        LoggedCallInput input, Guid? operatorId, string operatorName, CancellationToken cancellationToken = default)
    {
        var zone = await directory.ZoneOfAsync(Tenant, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        // A time sent with Z is already UTC; any other is the office's wall clock.
        var at = input.LocalTime switch
        {
            null => now,
            { Kind: DateTimeKind.Utc } utc => utc,
            { } local => Utc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone),
        };
        var problems = new List<LoggedCallProblem>();
        if (input.TimeUnreadable)
        {
            problems.Add(LoggedCallProblem.TimeUnreadable);
        }
        else if (at > now.AddMinutes(5))
        {
            problems.Add(LoggedCallProblem.TimeInFuture);
        }

        if (input.Direction is null || !Enum.IsDefined(input.Direction.Value))
        {
            problems.Add(LoggedCallProblem.DirectionMissing);
        }

        if (input.Topic is null || !Enum.IsDefined(input.Topic.Value))
        {
            problems.Add(LoggedCallProblem.TopicMissing);
        }

        var language = input.Language?.Trim().ToLowerInvariant();
        if (!LanguageNames.IsKnown(language))
        {
            problems.Add(LoggedCallProblem.LanguageUnknown);
        }

        if (input.Minutes is not { } minutes || minutes < 1 || minutes > LoggedCall.MaxMinutes)
        {
            problems.Add(LoggedCallProblem.MinutesOutOfRange);
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var call = new LoggedCall
        {
            TenantId = Tenant,
            At = at,
            Direction = input.Direction!.Value,
            Topic = input.Topic!.Value,
            Language = language!,
            Minutes = input.Minutes!.Value,
            OperatorId = operatorId,
            Operator = operatorName,
            LoggedAt = now,
        };
        call.Told(zone);
        db.Add(call);
        db.Audit(new AuditRecord(AuditAction.Create, nameof(LoggedCall), call.Id.ToString(), Details: string.Create(CultureInfo.InvariantCulture, $"{call.Direction} {call.Topic} {call.Language} {call.Minutes} min")));
        await db.SaveChangesAsync(cancellationToken);
        return (call, []);
    }

    public async Task<IReadOnlyList<LoggedCall>> LoggedAsync(DateOnly from, DateOnly to, int most, CancellationToken cancellationToken = default)
    {
        var (start, end) = Bounds(from, to, await directory.ZoneOfAsync(Tenant, cancellationToken));
        return await db.Set<LoggedCall>().AsNoTracking()
            .Where(c => c.TenantId == Tenant && c.At >= start && c.At < end)
            .OrderByDescending(c => c.At).Take(most).ToListAsync(cancellationToken);
    }

    public async Task<LoggedCallCounts> LoggedCountsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var (start, end) = Bounds(from, to, await directory.ZoneOfAsync(Tenant, cancellationToken));
        var calls = await db.Set<LoggedCall>().AsNoTracking()
            .Where(c => c.TenantId == Tenant && c.At >= start && c.At < end)
            .Select(c => new { c.Direction, c.Topic, c.Language })
            .ToListAsync(cancellationToken);
        return new LoggedCallCounts(
            calls.Count(c => c.Direction == CallDirection.Incoming),
            calls.Count(c => c.Direction == CallDirection.Outgoing),
            [.. calls.GroupBy(c => c.Topic).Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Key)],
            [.. calls.GroupBy(c => c.Language, StringComparer.Ordinal).Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal)]);
    }

    public async Task<IReadOnlyList<CallImport>> ImportsAsync(int most, CancellationToken cancellationToken = default) =>
        await db.Set<CallImport>().AsNoTracking().Where(i => i.TenantId == Tenant).OrderByDescending(i => i.At).Take(most).ToListAsync(cancellationToken);

    /// <summary>The office's days from and to (both included) as a half-open span of UTC times.</summary>
    private static (DateTime Start, DateTime End) Bounds(DateOnly from, DateOnly to, TimeZoneInfo zone) =>
        (Midnight(from, zone), Midnight(to.AddDays(1), zone));

    private static DateTime Midnight(DateOnly day, TimeZoneInfo zone) => Utc(day.ToDateTime(TimeOnly.MinValue), zone);

    // A wall-clock time the spring change skipped is read an hour on, as the clock showed then.
    private static DateTime Utc(DateTime local, TimeZoneInfo zone) => TimeZoneInfo.ConvertTimeToUtc(zone.IsInvalidTime(local) ? local.AddHours(1) : local, zone);
}
