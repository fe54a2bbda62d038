using System.Text.Json.Serialization;
using Pathway.Platform.Outbox;
using Pathway.Platform.Support;

namespace Pathway.Support.Helpline;

/// <summary>Which way a call an operator logged by hand went.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CallDirection>))]
public enum CallDirection
{
    Incoming,
    Outgoing,
}

/// <summary>What a caller asked about, for the helpline's table of topics.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CallTopic>))]
public enum CallTopic
{
    Residence,
    Work,
    Asylum,
    Health,
    Education,
    Housing,
    SocialAssistance,
    LegalAdvice,
    Trafficking,
    Violence,
    Other,
}

/// <summary>
/// A call an operator logged by hand: from a phone the telephony does not record, or to note the
/// topic and language of a recorded one. It names no caller: topic, language, length and who logged it.
/// Statistics read it as <see cref="HelplineCallFacts"/> (without the operator), raised when it is logged.
/// </summary>
public sealed class LoggedCall : IHasDomainEvents
{
    private readonly List<IDomainEvent> domainEvents = [];

    public const int MaxMinutes = 600;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public DateTime At { get; init; }
    public CallDirection Direction { get; init; }
    public CallTopic Topic { get; init; }

    /// <summary>The language spoken, as an ISO 639-1 code (a two-letter neutral culture).</summary>
    public required string Language { get; init; }

    public int Minutes { get; init; }
    public Guid? OperatorId { get; init; }
    public required string Operator { get; init; }
    public DateTime LoggedAt { get; init; }

    [JsonIgnore]
    public IReadOnlyList<IDomainEvent> DomainEvents => domainEvents;

    public void ClearDomainEvents() => domainEvents.Clear();

    /// <summary>Tells statistics of the call, on the office's clock.</summary>
    internal void Told(TimeZoneInfo zone) => domainEvents.Add(Facts(zone));

    /// <summary>The call as statistics see it: no operator. A logged call was answered by whoever logged it.</summary>
    public HelplineCallFacts Facts(TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(At, DateTimeKind.Utc), zone);
        return new HelplineCallFacts(
            Id, TenantId, 1, Removed: false, HelplineCallFacts.Logged, DateOnly.FromDateTime(local), local.Hour,
            (Direction == CallDirection.Incoming ? CallCategory.Incoming : CallCategory.OutgoingByOperator).ToString(), Queue: null,
            Answered: true, Abandoned: false, WaitSeconds: null, TalkSeconds: Minutes * 60, Topic.ToString(), Language);
    }
}
