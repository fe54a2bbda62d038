using System.Text.Json.Serialization;
using Pathway.Platform.Calendars;
using Pathway.Platform.Outbox;
using Pathway.Platform.Support;

namespace Pathway.Support.Beneficiaries;

/// <summary>The kinds of service an advisory point gives, as funds count them.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ServiceKind>))]
public enum ServiceKind
{
    LegalAdvice,
    PsychologicalCounselling,
    Interpreting,
    CaseManagement,
    SocialAssistance,
}

[JsonConverter(typeof(JsonStringEnumConverter<ServiceStatus>))]
public enum ServiceStatus
{
    /// <summary>Agreed for a day to come: on the overdue list once the day has passed.</summary>
    Planned,
    Delivered,
    Cancelled,
}

/// <summary>
/// A service given to (or planned for) a person the organisation supports: what, when, by whom, how
/// long, what came of it, and the funded project it counts for. Part of the case, so it opens to the
/// case team and the organisation's supervisors only. Statistics read it as <see cref="SupportServiceFacts"/>,
/// raised with every change (<see cref="Told"/>) and saved to the outbox with it.
/// </summary>
public sealed class SupportService : IHasDomainEvents
{
    private readonly List<IDomainEvent> domainEvents = [];

    public const int MaxTextLength = 200;
    public const int MaxOutcomeLength = 2000;
    public const int MaxMinutes = 24 * 60;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The case's tenant: the outcome is sealed under its key.</summary>
    public required Guid TenantId { get; init; }
    public Guid BeneficiaryId { get; init; }
    public ServiceKind Kind { get; init; }
    public ServiceStatus Status { get; set; }

    /// <summary>For a planned service, the day it is due.</summary>
    public DateOnly? DueOn { get; init; }

    public DateOnly? DeliveredOn { get; set; }
    public required string Provider { get; set; }
    public int? Minutes { get; set; }
    public string? Outcome { get; set; }

    /// <summary>For interpreting, the languages (ISO 639-1) from and into.</summary>
    public string? LanguageFrom { get; init; }

    public string? LanguageTo { get; init; }

    public string? Project { get; init; }
    public DateTime RecordedAt { get; init; }
    public required string RecordedBy { get; init; }

    /// <summary>How often statistics were told of the service: the version of its <see cref="SupportServiceFacts"/>.</summary>
    [JsonIgnore]
    public int Version { get; private set; }

    [JsonIgnore]
    public IReadOnlyList<IDomainEvent> DomainEvents => domainEvents;

    public void ClearDomainEvents() => domainEvents.Clear();

    /// <summary>Tells statistics the service as it stands now, with its case's traits; once per save.</summary>
    internal void Told(ServiceOwner owner)
    {
        if (domainEvents.RemoveAll(e => e is SupportServiceFacts) == 0)
        {
            Version++;
        }

        domainEvents.Add(Facts(owner));
    }

    /// <summary>A service read back for a replay carries the version its last facts had.</summary>
    internal void Replayed(int version) => Version = version;

    /// <summary>The service as statistics see it: no provider, outcome or name.</summary>
    public SupportServiceFacts Facts(ServiceOwner owner)
    {
        var on = DeliveredOn ?? DueOn ?? DateOnly.FromDateTime(RecordedAt);
        return new SupportServiceFacts(
            Id, TenantId, owner.OrganisationId, Version, Removed: false, BeneficiaryId, owner.PersonId, Kind.ToString(), Status.ToString(), on, Minutes,
            owner.Citizenship, owner.Sex switch { Sex.Female => "F", Sex.Male => "M", Sex.Other => "X", _ => null },
            owner.BirthDate is { } born ? Ages.On(born, on) : null);
    }
}
