using System.Globalization;
using Pathway.Cases.Appointments;

namespace Pathway.Cases.WalkIn;

/// <summary>
/// A numbered ticket a walk-in visitor takes for one service. It carries no personal data: the
/// number, the counter and the times are all the queue needs, so the public display may show it.
/// The status changes only through the methods below, each of which checks where it stands.
/// </summary>
public sealed class Ticket
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid OfficeId { get; init; }
    public AppointmentService Service { get; init; }

    /// <summary>The office's local date the ticket was issued on; numbers start again each day.</summary>
    public DateOnly Day { get; init; }

    public int Number { get; init; }
    public TicketStatus Status { get; private set; } = TicketStatus.Waiting;
    public Guid? CounterId { get; private set; }
    public DateTime IssuedAt { get; init; }
    public DateTime? CalledAt { get; private set; }

    /// <summary>The last time the number was shown on the display: the first call, or a recall.</summary>
    public DateTime? AnnouncedAt { get; private set; }

    public DateTime? ServiceStartedAt { get; private set; }
    public DateTime? EndedAt { get; private set; }
    public int Recalls { get; private set; }

    /// <summary>The ticket this one was issued for on a transfer, if any.</summary>
    public Guid? TransferredFromId { get; init; }

    /// <summary>What the visitor reads on the paper and the display, e.g. <c>A012</c>.</summary>
    public string Code => WalkInServices.Code(Service, Number);

    public bool IsOpen => Status is TicketStatus.Called or TicketStatus.Serving;

    public TimeSpan? WaitingTime => CalledAt - IssuedAt;

    public TimeSpan? ServiceTime => EndedAt - ServiceStartedAt;

    /// <summary>
    /// The call in memory. The queue calls with one conditional update instead, so that two counters
    /// cannot both take the ticket; both write the same columns.
    /// </summary>
    public bool Call(Guid counterId, DateTime now)
    {
        if (Status != TicketStatus.Waiting)
        {
            return false;
        }

        Status = TicketStatus.Called;
        CounterId = counterId;
        CalledAt = AnnouncedAt = now;
        return true;
    }

    public bool Recall(DateTime now)
    {
        if (Status != TicketStatus.Called)
        {
            return false;
        }

        Recalls++;
        AnnouncedAt = now;
        return true;
    }

    public bool Start(DateTime now)
    {
        if (Status != TicketStatus.Called)
        {
            return false;
        }

        Status = TicketStatus.Serving;
        ServiceStartedAt = now;
        return true;
    }

    /// <summary>Served straight from a call counts the service from the call: the visitor came to the counter then.</summary>
    public bool Serve(DateTime now) => End(TicketStatus.Served, now, startIfCalled: true);

    public bool MarkNoShow(DateTime now) => Status == TicketStatus.Called && End(TicketStatus.NoShow, now, startIfCalled: false);

    /// <summary>Closes this ticket as transferred and gives the visitor a new one, numbered <paramref name="number"/> in the other service.</summary>
    public Ticket? TransferTo(AppointmentService service, int number, DateOnly day, DateTime now)
    {
        if (!IsOpen || service == Service || !End(TicketStatus.Transferred, now, startIfCalled: true))
        {
            return null;
        }

        return new Ticket { TenantId = TenantId, OfficeId = OfficeId, Service = service, Day = day, Number = number, IssuedAt = now, TransferredFromId = Id };
    }

    private bool End(TicketStatus status, DateTime now, bool startIfCalled)
    {
        if (!IsOpen)
        {
            return false;
        }

        if (startIfCalled && ServiceStartedAt is null)
        {
            ServiceStartedAt = CalledAt;
        }

        Status = status;
        EndedAt = now;
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Code} ({Status})");
}
