using System.Text.Json.Serialization;
using Pathway.Platform.Tenancy;

namespace Pathway.Support.Interpreting;

/// <summary>A request's life: open until someone from the register is booked, then done once the session is held; open or booked, it may be cancelled.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InterpreterRequestStatus>))]
public enum InterpreterRequestStatus
{
    Open,
    Booked,
    Done,
    Cancelled,
}

/// <summary>
/// A case worker's request for an interpreter or cultural mediator for a session of a support case:
/// the two languages, the kind, on site or remote, and the slot on the office's clock (kept also as
/// instants, so that bookings are compared on the real time line across a change of the clocks).
/// Owned by the case's organisation and open to those who may open the case.
/// </summary>
public sealed class InterpreterRequest : ITenantOwned
{
    public const int MaxNoteLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }

    /// <summary>The organisation holding the case.</summary>
    public Guid OrganisationId { get; init; }

    public Guid BeneficiaryId { get; init; }

    /// <summary>The case's number, for the lists.</summary>
    public required string CaseNumber { get; init; }

    /// <summary>The person's language, ISO 639-1.</summary>
    public required string PersonLanguage { get; init; }

    /// <summary>The worker's language, ISO 639-1.</summary>
    public required string WorkerLanguage { get; init; }

    public InterpreterKind Kind { get; init; }
    public SessionMode Mode { get; init; }

    /// <summary>The day of the session on the office's clock.</summary>
    public DateOnly Day { get; init; }

    /// <summary>The start on the office's clock, in minutes after midnight.</summary>
    public int StartMinute { get; init; }

    public int Minutes { get; init; }

    /// <summary>The start and the end as instants (UTC): bookings overlap when [start, end) meet.</summary>
    public DateTime StartsAt { get; init; }

    public DateTime EndsAt { get; init; }

    public string? Note { get; init; }

    public InterpreterRequestStatus Status { get; set; }

    /// <summary>The person from the register booked for the session.</summary>
    public Guid? InterpreterId { get; set; }

    public DateTime RequestedAt { get; init; }
    public required string RequestedBy { get; init; }
    public DateTime? BookedAt { get; set; }
    public string? BookedBy { get; set; }
    public DateTime ChangedAt { get; set; }

    /// <summary>The interpreting service recorded on the case for the session held.</summary>
    public Guid? ServiceId { get; set; }
}
