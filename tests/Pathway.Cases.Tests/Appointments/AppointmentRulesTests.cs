using Pathway.Cases.Appointments;

namespace Pathway.Cases.Tests.Appointments;

public class AppointmentRulesTests
{
    private static readonly DateTime Now = new(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Tenant = Guid.NewGuid();
    private readonly AppointmentRules rules = new(new AppointmentOptions());

    internal static Slot SlotAt(DateTime start, AppointmentService service = AppointmentService.Fingerprints) =>
        new() { TenantId = Tenant, OfficeId = Guid.NewGuid(), CounterId = Guid.NewGuid(), Service = service, StartsAt = start, Minutes = 15 };

    private Booking Booked(Slot slot, BookingChannel channel = BookingChannel.Online) =>
        rules.Book(slot, false, null, 0, "WSC-II-S.6151.1.2026", channel, "uk", Guid.NewGuid(), Now).Booking!;

    [Fact]
    public void Book_AFreeFutureSlot_IsActiveWithSequenceZeroAndAUid()
    {
        var slot = SlotAt(Now.AddDays(1));

        var booking = Booked(slot);

        booking.Status.ShouldBe(BookingStatus.Active);
        booking.Sequence.ShouldBe(0);
        booking.SlotId.ShouldBe(slot.Id);
        booking.Uid.ShouldEndWith("@appointments.pathway");
        booking.CreatedAt.ShouldBe(Now);
    }

    [Fact]
    public void Book_WhenTheCaseHasAnActiveBooking_IsRefused()
    {
        var first = Booked(SlotAt(Now.AddDays(1)));

        var second = rules.Book(SlotAt(Now.AddDays(2)), false, first, 0, first.CaseNumber, BookingChannel.Officer, "en", Guid.NewGuid(), Now);

        second.Problem.ShouldBe(AppointmentProblem.CaseAlreadyBooked);
    }

    [Fact]
    public void Book_ATakenOrPastSlot_IsRefused()
    {
        rules.Book(SlotAt(Now.AddDays(1)), true, null, 0, "A/1", BookingChannel.Officer, "en", Guid.NewGuid(), Now).Problem.ShouldBe(AppointmentProblem.SlotTaken);
        rules.Book(SlotAt(Now), false, null, 0, "A/1", BookingChannel.Officer, "en", Guid.NewGuid(), Now).Problem.ShouldBe(AppointmentProblem.SlotInThePast);
    }

    [Fact]
    public void Book_AfterTwoNoShows_IsRefusedOnlineButAnOfficerMayBook()
    {
        var slot = SlotAt(Now.AddDays(1));

        rules.Book(slot, false, null, 2, "A/1", BookingChannel.Online, "en", Guid.NewGuid(), Now).Problem.ShouldBe(AppointmentProblem.OnlineBookingBlocked);
        rules.Book(slot, false, null, 1, "A/1", BookingChannel.Online, "en", Guid.NewGuid(), Now).Problem.ShouldBeNull();
        rules.Book(slot, false, null, 2, "A/1", BookingChannel.Officer, "en", Guid.NewGuid(), Now).Problem.ShouldBeNull();
    }

    [Fact]
    public void Book_WithTheNoShowRuleTurnedOff_IsNeverBlocked()
    {
        var open = new AppointmentRules(new AppointmentOptions { NoShowLimit = 0 });

        open.Book(SlotAt(Now.AddDays(1)), false, null, 9, "A/1", BookingChannel.Online, "en", Guid.NewGuid(), Now).Problem.ShouldBeNull();
    }

    [Fact]
    public void NoShowsCountFrom_IsTheConfiguredNumberOfDaysBack() =>
        rules.NoShowsCountFrom(Now).ShouldBe(Now.AddDays(-90));

    [Fact]
    public void Reschedule_KeepsTheUidAndRaisesTheSequence()
    {
        var current = SlotAt(Now.AddDays(1));
        var booking = Booked(current);
        var uid = booking.Uid;
        var target = SlotAt(Now.AddDays(3));

        var moved = rules.Reschedule(booking, current, target, false, Now.AddHours(1));

        moved.Problem.ShouldBeNull();
        booking.SlotId.ShouldBe(target.Id);
        booking.Uid.ShouldBe(uid);
        booking.Sequence.ShouldBe(1);
        booking.ChangedAt.ShouldBe(Now.AddHours(1));
        rules.Reschedule(booking, target, SlotAt(Now.AddDays(4)), false, Now.AddHours(2)).Booking!.Sequence.ShouldBe(2);
    }

    [Fact]
    public void Reschedule_ToATakenSlotOrAnotherServiceOrTheSameSlot_IsRefusedAndChangesNothing()
    {
        var current = SlotAt(Now.AddDays(1));
        var booking = Booked(current);

        rules.Reschedule(booking, current, SlotAt(Now.AddDays(2)), true, Now).Problem.ShouldBe(AppointmentProblem.SlotTaken);
        rules.Reschedule(booking, current, SlotAt(Now.AddDays(2), AppointmentService.Collection), false, Now).Problem.ShouldBe(AppointmentProblem.OtherService);
        rules.Reschedule(booking, current, current, false, Now).Problem.ShouldBe(AppointmentProblem.SlotTaken);
        booking.SlotId.ShouldBe(current.Id);
        booking.Sequence.ShouldBe(0);
    }

    [Fact]
    public void Cancel_BeforeTheStart_CancelsAndRaisesTheSequence_ButOnlyOnce()
    {
        var slot = SlotAt(Now.AddDays(1));
        var booking = Booked(slot);

        rules.Cancel(booking, slot, Now).Problem.ShouldBeNull();

        booking.Status.ShouldBe(BookingStatus.Cancelled);
        booking.Sequence.ShouldBe(1);
        rules.Cancel(booking, slot, Now).Problem.ShouldBe(AppointmentProblem.BookingNotActive);
        rules.Reschedule(booking, slot, SlotAt(Now.AddDays(2)), false, Now).Problem.ShouldBe(AppointmentProblem.BookingNotActive);
    }

    [Fact]
    public void NoShowOrAttended_OnlyAfterTheSlotStarts()
    {
        var slot = SlotAt(Now.AddHours(1));
        var booking = Booked(slot, BookingChannel.Officer);

        rules.Close(booking, slot, BookingStatus.NoShow, Now).Problem.ShouldBe(AppointmentProblem.SlotNotStarted);
        booking.Status.ShouldBe(BookingStatus.Active);
        rules.Cancel(booking, slot, Now.AddHours(1)).Problem.ShouldBe(AppointmentProblem.SlotInThePast);

        rules.Close(booking, slot, BookingStatus.NoShow, Now.AddHours(1)).Problem.ShouldBeNull();

        booking.Status.ShouldBe(BookingStatus.NoShow);
        rules.Close(booking, slot, BookingStatus.Attended, Now.AddHours(2)).Problem.ShouldBe(AppointmentProblem.BookingNotActive);
    }

    [Theory]
    [InlineData(-1, 90, "NoShowLimit")]
    [InlineData(2, 0, "NoShowDays")]
    [InlineData(2, 3661, "NoShowDays")]
    public void Options_OutOfRange_AreRefusedNamingTheSetting(int limit, int days, string setting)
    {
        var result = new AppointmentOptions.Validator().Validate(null, new AppointmentOptions { NoShowLimit = limit, NoShowDays = days });

        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldContain($"Appointments:{setting}");
    }

    [Fact]
    public void Options_ByDefault_AreValid() =>
        new AppointmentOptions.Validator().Validate(null, new AppointmentOptions()).Succeeded.ShouldBeTrue();
}
