using Pathway.Cases.Appointments;

namespace Pathway.Cases.Tests.Appointments;

public class BookingWindowTests
{
    private static readonly DateTime Opens = new(2026, 12, 2, 8, 0, 0, DateTimeKind.Utc);
    private static readonly Guid[] Slots = [.. Enumerable.Range(0, 3).Select(_ => Guid.NewGuid())];

    /// <summary>A repeatable generator for tests; the office uses the cryptographic one.</summary>
    private sealed class SeededRandom(int seed) : IRandomSource
    {
        private readonly Random random = new(seed);

        public int Next(int maxExclusive) => random.Next(maxExclusive);
    }

    private static List<SlotRequest> Requests() =>
    [
        new("A/1", [Slots[0], Slots[1]]),
        new("A/2", [Slots[0]]),
        new("A/3", [Slots[0], Slots[2]]),
        new("A/4", [Slots[1], Slots[0]]),
        new("A/5", [Slots[2]]),
    ];

    private static Dictionary<string, Guid?> Outcome(IEnumerable<SlotAllocation> allocations) =>
        allocations.ToDictionary(a => a.Request.CaseNumber, a => a.SlotId, StringComparer.Ordinal);

    [Fact]
    public void Serve_TheOrderOfArrival_DoesNotChangeTheOutcome()
    {
        var requests = Requests();
        for (var seed = 0; seed < 50; seed++)
        {
            var expected = Outcome(BookingWindow.Serve(requests, Slots, new SeededRandom(seed)));
            var reversed = Outcome(BookingWindow.Serve([.. Enumerable.Reverse(requests)], Slots, new SeededRandom(seed)));
            var shuffled = Outcome(BookingWindow.Serve([.. requests.OrderBy(r => r.CaseNumber.GetHashCode(StringComparison.Ordinal))], Slots, new SeededRandom(seed)));

            reversed.ShouldBe(expected);
            shuffled.ShouldBe(expected);
        }
    }

    [Fact]
    public void Serve_NoSlotGoesTwice_AndEachGetsItsBestStillFreePreference()
    {
        var allocations = BookingWindow.Serve(Requests(), Slots, new SeededRandom(7));

        var given = allocations.Where(a => a.SlotId is not null).Select(a => a.SlotId!.Value).ToList();
        given.Distinct().Count().ShouldBe(given.Count);
        var taken = new HashSet<Guid>();
        foreach (var allocation in allocations)
        {
            // Served in this order: the slot given is the first preference nobody earlier took.
            var best = allocation.Request.Preferences.Cast<Guid?>().FirstOrDefault(p => !taken.Contains(p!.Value));
            allocation.SlotId.ShouldBe(best);
            if (best is { } slot)
            {
                taken.Add(slot);
            }
        }
    }

    [Fact]
    public void Serve_OverManyDraws_GivesTheFirstArrivalNoAdvantage()
    {
        // Four cases want the one slot; whoever came first should win about a quarter of the draws.
        var one = Guid.NewGuid();
        List<SlotRequest> requests = [new("B/1", [one]), new("B/2", [one]), new("B/3", [one]), new("B/4", [one])];
        var wins = new Dictionary<string, int>(StringComparer.Ordinal);
        const int draws = 4000;
        for (var seed = 0; seed < draws; seed++)
        {
            var winner = BookingWindow.Serve(requests, [one], new SeededRandom(seed)).Single(a => a.SlotId is not null).Request.CaseNumber;
            wins[winner] = wins.GetValueOrDefault(winner) + 1;
        }

        wins.Keys.Count.ShouldBe(4);
        wins.Values.ShouldAllBe(w => w > draws / 4 * 0.85 && w < draws / 4 * 1.15);
    }

    [Fact]
    public void Window_QueuesOnlyWhileOpen_OneRequestPerCase_AndServesOnceWhenClosed()
    {
        var window = new BookingWindow(Opens, Opens.AddMinutes(15));

        window.Enqueue(new("A/1", [Slots[0]]), Opens.AddMinutes(-1)).ShouldBeFalse();
        window.Enqueue(new("A/1", [Slots[0]]), Opens).ShouldBeTrue();
        window.Enqueue(new("A/1", [Slots[1]]), Opens.AddMinutes(1)).ShouldBeFalse();
        window.Enqueue(new("A/2", []), Opens.AddMinutes(1)).ShouldBeFalse();
        window.Enqueue(new("A/2", [Slots[0]]), Opens.AddMinutes(14)).ShouldBeTrue();
        window.Enqueue(new("A/3", [Slots[0]]), Opens.AddMinutes(15)).ShouldBeFalse();
        Should.Throw<InvalidOperationException>(() => window.Close(Opens.AddMinutes(10), Slots, new SeededRandom(1)));

        var allocations = window.Close(Opens.AddMinutes(15), Slots, new SeededRandom(1));

        allocations.Count.ShouldBe(2);
        allocations.Count(a => a.SlotId == Slots[0]).ShouldBe(1);
        allocations.Count(a => a.SlotId is null).ShouldBe(1);
        Should.Throw<InvalidOperationException>(() => window.Close(Opens.AddMinutes(16), Slots, new SeededRandom(1)));
    }

    [Fact]
    public void CryptoRandomSource_StaysInRange()
    {
        var random = new CryptoRandomSource();

        Enumerable.Range(0, 200).Select(_ => random.Next(3)).ShouldAllBe(n => n >= 0 && n < 3);
    }
}
