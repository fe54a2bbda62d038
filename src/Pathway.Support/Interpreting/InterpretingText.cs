using System.Globalization;
using Microsoft.Extensions.Localization;
using Pathway.Support.Languages;

namespace Pathway.Support.Interpreting;

/// <summary>The words of the register and its requests in the reader's language, shared by the pages and the API.</summary>
public static class InterpretingText
{
    public static string Problem(InterpreterRefusal refusal, IStringLocalizer text) => refusal.Problem switch
    {
        InterpreterProblem.NameMissing => text["Write the person's name."],
        InterpreterProblem.NameTooLong => text["Write at most {0} characters.", refusal.Max],
        InterpreterProblem.KindsMissing => text["Choose interpreting, cultural mediation or both."],
        InterpreterProblem.LanguageUnknown => text["Write each language as its two-letter ISO 639-1 code, such as uk or ar."],
        InterpreterProblem.LanguagesTooFew => text["Write at least two languages: an interpreter works between two."],
        InterpreterProblem.TooManyLanguages => text["Name at most {0} languages.", refusal.Max],
        InterpreterProblem.PhoneInvalid => text["Write the telephone number with digits, spaces, +, brackets or dashes, such as +48 22 123 45 67."],
        InterpreterProblem.EmailInvalid => text["Write one e-mail address, such as biuro@example.org."],
        InterpreterProblem.ModeMissing => text["Say whether they work on site, remotely or both."],
        InterpreterProblem.HoursUnreadable => text["Hours on {0}: write each window as 09:00-17:00, several separated by commas.", DayName(refusal.Day)],
        InterpreterProblem.HoursBackwards => text["Hours on {0}: a window ends after it begins, by midnight.", DayName(refusal.Day)],
        InterpreterProblem.HoursOverlap => text["Hours on {0}: two windows overlap.", DayName(refusal.Day)],
        InterpreterProblem.TooManyWindows => text["Write at most {0} windows of hours in the week.", refusal.Max],
        InterpreterProblem.AbsenceUnreadable => text["Write each absence on a line of its own as its first and last day, such as 2026-07-01 2026-07-14."],
        InterpreterProblem.AbsenceBackwards => text["An absence ends on or after the day it begins."],
        InterpreterProblem.TooManyAbsences => text["Write at most {0} absences.", refusal.Max],
        InterpreterProblem.NoOrganisation => text["Only staff of an organisation can keep a register of interpreters."],
    };

    public static string Problem(InterpreterRequestRefusal refusal, IStringLocalizer text) => refusal.Problem switch
    {
        InterpreterRequestProblem.CaseNotFound => text["There is no such consent or case."],
        InterpreterRequestProblem.CaseClosed => text["The case is closed: nothing new is recorded on it. A supervisor may reopen it."],
        InterpreterRequestProblem.RequestNotFound => text["There is no such request, or it is not yours to see."],
        InterpreterRequestProblem.PersonLanguageUnknown => text["Choose the person's language."],
        InterpreterRequestProblem.WorkerLanguageUnknown => text["Choose your language."],
        InterpreterRequestProblem.SameLanguage => text["The two languages must differ."],
        InterpreterRequestProblem.KindMissing => text["Choose an interpreter or a cultural mediator."],
        InterpreterRequestProblem.ModeMissing => text["Choose on site or remote."],
        InterpreterRequestProblem.DayMissing => text["Write the day as YYYY-MM-DD."],
        InterpreterRequestProblem.StartMissing => text["Write the start as HH:MM, such as 09:30."],
        InterpreterRequestProblem.LengthOutOfRange => text["The session lasts {0} to {1} minutes.", InterpreterMatching.MinMinutes, InterpreterMatching.MaxMinutes],
        InterpreterRequestProblem.ClocksChange => text["The clocks change at that time of that day: choose another start."],
        InterpreterRequestProblem.CrossesMidnight => text["The session must end by midnight of its day."],
        InterpreterRequestProblem.InThePast => text["The session must be in the future."],
        InterpreterRequestProblem.NoteTooLong => text["Write at most {0} characters.", InterpreterRequest.MaxNoteLength],
        InterpreterRequestProblem.InterpreterMissing => text["Choose whom to book."],
        InterpreterRequestProblem.InterpreterUnknown => text["Choose someone active on your organisation's register."],
        InterpreterRequestProblem.DoesNotFit => text["This person does not fit the request: {0}", refusal.Why is { } why ? MissGroup(why, text) : ""],
        InterpreterRequestProblem.Busy => text["This person is already booked for an overlapping session."],
        InterpreterRequestProblem.WrongState => text["The request has moved on already: this step no longer applies."],
        InterpreterRequestProblem.SlotPassed => text["The session's time has passed: nobody can be booked for it."],
        InterpreterRequestProblem.NotYetHeld => text["The session has not begun yet."],
        InterpreterRequestProblem.ServiceRecorded => text["The session is recorded as a service already."],
    };

