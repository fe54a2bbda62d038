using Pathway.Platform.Outbox;

namespace Pathway.Platform.Casework;

/// <summary>
/// An appointment booked at an office's counter, as statistics see it after a change: raised by the
/// cases module when a booking is made (by an officer, online, or in a window's draw), moved, cancelled
/// or closed as attended or as a no-show, and read by the analytics warehouse from the outbox. It carries
/// no case number, no person and no language: the office unit, the service, the slot's day and hour and
/// the day it was booked are what counting needs. A reader keeps the snapshot with the highest
/// <see cref="Version"/>, so a replay or a late delivery changes nothing.
/// </summary>
/// <param name="OrganisationId">The office unit whose officers see the booking (the office of the cases' facts).</param>
/// <param name="Version">Rises with every change of what the facts say; a reader ignores a snapshot no newer than the one it holds.</param>
/// <param name="Service">What the migrant comes for, by its name in the cases module (Fingerprints, Collection, Submission).</param>
/// <param name="Channel">Who booked it: Online (the migrant, directly or in a window's draw) or Officer.</param>
/// <param name="Status">Active, Cancelled, NoShow or Attended.</param>
/// <param name="BookedOn">The office's day the booking was made (its time zone).</param>
/// <param name="SlotOn">The office's day of the slot the booking holds now.</param>
/// <param name="SlotHour">The office's hour the slot starts, 0 to 23.</param>
/// <param name="Moves">How often the booking was moved to another slot.</param>
/// <param name="LeadDays">Days from <paramref name="BookedOn"/> to <paramref name="SlotOn"/>.</param>
/// <remarks>New parameters go at the end, with a default: the outbox keeps payloads written before them.</remarks>
public sealed record AppointmentFacts(
    Guid BookingId, Guid TenantId, Guid OrganisationId, int Version, string Service, string Channel, string Status,
    DateOnly BookedOn, DateOnly SlotOn, int SlotHour, int Moves, int LeadDays) : IDomainEvent;
