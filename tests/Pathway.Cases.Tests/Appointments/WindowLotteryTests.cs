using Pathway.Cases.Appointments;

namespace Pathway.Cases.Tests.Appointments;

public class WindowLotteryTests
{
    private static readonly DateTime Now = new(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Organisation = Guid.NewGuid();
    private readonly AppointmentRules rules = new(new AppointmentOptions());

    private static Dictionary<Guid, Slot> Free(int count) =>
        Enumerable.Range(0, count).Select(i => AppointmentRulesTests.SlotAt(Now.AddDays(7).AddMinutes(20 * i))).ToDictionary(s => s.Id);

    private static LotteryEntry Entry(string caseNumber, IEnumerable<Guid> preferences, bool booked = false, int noShows = 0) =>
        new(caseNumber, [.. preferences], "uk", Organisation, booked, noShows);

    [Fact]
    public void Allocate_ReplayedFromTheStoredSeed_GivesTheSameOrderAndTheSameSlots()
    {
        var free = Free(3);
        var wanted = free.Keys.ToList();
        List<LotteryEntry> entries = [.. Enumerable.Range(1, 8).Select(i => Entry("A/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), wanted))];
        var random = SeededRandomSource.Fresh();

        var drawn = WindowLottery.Allocate(entries, free, random, rules, Now);
        var replayed = WindowLottery.Allocate([.. Enumerable.Reverse(entries)], free, SeededRandomSource.FromHex(random.SeedHex), rules, Now);

        random.SeedHex.Length.ShouldBe(64);
        replayed.Select(r => r.Entry.CaseNumber).ShouldBe(drawn.Select(r => r.Entry.CaseNumber));
        replayed.Select(r => r.Booking?.SlotId).ShouldBe(drawn.Select(r => r.Booking?.SlotId));
        drawn.Select(r => r.Position).ShouldBe([1, 2, 3, 4, 5, 6, 7, 8]);
        // Three slots for eight cases: the first three drawn get them, in their order of preference.
        drawn.Take(3).Select(r => r.Booking!.SlotId).ShouldBe(wanted);
        drawn.Skip(3).ShouldAllBe(r => r.Booking == null && r.Problem == AppointmentProblem.NoPreferenceFree);
        drawn.Take(3).ShouldAllBe(r => r.Booking!.Channel == BookingChannel.Online && r.Booking.Language == "uk" && r.Booking.OrganisationId == Organisation);
    }

    [Fact]
    public void SeededRandomSource_OtherSeeds_DrawOtherOrders()
    {
        List<LotteryEntry> entries = [.. Enumerable.Range(1, 12).Select(i => Entry("A/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), []))];

        var orders = Enumerable.Range(0, 20)
            .Select(_ => string.Join(' ', WindowLottery.Allocate(entries, Free(0), SeededRandomSource.Fresh(), rules, Now).Select(r => r.Entry.CaseNumber)))
            .ToHashSet(StringComparer.Ordinal);

        // 12! orders: twenty fresh seeds giving fewer than 19 different ones would mean the seed is not used.
        orders.Count.ShouldBeGreaterThan(18);
    }

    [Fact]
    public void SeededRandomSource_RefusesASeedOfTheWrongLength()
    {
        Should.Throw<ArgumentException>(() => new SeededRandomSource(new byte[16]));
        Should.Throw<ArgumentOutOfRangeException>(() => SeededRandomSource.Fresh().Next(0));
    }

    [Fact]
    public void Allocate_ACaseWithAnActiveBookingOrTooManyNoShows_GetsNothingAndLeavesTheSlotToOthers()
    {
        var free = Free(1);
        var slot = free.Keys.Single();
        List<LotteryEntry> entries = [Entry("A/booked", [slot], booked: true), Entry("A/missed", [slot], noShows: 2), Entry("A/fine", [slot])];

        for (var round = 0; round < 10; round++)
        {
            var results = WindowLottery.Allocate(entries, free, SeededRandomSource.Fresh(), rules, Now).ToDictionary(r => r.Entry.CaseNumber, StringComparer.Ordinal);

            results["A/booked"].Problem.ShouldBe(AppointmentProblem.CaseAlreadyBooked);
            results["A/missed"].Problem.ShouldBe(AppointmentProblem.OnlineBookingBlocked);
            results["A/fine"].Booking!.SlotId.ShouldBe(slot);
        }
    }

    [Fact]
    public void Allocate_SkipsSlotsTakenOrStartedAndTakesTheNextPreference()
    {
        var free = Free(2);
        var started = AppointmentRulesTests.SlotAt(Now.AddMinutes(-5));
        free[started.Id] = started;
        var later = free.Keys.First(k => k != started.Id);
        var gone = Guid.NewGuid();

        var result = WindowLottery.Allocate([Entry("A/1", [gone, started.Id, later])], free, SeededRandomSource.Fresh(), rules, Now).Single();

        result.Booking!.SlotId.ShouldBe(later);
        result.Problem.ShouldBeNull();
    }
}