    public static string Status(InterpreterRequestStatus status, IStringLocalizer text) => status switch
    {
        InterpreterRequestStatus.Open => text["Waiting for a booking"],
        InterpreterRequestStatus.Booked => text["Booked"],
        InterpreterRequestStatus.Done => text["Session held"],
        InterpreterRequestStatus.Cancelled => text["Request cancelled"],
    };

    public static string Kind(InterpreterKind kind, IStringLocalizer text) => kind switch
    {
        InterpreterKind.Interpreter => text["Interpreter"],
        InterpreterKind.CulturalMediator => text["Cultural mediator"],
    };

    public static string Mode(SessionMode mode, IStringLocalizer text) => mode switch
    {
        SessionMode.OnSite => text["On site"],
        SessionMode.Remote => text["Remote (telephone or video)"],
    };

    public static string MissGroup(MissReason reason, IStringLocalizer text) => reason switch
    {
        MissReason.Absent => text["Away that day"],
        MissReason.OutsideHours => text["Not working at that time"],
        MissReason.Busy => text["Booked at that time"],
        MissReason.OtherMode => text["Not working in this mode"],
    };

    /// <summary>Why a near miss is one, in a few words: the absence, their hours that day, the booking in the way, the mode they work in.</summary>
    public static string Miss(NearMiss miss, Need need, IStringLocalizer text) => miss.Reason switch
    {
        MissReason.Absent => text["Away from {0} to {1}.", Day(miss.Absence!.FirstDay), Day(miss.Absence.LastDay)],
        MissReason.OutsideHours => Hours(miss.Interpreter, need.Slot.Day.DayOfWeek, text),
        MissReason.Busy => text["Booked from {0} for {1} minutes.", InterpreterRegister.TimeText(miss.Clash!.StartMinute), miss.Clash.Minutes],
        MissReason.OtherMode => miss.Interpreter.OnSite ? text["Works on site only."] : text["Works remotely only."],
    };

    /// <summary>Why a candidate fits, one reason a line.</summary>
    public static IReadOnlyList<string> Reasons(Candidate candidate, Need need, IStringLocalizer text) =>
    [
        text["Speaks {0} and {1}.", LanguageNames.Of(need.PersonLanguage), LanguageNames.Of(need.WorkerLanguage)],
        candidate.ExactKind
            ? text["Offers only what is asked: {0}.", Kind(need.Kind, text)]
            : text["Offers interpreting and cultural mediation."],
        text["Works in this mode: {0}.", Mode(need.Mode, text)],
        text["{0}: works from {1} to {2}, and is not away that day.", DayName(need.Slot.Day.DayOfWeek), InterpreterRegister.TimeText(candidate.WindowFrom), InterpreterRegister.TimeText(candidate.WindowTo)],
        candidate.BookingsThatWeek == 0 ? text["No other booking that week."] : text["Other bookings that week: {0}.", candidate.BookingsThatWeek],
    ];

    /// <summary>The person's hours on a weekday, such as "Monday: 09:00–12:00, 13:00–17:00".</summary>
    public static string Hours(Interpreter person, DayOfWeek day, IStringLocalizer text)
    {
        var windows = InterpreterMatching.Windows(person.Hours, day);
        return windows.Count == 0
            ? text["No hours on {0}.", DayName(day)]
            : text["Hours on {0}: {1}.", DayName(day), string.Join(", ", windows.Select(w => $"{InterpreterRegister.TimeText(w.From)}–{InterpreterRegister.TimeText(w.To)}"))];
    }

    /// <summary>A request's slot, such as "12.05.2026 09:30, 60 min" in the reader's way of writing days.</summary>
    public static string Slot(InterpreterRequest request, IStringLocalizer text) =>
        text["{0} at {1}, {2} minutes", Day(request.Day), InterpreterRegister.TimeText(request.StartMinute), request.Minutes];

    public static string Pair(InterpreterRequest request) => $"{LanguageNames.Of(request.PersonLanguage)} ↔ {LanguageNames.Of(request.WorkerLanguage)}";

    public static string DayName(DayOfWeek? day) => day is { } d ? CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(d) : "";

    private static string Day(DateOnly day) => day.ToString("d", CultureInfo.CurrentCulture);
}
