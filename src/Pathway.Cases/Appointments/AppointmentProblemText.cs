using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Pathway.Cases.Appointments;

/// <summary>Each refusal's HTTP status and its message in the reader's language, shared by the API and the day page.</summary>
internal static class AppointmentProblemText
{
    public static int Status(AppointmentProblem problem) => problem switch
    {
        AppointmentProblem.SlotNotFound or AppointmentProblem.BookingNotFound or AppointmentProblem.WindowNotFound or AppointmentProblem.CaseNotFound => StatusCodes.Status404NotFound,
        AppointmentProblem.SlotTaken or AppointmentProblem.SlotInThePast or AppointmentProblem.OtherService or AppointmentProblem.CaseAlreadyBooked
            or AppointmentProblem.OnlineBookingBlocked or AppointmentProblem.BookingNotActive or AppointmentProblem.SlotNotStarted
            or AppointmentProblem.SlotNotReleased or AppointmentProblem.NoPreferenceFree or AppointmentProblem.WindowNotOpen or AppointmentProblem.WindowClosed
            or AppointmentProblem.WindowOverlaps or AppointmentProblem.WindowBusy => StatusCodes.Status409Conflict,
    };

    public static string Message(AppointmentProblem problem, IStringLocalizer text, AppointmentOptions options) => problem switch
    {
        AppointmentProblem.SlotNotFound => text["No slot has this id."],
        AppointmentProblem.BookingNotFound => text["No booking has this id."],
        AppointmentProblem.SlotTaken => text["This slot is already taken."],
        AppointmentProblem.SlotInThePast => text["This slot has already started."],
        AppointmentProblem.OtherService => text["A booking can only move to a slot for the same service."],
        AppointmentProblem.CaseAlreadyBooked => text["This case already has an active booking: move or cancel that one."],
        AppointmentProblem.OnlineBookingBlocked => text["After {0} missed appointments in {1} days, an officer must book for this case.", options.NoShowLimit, options.NoShowDays],
        AppointmentProblem.BookingNotActive => text["This booking is no longer active."],
        AppointmentProblem.SlotNotStarted => text["Whether the migrant came can be recorded only once the slot has started."],
        AppointmentProblem.SlotNotReleased => text["This slot is released through a booking window: send a request while the window is open."],
        AppointmentProblem.NoPreferenceFree => text["None of the chosen slots was still free when the window closed."],
        AppointmentProblem.WindowNotFound => text["No booking window has this id."],
        AppointmentProblem.WindowNotOpen => text["This booking window is not open for requests now."],
        AppointmentProblem.WindowClosed => text["This booking window is already closed."],
        AppointmentProblem.WindowBusy => text["Bookings changed while the window was drawn, again and again; nothing was allocated. Try again in a moment."],
        AppointmentProblem.WindowOverlaps => text["An open booking window already releases some of these slots."],
        AppointmentProblem.CaseNotFound => text["You have no case with this number."],
    };
}
