using Pathway.Platform.Casework;
using Pathway.Platform.Outbox;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Appointments;

/// <summary>
/// A case's appointment in one slot. The status changes only through the methods below, which
/// check the transition; each change the migrant's calendar must learn of raises
/// <see cref="Sequence"/>, as RFC 5545 §3.8.7.4 asks of a revised event with the same UID. Statistics
/// read it as <see cref="AppointmentFacts"/>: whoever stores a change tells them (<see cref="Told"/>) in the same save.
/// </summary>
public sealed class Booking : ITenantOwned, IHasDomainEvents
{
    private readonly List<IDomainEvent> domainEvents = [];

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

    /// <summary>How often statistics were told of the booking: the version of its <see cref="AppointmentFacts"/>.</summary>
    public int Version { get; private set; }

    public bool IsActive => Status == BookingStatus.Active;

    public IReadOnlyList<IDomainEvent> DomainEvents => domainEvents;

    public void ClearDomainEvents() => domainEvents.Clear();

    /// <summary>Tells statistics the booking as it stands now, in the slot it holds, on the office's clock; once per save.</summary>
    internal void Told(Slot slot, TimeZoneInfo zone)
    {
        if (domainEvents.RemoveAll(e => e is AppointmentFacts) == 0)
        {
            Version++;
        }

        domainEvents.Add(Facts(slot, zone));
    }

    /// <summary>The booking as statistics see it: no case number, no language.</summary>
    public AppointmentFacts Facts(Slot slot, TimeZoneInfo zone) =>
        FactsOf(new BookingState(Id, TenantId, OrganisationId, Version, Channel, Status, Sequence, CreatedAt), slot.Service, slot.StartsAt, zone);

    /// <summary>The facts of a booking as stored, its slot's service and start: what a replay reads, without the case number.</summary>
    internal static AppointmentFacts FactsOf(BookingState booking, AppointmentService service, DateTime slotStartsAt, TimeZoneInfo zone)
    {
        var bookedOn = DateOnly.FromDateTime(Local(booking.CreatedAt, zone));
        var starts = Local(slotStartsAt, zone);
        var slotOn = DateOnly.FromDateTime(starts);
        // A cancellation raises the calendar's sequence too; the rest of it is moves.
        var moves = booking.Sequence - (booking.Status == BookingStatus.Cancelled ? 1 : 0);
        return new AppointmentFacts(
            booking.Id, booking.TenantId, booking.OrganisationId, booking.Version, service.ToString(), booking.Channel.ToString(), booking.Status.ToString(),
            bookedOn, slotOn, starts.Hour, Math.Max(0, moves), slotOn.DayNumber - bookedOn.DayNumber);
    }

    private static DateTime Local(DateTime utc, TimeZoneInfo zone) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

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

/// <summary>What statistics read of a stored booking.</summary>
internal sealed record BookingState(
    Guid Id, Guid TenantId, Guid OrganisationId, int Version, BookingChannel Channel, BookingStatus Status, int Sequence, DateTime CreatedAt);
