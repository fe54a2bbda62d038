namespace Pathway.Cases.Appointments;

/// <summary>Why an appointment could not be booked or changed; each maps to one HTTP status and one message.</summary>
public enum AppointmentProblem
{
    SlotNotFound,
    SlotTaken,
    SlotInThePast,
    OtherService,
    CaseAlreadyBooked,
    OnlineBookingBlocked,
    BookingNotFound,
    BookingNotActive,
    SlotNotStarted,

    /// <summary>The slot is released through a booking window (open, or not held yet): only a request gets it.</summary>
    SlotNotReleased,

    /// <summary>None of a request's slots was still free when its window closed.</summary>
    NoPreferenceFree,
    WindowNotFound,
    WindowNotOpen,
    WindowClosed,
    WindowOverlaps,
    CaseNotFound,

    /// <summary>Bookings kept changing under the draw, attempt after attempt: the window stays open for the next try.</summary>
    WindowBusy,
}

/// <summary>The booking as it stands after the change, or the reason there was no change.</summary>
public sealed record AppointmentOutcome(Booking? Booking, AppointmentProblem? Problem)
{
    public static AppointmentOutcome Done(Booking booking) => new(booking, null);

    public static AppointmentOutcome Refused(AppointmentProblem problem) => new(null, problem);
}
