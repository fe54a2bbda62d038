namespace Pathway.Analytics.Warehouse;

/// <summary>
/// One appointment booked at an office's counter as the warehouse counts it, kept as it stands: booked,
/// moved, cancelled, attended or missed. No case number and no person: the office, the service, the slot's
/// day and hour and the day it was booked. The snapshot with the highest <see cref="Version"/> wins.
/// </summary>
public sealed class AppointmentFact
{
    public Guid BookingId { get; init; }
    public Guid TenantId { get; init; }
    public int Version { get; set; }
    /// <summary>The office unit (a row of the offices' dimension).</summary>
    public Guid OfficeId { get; set; }
    /// <summary>Fingerprints, Collection or Submission.</summary>
    public string Service { get; set; } = "";
    /// <summary>Online or Officer.</summary>
    public string Channel { get; set; } = "";
    /// <summary>Active, Cancelled, NoShow or Attended.</summary>
    public string Status { get; set; } = "";
    /// <summary>The office's day it was booked.</summary>
    public DateOnly BookedOn { get; set; }
    /// <summary>The office's day of the slot it holds.</summary>
    public DateOnly SlotOn { get; set; }
    /// <summary>The office's hour the slot starts, 0 to 23.</summary>
    public int SlotHour { get; set; }
    /// <summary>How often it was moved to another slot.</summary>
    public int Moves { get; set; }
    /// <summary>Days from booking to slot.</summary>
    public int LeadDays { get; set; }
}
