using Pathway.Support.Helpline;

namespace Pathway.Support.Tests;

public sealed class CdrClockTests
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    private static CdrRecord Call(string end, int duration, int billsec, string? uniqueId = null)
    {
        var ends = DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture);
        return new("", "1", "2", "from-external", "", "c", "d", "Dial", "", ends.AddSeconds(-duration), billsec > 0 ? ends.AddSeconds(-billsec) : null, ends,
            duration, billsec, billsec > 0 ? "ANSWERED" : "NO ANSWER", "DOCUMENTATION", uniqueId, null, null, null, null);
    }

    [Fact]
    public void TheRepeatedAutumnHour_IsReadInTheOrderTheFileWasWritten()
    {
        // 25 October 2026: 03:00 summer time becomes 02:00 winter time in Warsaw.
        CdrRecord[] rows =
        [
            Call("2026-10-25 02:40:00", 120, 100), // the first 02:40 (UTC+2): 00:40 UTC
            Call("2026-10-25 02:10:00", 60, 50),   // earlier on the wall, later on the clock: the second 02:10 (UTC+1): 01:10 UTC
            Call("2026-10-25 02:50:00", 30, 0),    // the second 02:50: 01:50 UTC
            Call("2026-10-25 04:00:00", 30, 20),
        ];

        var placed = CdrClock.Place(rows, Warsaw);

        placed.Select(p => p.End.UtcDateTime).ShouldBe(
        [
            new DateTime(2026, 10, 25, 0, 40, 0), new DateTime(2026, 10, 25, 1, 10, 0), new DateTime(2026, 10, 25, 1, 50, 0), new DateTime(2026, 10, 25, 3, 0, 0),
        ]);
        placed[0].Start.UtcDateTime.ShouldBe(new DateTime(2026, 10, 25, 0, 38, 0));
        placed[0].Answer!.Value.UtcDateTime.ShouldBe(new DateTime(2026, 10, 25, 0, 38, 20));
        placed[2].Answer.ShouldBeNull();
    }

    [Fact]
    public void AUniqueIdsEpoch_DecidesTheRepeatedHour_WhateverTheOrder()
    {
        // Created at 01:09 UTC: the second 02:10 in Warsaw, though nothing before it in the file says so.
        var created = new DateTimeOffset(2026, 10, 25, 1, 9, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        var placed = CdrClock.Place([Call("2026-10-25 02:10:00", 60, 50, "pbx1-" + created.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".3")], Warsaw);

        placed[0].End.UtcDateTime.ShouldBe(new DateTime(2026, 10, 25, 1, 10, 0));
    }
}
