namespace Pathway.Cases.Appointments;

/// <summary>A time at one counter for one service; it holds at most one booking that is not cancelled.</summary>
public sealed class Slot
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid OfficeId { get; init; }
    public Guid CounterId { get; init; }
    public AppointmentService Service { get; init; }

    /// <summary>Start in UTC (<see cref="DateTimeKind.Utc"/>); the office's zone only matters for showing it.</summary>
    public DateTime StartsAt { get; init; }
    public int Minutes { get; init; }

    public DateTime EndsAt => StartsAt.AddMinutes(Minutes);
}
