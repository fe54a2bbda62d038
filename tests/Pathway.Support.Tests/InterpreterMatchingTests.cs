using Pathway.Support.Interpreting;

namespace Pathway.Support.Tests;

/// <summary>
/// Who on the register fits a session: languages, kind, mode, weekly hours on the office's clock,
/// absences, bookings met half-open, the days the clocks change, and the order candidates come in.
/// </summary>
public sealed class InterpreterMatchingTests
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    // A Monday in June (summer time), the Sunday the clocks go forward and the Sunday they go back.
    private static readonly DateOnly Monday = new(2026, 6, 15);
    private static readonly DateOnly SpringForward = new(2026, 3, 29);
    private static readonly DateOnly FallBack = new(2026, 10, 25);

    private static int At(int hour, int minute = 0) => hour * 60 + minute;

    private static Slot SlotOf(DateOnly day, int start, int minutes)
    {
        var (slot, problem) = InterpreterMatching.Place(day, start, minutes, Warsaw);
        problem.ShouldBeNull();
        return slot!;
    }

    private static Need NeedOf(Slot slot, InterpreterKind kind = InterpreterKind.Interpreter, SessionMode mode = SessionMode.OnSite, string person = "uk", string worker = "pl") =>
        new(person, worker, kind, mode, slot, Guid.NewGuid());

    private static Interpreter Person(
        string name, string languages = "uk pl", string kinds = "Interpreter", bool onSite = true, bool remote = true, bool active = true,
        params (DayOfWeek Day, int From, int To)[] hours)
    {
        var person = new Interpreter { Name = name, Languages = languages, Kinds = kinds, OnSite = onSite, Remote = remote, Active = active, CreatedBy = "test" };
        var week = hours.Length > 0 ? hours : [(DayOfWeek.Monday, At(9), At(17))];
        person.Hours.AddRange(week.Select(h => new WeeklyHours { InterpreterId = person.Id, Day = h.Day, FromMinute = h.From, ToMinute = h.To }));
        return person;
    }

    private static Booking Booked(Interpreter person, DateOnly day, int start, int minutes)
    {
        var slot = SlotOf(day, start, minutes);
        return new Booking(person.Id, Guid.NewGuid(), day, start, minutes, slot.StartsAt, slot.EndsAt);
    }

    private static Matches Match(Need need, IEnumerable<Interpreter> register, params Booking[] bookings) => InterpreterMatching.Match(need, register, bookings);

    [Fact]
    public void Place_ASessionRunningPastMidnight_IsRefused_OneEndingAtMidnightIsNot()
    {
        InterpreterMatching.Place(Monday, At(23, 30), 60, Warsaw).Problem.ShouldBe(SlotProblem.CrossesMidnight);
        var (slot, problem) = InterpreterMatching.Place(Monday, At(23), 60, Warsaw);
        problem.ShouldBeNull();
        slot!.EndMinute.ShouldBe(InterpreterMatching.MinutesOfDay);
    }

    [Fact]
    public void Place_ALengthOutsideFiveMinutesToEightHours_IsRefused()
    {
        InterpreterMatching.Place(Monday, At(9), InterpreterMatching.MinMinutes - 1, Warsaw).Problem.ShouldBe(SlotProblem.LengthOutOfRange);
        InterpreterMatching.Place(Monday, At(9), InterpreterMatching.MaxMinutes + 1, Warsaw).Problem.ShouldBe(SlotProblem.LengthOutOfRange);
        InterpreterMatching.Place(Monday, At(9), InterpreterMatching.MaxMinutes, Warsaw).Problem.ShouldBeNull();
    }

    [Fact]
    public void Place_PutsTheOfficesWallClockOnTheTimeLine()
    {
        var summer = SlotOf(Monday, At(9), 60);
        summer.StartsAt.ShouldBe(new DateTime(2026, 6, 15, 7, 0, 0, DateTimeKind.Utc));
        summer.EndsAt.ShouldBe(new DateTime(2026, 6, 15, 8, 0, 0, DateTimeKind.Utc));
        var winter = SlotOf(new DateOnly(2026, 1, 12), At(9), 60);
        winter.StartsAt.ShouldBe(new DateTime(2026, 1, 12, 8, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Place_OnTheDayTheClocksGoForward_ASkippedStartIsRefused_AndTheEndIsWhereTheRealMinutesTakeIt()
    {
        InterpreterMatching.Place(SpringForward, At(2, 30), 30, Warsaw).Problem.ShouldBe(SlotProblem.ClocksChange);
        var slot = SlotOf(SpringForward, At(1, 30), 60);
        // 01:30 winter time is 00:30 UTC; an hour later it is 03:30 summer time.
        slot.StartsAt.ShouldBe(new DateTime(2026, 3, 29, 0, 30, 0, DateTimeKind.Utc));
        slot.EndsAt.ShouldBe(new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc));
        slot.EndMinute.ShouldBe(At(3, 30));
    }

    [Fact]
    public void Place_OnTheDayTheClocksGoBack_AStartThatComesTwiceIsRefused_AndAnHourAndAHalfEndsHalfAnHourLaterOnTheClock()
    {
        InterpreterMatching.Place(FallBack, At(2, 30), 30, Warsaw).Problem.ShouldBe(SlotProblem.ClocksChange);
        var slot = SlotOf(FallBack, At(1, 30), 90);
        slot.EndsAt.ShouldBe(new DateTime(2026, 10, 25, 1, 0, 0, DateTimeKind.Utc));
        slot.EndMinute.ShouldBe(At(2));
    }

    [Fact]
    public void Match_OnTheDayTheClocksGoForward_HoursCoveringTheWallClockStartAndLengthDoNotCoverTheSession()
    {
        var night = Person("Nocny", hours: (DayOfWeek.Sunday, At(1), At(3)));
        var need = NeedOf(SlotOf(SpringForward, At(1, 30), 60));
        Match(need, [night]).NearMisses.Single().Reason.ShouldBe(MissReason.OutsideHours);
        Match(NeedOf(SlotOf(SpringForward.AddDays(7), At(1, 30), 60)), [night]).Candidates.ShouldHaveSingleItem();
    }

    [Fact]
    public void Match_OnTheDayTheClocksGoBack_HoursCoverTheSessionByTheWallClock()
    {
        var night = Person("Nocny", hours: (DayOfWeek.Sunday, At(1), At(2)));
        Match(NeedOf(SlotOf(FallBack, At(1, 30), 90)), [night]).Candidates.ShouldHaveSingleItem();
    }

    [Fact]
    public void Match_NeedsBothLanguagesOfThePair_TheKind_AndAnActiveEntry()
    {
        var need = NeedOf(SlotOf(Monday, At(10), 60));
        var both = Person("Both", "uk pl en");
        var onlyOne = Person("Only Ukrainian", "uk ru");
        var mediator = Person("Mediator", kinds: "CulturalMediator");
        var inactive = Person("Inactive", active: false);
        var matches = Match(need, [both, onlyOne, mediator, inactive]);
        matches.Candidates.Select(c => c.Interpreter.Name).ShouldBe(["Both"]);
        // Neither languages nor kind nor an inactive entry makes a near miss: they were never in question.
        matches.NearMisses.ShouldBeEmpty();
    }

    [Fact]
    public void Match_SomeoneWhoWorksOnlyInTheOtherMode_IsANearMiss()
    {
        var remoteOnly = Person("Remote", onSite: false, remote: true);
        var matches = Match(NeedOf(SlotOf(Monday, At(10), 60), mode: SessionMode.OnSite), [remoteOnly]);
        matches.Candidates.ShouldBeEmpty();
        matches.NearMisses.Single().Reason.ShouldBe(MissReason.OtherMode);
        Match(NeedOf(SlotOf(Monday, At(10), 60), mode: SessionMode.Remote), [remoteOnly]).Candidates.ShouldHaveSingleItem();
    }

    [Fact]
    public void Match_TheWeeklyHoursMustHoldTheWholeSession_EdgesIncluded()
    {
        var morning = Person("Morning", hours: (DayOfWeek.Monday, At(9), At(12)));
        Match(NeedOf(SlotOf(Monday, At(9), 180)), [morning]).Candidates.ShouldHaveSingleItem();
        Match(NeedOf(SlotOf(Monday, At(11, 30), 60)), [morning]).NearMisses.Single().Reason.ShouldBe(MissReason.OutsideHours);
        Match(NeedOf(SlotOf(Monday, At(8, 59), 30)), [morning]).NearMisses.Single().Reason.ShouldBe(MissReason.OutsideHours);
        // Another weekday's hours do not count.
        Match(NeedOf(SlotOf(Monday.AddDays(1), At(10), 30)), [morning]).NearMisses.Single().Reason.ShouldBe(MissReason.OutsideHours);
    }

    [Fact]
    public void Match_TouchingWindowsMakeOne_ButAGapBetweenThemDoesNot()
    {
        var split = Person("Split", hours: [(DayOfWeek.Monday, At(9), At(12)), (DayOfWeek.Monday, At(12), At(17))]);
        var candidate = Match(NeedOf(SlotOf(Monday, At(11), 120)), [split]).Candidates.Single();
        (candidate.WindowFrom, candidate.WindowTo).ShouldBe((At(9), At(17)));
        var lunch = Person("Lunch", hours: [(DayOfWeek.Monday, At(9), At(12)), (DayOfWeek.Monday, At(13), At(17))]);
        Match(NeedOf(SlotOf(Monday, At(11), 120)), [lunch]).NearMisses.Single().Reason.ShouldBe(MissReason.OutsideHours);
    }

    [Fact]
    public void Match_AnAbsence_CountsFromItsFirstToItsLastDayIncluded()
    {
        var person = Person("Away");
        person.Absences.Add(new Absence { InterpreterId = person.Id, FirstDay = Monday, LastDay = Monday.AddDays(6) });
        var miss = Match(NeedOf(SlotOf(Monday, At(10), 60)), [person]).NearMisses.Single();
        (miss.Reason, miss.Absence!.LastDay).ShouldBe((MissReason.Absent, Monday.AddDays(6)));
        Match(NeedOf(SlotOf(Monday.AddDays(7), At(10), 60)), [person]).Candidates.ShouldHaveSingleItem();
        var before = Person("Back on Monday");
        before.Absences.Add(new Absence { InterpreterId = before.Id, FirstDay = Monday.AddDays(-7), LastDay = Monday.AddDays(-1) });
        Match(NeedOf(SlotOf(Monday, At(10), 60)), [before]).Candidates.ShouldHaveSingleItem();
    }

    [Fact]
    public void Match_BookingsMeetHalfOpen_AnEndTouchingAStartIsNoClash()
    {
        var person = Person("Booked", hours: (DayOfWeek.Monday, At(8), At(17)));
        var booking = Booked(person, Monday, At(9), 60);
        Match(NeedOf(SlotOf(Monday, At(10), 60)), [person], booking).Candidates.ShouldHaveSingleItem();
        Match(NeedOf(SlotOf(Monday, At(8), 60)), [person], booking).Candidates.ShouldHaveSingleItem();
        var clash = Match(NeedOf(SlotOf(Monday, At(9, 59), 30)), [person], booking).NearMisses.Single();
        (clash.Reason, clash.Clash).ShouldBe((MissReason.Busy, booking));
        Match(NeedOf(SlotOf(Monday, At(8), 61)), [person], booking).NearMisses.Single().Reason.ShouldBe(MissReason.Busy);
        Match(NeedOf(SlotOf(Monday, At(8), 180)), [person], booking).NearMisses.Single().Reason.ShouldBe(MissReason.Busy);
    }

    [Fact]
    public void Match_TheRequestsOwnBooking_IsNoClash()
    {
        var person = Person("Booked");
        var slot = SlotOf(Monday, At(10), 60);
        var need = NeedOf(slot);
        var own = new Booking(person.Id, need.RequestId!.Value, Monday, At(10), 60, slot.StartsAt, slot.EndsAt);
        Match(need, [person], own).Candidates.ShouldHaveSingleItem();
    }

    [Fact]
    public void Overlap_IsHalfOpen()
    {
        var nine = new DateTime(2026, 6, 15, 7, 0, 0, DateTimeKind.Utc);
        InterpreterMatching.Overlap(nine, nine.AddHours(1), nine.AddHours(1), nine.AddHours(2)).ShouldBeFalse();
        InterpreterMatching.Overlap(nine, nine.AddHours(1), nine.AddMinutes(59), nine.AddHours(2)).ShouldBeTrue();
        InterpreterMatching.Overlap(nine, nine.AddHours(3), nine.AddHours(1), nine.AddHours(2)).ShouldBeTrue();
    }

    [Fact]
    public void Match_RanksThoseOfferingOnlyTheKindFirst_ThenFewestBookingsThatWeek_ThenByName()
    {
        var both = Person("Aleksandra", kinds: "Interpreter CulturalMediator");
        var busy = Person("Bogdan");
        var free = Person("Zofia");
        var alsoFree = Person("Celina");
        var need = NeedOf(SlotOf(Monday, At(14), 60));
        // Two bookings in the slot's week (Monday to Sunday) for Bogdan, one the Sunday before that does not count, and one for Zofia next Monday.
        var matches = Match(need, [both, busy, free, alsoFree],
            Booked(busy, Monday, At(9), 60), Booked(busy, Monday.AddDays(6), At(9), 60), Booked(busy, Monday.AddDays(-1), At(9), 60), Booked(free, Monday.AddDays(7), At(9), 60));
        matches.Candidates.Select(c => (c.Interpreter.Name, c.ExactKind, c.BookingsThatWeek)).ShouldBe(
            [("Celina", true, 0), ("Zofia", true, 0), ("Bogdan", true, 2), ("Aleksandra", false, 0)]);
    }

    [Fact]
    public void Match_NearMisses_TakeTheFirstReasonThatRulesThemOut_AbsentBeforeHoursBeforeBusyBeforeMode()
    {
        var away = Person("Away, off and remote", onSite: false);
        away.Absences.Add(new Absence { InterpreterId = away.Id, FirstDay = Monday, LastDay = Monday });
        var off = Person("Off and busy", hours: (DayOfWeek.Monday, At(15), At(17)));
        var busy = Person("Busy and remote", onSite: false);
        var remote = Person("Remote");
        remote.OnSite = false;
        var need = NeedOf(SlotOf(Monday, At(10), 60));
        var matches = Match(need, [remote, busy, off, away], Booked(busy, Monday, At(10), 30), Booked(off, Monday, At(10), 30));
        matches.Candidates.ShouldBeEmpty();
        matches.NearMisses.Select(m => (m.Interpreter.Name, m.Reason)).ShouldBe(
            [("Away, off and remote", MissReason.Absent), ("Off and busy", MissReason.OutsideHours), ("Busy and remote", MissReason.Busy), ("Remote", MissReason.OtherMode)]);
    }

    [Fact]
    public void WeekOf_IsTheMondayBefore_OrTheDayItself()
    {
        InterpreterMatching.WeekOf(Monday).ShouldBe(Monday);
        InterpreterMatching.WeekOf(Monday.AddDays(6)).ShouldBe(Monday);
        InterpreterMatching.WeekOf(Monday.AddDays(-1)).ShouldBe(Monday.AddDays(-7));
    }
}
