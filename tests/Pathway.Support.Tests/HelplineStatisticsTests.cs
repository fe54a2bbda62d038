using Pathway.Support.Helpline;

namespace Pathway.Support.Tests;

public sealed class HelplineStatisticsTests
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    private static readonly CallRule[] Rules =
    [
        new(CallField.DestinationContext, "redirect-", CallCategory.Redirected),
        new(CallField.DestinationContext, "ivr-info", CallCategory.AutomatedHelpline),
        new(CallField.DestinationContext, "from-external", CallCategory.Incoming),
        new(CallField.DestinationContext, "from-operators", CallCategory.OutgoingByOperator),
    ];

    private static CdrRecord Row(string linked, string context, DateTime start, string disposition = "ANSWERED", int billsec = 60, int sequence = 0) =>
        new("", "48221234567", "100", context, "", "PJSIP/trunk-1", "PJSIP/100-2", "Dial", "", start, disposition == "ANSWERED" ? start.AddSeconds(5) : null,
            start.AddSeconds(billsec + 5), billsec + 5, billsec, disposition, "DOCUMENTATION", linked + ".1", null, "", linked, sequence);

    private static QueueLogEvent Left(DateTime utc, string name, int wait) =>
        new(new DateTimeOffset(utc, TimeSpan.Zero), "c", "helpline", "NONE", name, name == "CONNECT" ? [wait.ToString(System.Globalization.CultureInfo.InvariantCulture), "x", "1"] : ["1", "1", wait.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    // The rows as the import keeps them: local times placed on the clock.
    private static IEnumerable<CallRecord> Kept(CdrRecord[] rows)
    {
        var placed = CdrClock.Place(rows, Warsaw);
        return rows.Select((r, i) => CallRecord.Of(new CdrFileLine(i + 1, r, CdrFile.KeyOf(r, i.ToString(System.Globalization.CultureInfo.InvariantCulture))), placed[i], Guid.Empty, Guid.Empty));
    }

    private static QueueEntry Kept(QueueLogEvent e) =>
        new() { Key = "", At = e.At.UtcDateTime, CallId = e.CallId, Queue = e.Queue, Event = e.Event, WaitSeconds = e.WaitSeconds };

    [Fact]
    public void Calls_AreCountedOnce_ByTheirLinkedId_AndTakeTheFirstRuleTheyMatch()
    {
        var monday = new DateTime(2026, 11, 2, 9, 15, 0);
        CdrRecord[] rows =
        [
            // One incoming call rang two phones (a ring group): two rows, one call; one of them answered.
            Row("1762071300.1", "from-external", monday, "NO ANSWER", 0, 1),
            Row("1762071300.1", "from-external", monday, "ANSWERED", 120, 2),
            // An incoming call that was sent on to another unit: redirected, not incoming.
            Row("1762071400.5", "from-external", monday.AddMinutes(3), sequence: 1),
            Row("1762071400.5", "redirect-legal", monday.AddMinutes(4), sequence: 2),
            Row("1762071500.9", "ivr-info", monday.AddHours(1)),
            Row("1762071600.3", "from-operators", monday.AddHours(2)),
            Row("1762071700.4", "from-external", monday.AddHours(3), "NO ANSWER", 0),
            Row("1762071800.2", "internal", monday.AddHours(4)),
            Row("1762999999.1", "from-external", monday.AddDays(30)), // outside the period
        ];

        var figures = HelplineStatistics.Compute(Kept(rows), queue: null, Rules, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), Warsaw);

        (figures.AnsweredIncoming, figures.Redirected, figures.AutomatedHelpline, figures.Outgoing).ShouldBe((1, 1, 1, 1));
        figures.Abandoned.ShouldBeNull("without a queue log nobody can tell");
        figures.AverageWaitSeconds.ShouldBeNull();
        figures.AnsweredWithin20sShare.ShouldBeNull();
        figures.IncomingByWeekdayAndHour[0, 9].ShouldBe(1); // Monday, 9 o'clock
    }

    [Fact]
    public void Waiting_ComesFromTheQueueLog_EveryCallerWhoLeftTheQueueCounted()
    {
        var noon = new DateTime(2026, 11, 2, 11, 0, 0, DateTimeKind.Utc);
        QueueLogEvent[] queue =
        [
            Left(noon, "CONNECT", 12),
            Left(noon.AddMinutes(1), "CONNECT", 35),
            Left(noon.AddMinutes(2), "ABANDON", 40),
            Left(noon.AddMinutes(3), "EXITWITHTIMEOUT", 300),
            new(new DateTimeOffset(noon, TimeSpan.Zero), "c", "helpline", "NONE", "ENTERQUEUE", ["", "48221234567", "1"]),
            Left(noon.AddDays(40), "ABANDON", 5), // outside the period
        ];

        var figures = HelplineStatistics.Compute([], queue.Select(Kept), Rules, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), Warsaw);

        figures.Abandoned.ShouldBe(2);
        figures.AverageWaitSeconds.ShouldBe((12 + 35 + 40 + 300) / 4.0);
        figures.AnsweredWithin20sShare.ShouldBe(0.25);
    }
}
