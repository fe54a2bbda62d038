using Pathway.Support.Interpreting;

namespace Pathway.Support.Tests;

/// <summary>What the register's form and a request's form check, and how the posted register form is read.</summary>
public sealed class InterpreterRulesTests
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
    private static readonly DateTime Now = new(2026, 6, 10, 8, 0, 0, DateTimeKind.Utc);

    private static InterpreterInput Entry(
        IReadOnlyList<string>? languages = null, IReadOnlyList<HoursInput>? hours = null, IReadOnlyList<AbsenceInput>? absences = null, bool onSite = true,
        IReadOnlyList<InterpreterKind>? kinds = null, string? name = "Olena") =>
        new(name, kinds ?? [InterpreterKind.Interpreter], languages ?? ["uk", "pl"], null, null, onSite, false, hours, absences);

    private static IEnumerable<string> Problems(InterpreterInput input) =>
        InterpreterRegister.Check(input).Select(p => $"{p.Field}:{p.Problem}{(p.Day is { } day ? $":{day}" : "")}");

    private static IEnumerable<string> Problems(InterpreterRequestInput input) =>
        InterpretingDesk.Check(input, Warsaw, Now).Problems.Select(p => $"{p.Field}:{p.Problem}");

    private static InterpreterRequestInput Request(
        string person = "uk", string worker = "pl", DateOnly? day = null, string start = "10:00", int minutes = 60) =>
        new(person, worker, InterpreterKind.Interpreter, SessionMode.OnSite, day ?? new DateOnly(2026, 6, 15), start, minutes, null);

    [Fact]
    public void AnEntry_NeedsAName_AKind_TwoKnownLanguages_AndAMode()
    {
        Problems(Entry()).ShouldBeEmpty();
        Problems(new InterpreterInput(" ", [], ["uk"], null, null, false, false, null, null))
            .ShouldBe(["name:NameMissing", "kinds:KindsMissing", "languages:LanguagesTooFew", "onSite:ModeMissing"]);
        Problems(Entry(languages: ["uk", "xx"])).ShouldBe(["languages:LanguageUnknown"]);
        // Any language with an ISO 639-1 code, not only the portal's twelve.
        Problems(Entry(languages: ["ti", "am", "SO"])).ShouldBeEmpty();
        Problems(Entry(kinds: [(InterpreterKind)7])).ShouldBe(["kinds:KindsMissing"]);
    }

    [Fact]
    public void TheContacts_AreOptional_ButChecked()
    {
        Problems(Entry() with { Phone = "+48 600 555 101", Email = "olena@example.org" }).ShouldBeEmpty();
        Problems(Entry() with { Phone = "call me", Email = "olena at example" }).ShouldBe(["phone:PhoneInvalid", "email:EmailInvalid"]);
    }

    [Fact]
    public void TheWeeklyHours_AreWindowsOfAWeekdayThatEndAfterTheyBegin_ByMidnight_WithoutOverlapping()
    {
        Problems(Entry(hours: [new("Monday", "09:00", "12:00"), new("Monday", "12:00", "17:00"), new("Sunday", "20:00", "24:00")])).ShouldBeEmpty();
        Problems(Entry(hours: [new("Monday", "09:00", "12:00"), new("Monday", "11:00", "17:00")])).ShouldBe(["hours:HoursOverlap:Monday"]);
        Problems(Entry(hours: [new("Tuesday", "17:00", "09:00")])).ShouldBe(["hours:HoursBackwards:Tuesday"]);
        Problems(Entry(hours: [new("Tuesday", "09:00", "09:00")])).ShouldBe(["hours:HoursBackwards:Tuesday"]);
        Problems(Entry(hours: [new("Wednesday", "9 am", "17:00")])).ShouldBe(["hours:HoursUnreadable:Wednesday"]);
        Problems(Entry(hours: [new("Someday", "09:00", "17:00")])).ShouldBe(["hours:HoursUnreadable"]);
        Problems(Entry(hours: [new("1", "09:00", "17:00")])).ShouldBe(["hours:HoursUnreadable"]);
        // Midnight is an end, not a start.
        Problems(Entry(hours: [new("Friday", "24:00", "24:00")])).ShouldBe(["hours:HoursUnreadable:Friday"]);
        Problems(Entry(hours: [.. Enumerable.Range(0, Interpreter.MaxWindows + 1).Select(i => new HoursInput("Monday", "09:00", "10:00"))])).ShouldBe(["hours:TooManyWindows"]);
    }

    [Fact]
    public void AnAbsence_HasItsFirstAndLastDay_InOrder()
    {
        var day = new DateOnly(2026, 7, 1);
        Problems(Entry(absences: [new(day, day), new(day, day.AddDays(13))])).ShouldBeEmpty();
        Problems(Entry(absences: [new(day, day.AddDays(-1))])).ShouldBe(["absences:AbsenceBackwards"]);
        Problems(Entry(absences: [new(day, null)])).ShouldBe(["absences:AbsenceUnreadable"]);
    }

    [Fact]
    public void ARequest_NeedsTwoDifferentKnownLanguages_AKindAMode_AndASessionInTheFuture()
    {
        Problems(Request()).ShouldBeEmpty();
        Problems(Request(worker: "UK")).ShouldBe(["workerLanguage:SameLanguage"]);
        Problems(new InterpreterRequestInput("xx", null, null, null, null, null, null, null))
            .ShouldBe(["personLanguage:PersonLanguageUnknown", "workerLanguage:WorkerLanguageUnknown", "kind:KindMissing", "mode:ModeMissing", "day:DayMissing", "start:StartMissing", "minutes:LengthOutOfRange"]);
        // 10:00 in Warsaw on the 10th of June is 08:00 UTC: now, not the future.
        Problems(Request(day: new DateOnly(2026, 6, 10), start: "10:00")).ShouldBe(["day:InThePast"]);
        Problems(Request(day: new DateOnly(2026, 6, 10), start: "10:01")).ShouldBeEmpty();
        Problems(Request() with { DayUnreadable = true }).ShouldBe(["day:DayMissing"]);
        Problems(Request() with { Note = new string('n', InterpreterRequest.MaxNoteLength + 1) }).ShouldBe(["note:NoteTooLong"]);
    }

    [Fact]
    public void ARequest_EndsByMidnight_AndStartsAtATimeTheClocksNeitherSkipNorRepeat()
    {
        Problems(Request(start: "23:30", minutes: 60)).ShouldBe(["minutes:CrossesMidnight"]);
        Problems(Request(start: "23:00", minutes: 60)).ShouldBeEmpty();
        Problems(Request(day: new DateOnly(2027, 3, 28), start: "02:15")).ShouldBe(["start:ClocksChange"]);
        Problems(Request(day: new DateOnly(2026, 10, 25), start: "02:15")).ShouldBe(["start:ClocksChange"]);
        Problems(Request(minutes: 4)).ShouldBe(["minutes:LengthOutOfRange"]);
        Problems(Request(start: "24:00")).ShouldBe(["start:StartMissing"]);
    }

    [Fact]
    public void TheRegisterForm_ReadsEachWeekdaysWindows_AndOneAbsenceALine()
    {
        var form = new InterpreterForm
        {
            Name = "Olena", Kinds = ["Interpreter", "CulturalMediator"], Languages = "uk, pl ru", OnSite = true,
            Monday = "09:00-12:00, 13:00–17:00", Friday = "8:30-24:00", Sunday = "all day",
            Absences = "2026-07-01 2026-07-14\r\n2026-08-03\n\n2026-09-31",
        };
        var input = form.Read();
        input.Kinds.ShouldBe([InterpreterKind.Interpreter, InterpreterKind.CulturalMediator]);
        input.Languages.ShouldBe(["uk", "pl", "ru"]);
        input.Hours.ShouldBe([new("Monday", "09:00", "12:00"), new("Monday", "13:00", "17:00"), new("Friday", "8:30", "24:00"), new("Sunday", "all day", null)]);
        input.Absences.ShouldBe([new(new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 14)), new(new DateOnly(2026, 8, 3), new DateOnly(2026, 8, 3)), new(null, null)]);
        input.Active.ShouldBe(false);
        Problems(input).ShouldBe(["hours:HoursUnreadable:Sunday", "absences:AbsenceUnreadable"]);
    }

    [Fact]
    public void TheRegisterForm_ShowsAnEntryAsItReadsIt()
    {
        var person = new Interpreter { Name = "Olena", Kinds = "Interpreter", Languages = "uk pl", OnSite = true, CreatedBy = "test" };
        person.Hours.AddRange([
            new WeeklyHours { Day = DayOfWeek.Monday, FromMinute = 13 * 60, ToMinute = 17 * 60 },
            new WeeklyHours { Day = DayOfWeek.Monday, FromMinute = 9 * 60, ToMinute = 12 * 60 },
            new WeeklyHours { Day = DayOfWeek.Sunday, FromMinute = 20 * 60, ToMinute = 24 * 60 }]);
        person.Absences.Add(new Absence { FirstDay = new DateOnly(2026, 7, 1), LastDay = new DateOnly(2026, 7, 14) });
        var form = InterpreterForm.Of(person);
        (form.Monday, form.Sunday, form.Tuesday, form.Absences).ShouldBe(("09:00-12:00, 13:00-17:00", "20:00-24:00", "", "2026-07-01 2026-07-14"));
        Problems(form.Read()).ShouldBeEmpty();
    }
}
