using System.Text.Json.Serialization;
using Pathway.Platform.Outbox;
using Pathway.Platform.Support;

namespace Pathway.Support.Helpline;

/// <summary>
/// One row of Master.csv as the helpline keeps it: what its statistics and category rules read,
/// with the times placed on the clock (UTC). The caller's number and caller id are not kept: the
/// figures do not need them, and a helpline for people in danger should not hold who called.
/// </summary>
public sealed class CallRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }

    /// <summary>What makes a second import of the row a no-op (<see cref="CdrFile.KeyOf"/>); one per tenant.</summary>
    public required string Key { get; init; }

    /// <summary>What the rows of one call share (<see cref="HelplineStatistics.CallKey"/>).</summary>
    public required string CallKey { get; init; }

    public DateTime StartedAt { get; init; }
    public DateTime? AnsweredAt { get; init; }
    public DateTime EndedAt { get; init; }
    public int Duration { get; init; }
    public int BillableSeconds { get; init; }
    public required string Disposition { get; init; }
    public required string DestinationContext { get; init; }
    public required string Channel { get; init; }
    public required string DestinationChannel { get; init; }

    /// <summary>The number dialled: the helpline's own for incoming calls, a unit's for a redirection, the rules may ask for it.</summary>
    public required string Destination { get; init; }

    public required string LastApplication { get; init; }
    public int? Sequence { get; init; }
    public Guid ImportId { get; init; }

    public static CallRecord Of(CdrFileLine line, PlacedTimes placed, Guid tenantId, Guid importId) => new()
    {
        TenantId = tenantId,
        ImportId = importId,
        Key = line.Key,
        CallKey = HelplineStatistics.CallKey(line.Record),
        StartedAt = placed.Start.UtcDateTime,
        AnsweredAt = placed.Answer?.UtcDateTime,
        EndedAt = placed.End.UtcDateTime,
        Duration = line.Record.Duration,
        BillableSeconds = line.Record.BillableSeconds,
        Disposition = line.Record.Disposition,
        DestinationContext = line.Record.DestinationContext,
        Channel = line.Record.Channel,
        DestinationChannel = line.Record.DestinationChannel,
        Destination = line.Record.Destination,
        LastApplication = line.Record.LastApplication,
        Sequence = line.Record.Sequence,
    };
}

/// <summary>One queue_log event as the helpline keeps it: the caller's wait where the event tells it.</summary>
public sealed class QueueEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }

    /// <summary>A hash of the line: the same line imported again is the same event.</summary>
    public required string Key { get; init; }

    public DateTime At { get; init; }
    public required string CallId { get; init; }
    public required string Queue { get; init; }
    public required string Event { get; init; }
    public int? WaitSeconds { get; init; }
    public Guid ImportId { get; init; }
}

/// <summary>
/// One import of telephony files: who, when, and what it added, for the operators' page and the audit trail.
/// It tells statistics every call it added rows or queue events to (<see cref="HelplineCallFacts"/>), saved to
/// the outbox with it.
/// </summary>
public sealed class CallImport : IHasDomainEvents
{
    private readonly List<IDomainEvent> domainEvents = [];

    public const int MaxFileNameLength = 260;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public DateTime At { get; init; }
    public required string By { get; init; }
    public required string FileName { get; init; }
    public string? QueueLogName { get; init; }
    public int RowsAdded { get; init; }
    public int RowsKnown { get; init; }
    public int RowsSkipped { get; init; }
    public int EventsAdded { get; init; }
    public int EventsKnown { get; init; }
    public int EventsSkipped { get; init; }

    [JsonIgnore]
    public IReadOnlyList<IDomainEvent> DomainEvents => domainEvents;

    public void ClearDomainEvents() => domainEvents.Clear();

    internal void Tell(IEnumerable<HelplineCallFacts> calls) => domainEvents.AddRange(calls);
}
