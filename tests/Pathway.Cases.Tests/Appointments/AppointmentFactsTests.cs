using Pathway.Cases.Appointments;
using Pathway.Platform.Casework;

namespace Pathway.Cases.Tests.Appointments;

/// <summary>A booking as statistics see it: the office's days and hour, its moves, once per save, and no case number.</summary>
public class AppointmentFactsTests
{
    // 22:30 UTC on 30 March 2026 is 00:30 on the 31st in Warsaw (summer time since the 29th).
    private static readonly DateTime Now = new(2026, 3, 30, 22, 30, 0, DateTimeKind.Utc);
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
    private static readonly Guid Office = Guid.NewGuid();
    private readonly AppointmentRules rules = new(new AppointmentOptions());

    private static Slot SlotAt(DateTime start) => AppointmentRulesTests.SlotAt(start);

    private Booking Booked(Slot slot) =>
        rules.Book(slot, false, null, 0, "WSC-II-S.6151.77.2026", BookingChannel.Officer, "uk", Office, Now).Booking!;

    [Fact]
    public void Facts_OfANewBooking_AreOnTheOfficesClock_WithTheLeadDaysAndNoCaseNumber()
    {
        var slot = SlotAt(new DateTime(2026, 4, 7, 7, 15, 0, DateTimeKind.Utc));
        var booking = Booked(slot);

        booking.Told(slot, Warsaw);

        var facts = booking.DomainEvents.OfType<AppointmentFacts>().Single();
        facts.ShouldBe(new AppointmentFacts(booking.Id, booking.TenantId, Office, 1, "Fingerprints", "Officer", "Active",
            new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 7), 9, 0, 7));
        System.Text.Json.JsonSerializer.Serialize(facts).ShouldNotContain("6151");
    }

    [Fact]
    public void Told_TwiceBeforeASave_TellsTheLastStateOnce_AndTheVersionRisesOnce()
    {
        var (first, second) = (SlotAt(Now.AddDays(2)), SlotAt(Now.AddDays(5)));
        var booking = Booked(first);
        booking.Told(first, Warsaw);
        booking.ClearDomainEvents();

        rules.Reschedule(booking, first, second, false, Now).Booking.ShouldNotBeNull();
        booking.Told(second, Warsaw);
        booking.Told(second, Warsaw);

        var facts = booking.DomainEvents.OfType<AppointmentFacts>().Single();
        (facts.Version, facts.Moves, facts.SlotOn).ShouldBe((2, 1, DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(second.StartsAt, Warsaw))));
    }

    [Fact]
    public void Facts_OfACancelledBooking_CountOnlyItsMoves_AndOfAClosedOneItsOutcome()
    {
        var (first, second) = (SlotAt(Now.AddDays(2)), SlotAt(Now.AddDays(3)));
        var cancelled = Booked(first);
        rules.Reschedule(cancelled, first, second, false, Now);
        rules.Cancel(cancelled, second, Now);
        var missed = Booked(SlotAt(Now.AddHours(1)));
        rules.Close(missed, SlotAt(Now.AddHours(-1)), BookingStatus.NoShow, Now);

        (cancelled.Sequence, cancelled.Facts(second, Warsaw).Moves, cancelled.Facts(second, Warsaw).Status).ShouldBe((2, 1, "Cancelled"));
        (missed.Facts(SlotAt(Now.AddHours(-1)), Warsaw).Status, missed.Facts(SlotAt(Now.AddHours(-1)), Warsaw).Moves).ShouldBe(("NoShow", 0));
    }
}
