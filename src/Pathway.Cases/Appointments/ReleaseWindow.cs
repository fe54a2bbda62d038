using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Appointments;

public enum ReleaseWindowStatus
{
    Open,
    Closed,
}

/// <summary>
/// One release round of an office's slots for one service (a booking window): while it is open,
/// cases only send requests for the slots it covers; when it closes, the requests are served in
/// a drawn order. The draw's seed and order stay on the row, so anyone can replay the draw.
/// Names cases in its order, so the tenancy filter applies.
/// </summary>
public sealed class ReleaseWindow : ITenantOwned
{
    public const int MaxSeedLength = 64;

    private ReleaseWindow() { }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public Guid OfficeId { get; private set; }
    public AppointmentService Service { get; private set; }

    /// <summary>When requests are taken, UTC: from <see cref="OpensAt"/> up to, not including, <see cref="ClosesAt"/>.</summary>
    public DateTime OpensAt { get; private set; }
    public DateTime ClosesAt { get; private set; }

    /// <summary>The slots released: those of the office and service starting in [<see cref="SlotsFrom"/>, <see cref="SlotsTo"/>), UTC.</summary>
    public DateTime SlotsFrom { get; private set; }
    public DateTime SlotsTo { get; private set; }

    public ReleaseWindowStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }

    /// <summary>The draw's seed, 32 bytes as hexadecimal, from the cryptographic generator.</summary>
    public string? Seed { get; private set; }

    /// <summary>The case numbers in the order they were served, one per line.</summary>
    public string? DrawOrder { get; private set; }
    public int Requests { get; private set; }
    public int Allocated { get; private set; }

    /// <summary>Raised when the window closes: a second closer's save is a conflict.</summary>
    public int Version { get; private set; }

    public bool IsOpenAt(DateTime now) => Status == ReleaseWindowStatus.Open && now >= OpensAt && now < ClosesAt;

    public bool IsDueAt(DateTime now) => Status == ReleaseWindowStatus.Open && now >= ClosesAt;

    public bool Covers(Slot slot) =>
        slot.OfficeId == OfficeId && slot.Service == Service && slot.StartsAt >= SlotsFrom && slot.StartsAt < SlotsTo;

    public IReadOnlyList<string> Order => DrawOrder is null ? [] : DrawOrder.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    internal static ReleaseWindow Open(Office office, AppointmentService service, DateTime opensAt, DateTime closesAt, DateTime slotsFrom, DateTime slotsTo, DateTime now)
    {
        if (closesAt <= opensAt)
        {
            throw new ArgumentOutOfRangeException(nameof(closesAt), closesAt, "A window closes after it opens.");
        }

        if (slotsTo <= slotsFrom)
        {
            throw new ArgumentOutOfRangeException(nameof(slotsTo), slotsTo, "A window releases a range of slots that is not empty.");
        }

        return new ReleaseWindow
        {
            Id = Guid.CreateVersion7(),
            TenantId = office.TenantId,
            OrganisationId = office.OrganisationId,
            OfficeId = office.Id,
            Service = service,
            OpensAt = opensAt,
            ClosesAt = closesAt,
            SlotsFrom = slotsFrom,
            SlotsTo = slotsTo,
            Status = ReleaseWindowStatus.Open,
            CreatedAt = now,
        };
    }

    /// <summary>
    /// Records the draw. A supervisor may close a window before its time ("close now"): it then
    /// ends at that moment and takes no more requests.
    /// </summary>
    internal void Close(DateTime now, string seed, IReadOnlyList<string> order, int allocated)
    {
        if (Status == ReleaseWindowStatus.Closed)
        {
            throw new InvalidOperationException("A booking window is drawn once.");
        }

        if (now < ClosesAt)
        {
            ClosesAt = now < OpensAt ? OpensAt : now;
        }

        Status = ReleaseWindowStatus.Closed;
        ClosedAt = now;
        Seed = seed;
        DrawOrder = string.Join('\n', order);
        Requests = order.Count;
        Allocated = allocated;
        Version++;
    }
}
