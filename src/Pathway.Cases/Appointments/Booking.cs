using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Appointments;

/// <summary>
/// A case's appointment in one slot. The status changes only through the methods below, which
/// check the transition; each change the migrant's calendar must learn of raises
/// <see cref="Sequence"/>, as RFC 5545 §3.8.7.4 asks of a revised event with the same UID.
/// </summary>
public sealed class Booking : ITenantOwned
{
    public const int MaxCaseNumberLength = 40;
    public const int MaxUidLength = 100;
    public const int MaxLanguageLength = 16;

    private Booking() { }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public Guid SlotId { get; private set; }

    /// <summary>The case's number as the office writes it; the case itself lives elsewhere, so no key points to it.</summary>
    public string CaseNumber { get; private set; } = "";

    /// <summary>The calendar event's UID, kept through reschedules and cancellation.</summary>
    public string Uid { get; private set; } = "";
    public BookingStatus Status { get; private set; }
    public BookingChannel Channel { get; private set; }
    public int Sequence { get; private set; }

    /// <summary>Culture name of the migrant's language, for the calendar file's texts.</summary>
    public string Language { get; private set; } = "en";
    public DateTime CreatedAt { get; private set; }
    public DateTime ChangedAt { get; private set; }

    public bool IsActive => Status == BookingStatus.Active;

    internal static Booking Create(Guid tenantId, Guid organisationId, Slot slot, string caseNumber, BookingChannel channel, string language, DateTime now)
    {
        var id = Guid.CreateVersion7();
        return new Booking
        {
            Id = id,
            TenantId = tenantId,
            OrganisationId = organisationId,
            SlotId = slot.Id,
            CaseNumber = caseNumber,
            Uid = $"{id:D}@appointments.pathway",
            Status = BookingStatus.Active,
            Channel = channel,
            Sequence = 0,
            Language = language,
            CreatedAt = now,
            ChangedAt = now,
        };
    }

    internal void MoveTo(Slot slot, DateTime now)
    {
        SlotId = slot.Id;
        Changed(now);
    }

    internal void Cancel(DateTime now)
    {
        Status = BookingStatus.Cancelled;
        Changed(now);
    }

    internal void Close(BookingStatus outcome, DateTime now)
    {
        Status = outcome;
        ChangedAt = now;
    }

    private void Changed(DateTime now)
    {
        Sequence++;
        ChangedAt = now;
    }
}
