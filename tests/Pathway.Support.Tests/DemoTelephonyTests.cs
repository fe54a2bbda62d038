using Pathway.Support.Helpline;

namespace Pathway.Support.Tests;

public sealed class DemoTelephonyTests
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    [Fact]
    public void Files_AreWhatAsteriskWrites_AndTheDefaultRulesReadEveryKindOfCall()
    {
        // The last week of October 2025, across the night the clocks went back.
        var files = DemoTelephony.Generate(new DateOnly(2025, 10, 20), 14, 60, Warsaw, 11);

        var cdr = CdrFile.Read(files.Cdr);
        var queue = QueueLogFile.Read(files.QueueLog);
        cdr.Problems.ShouldBeEmpty();
        queue.BadLines.ShouldBeEmpty();
        cdr.Lines.Select(l => l.Key).ShouldBeUnique();
        var placed = CdrClock.Place([.. cdr.Lines.Select(l => l.Record)], Warsaw);
        var rows = cdr.Lines.Select((l, i) => CallRecord.Of(l, placed[i], Guid.Empty, Guid.Empty)).ToList();
        rows.Count.ShouldBeGreaterThan(rows.Select(r => r.CallKey).Distinct().Count(), "ring groups and redirections write two rows for one call");
        var events = queue.Events.Select(e => new QueueEntry { Key = e.Key, At = e.Event.At.UtcDateTime, CallId = e.Event.CallId, Queue = e.Event.Queue, Event = e.Event.Event, WaitSeconds = e.Event.WaitSeconds });

        var figures = HelplineStatistics.Compute(rows, events, DefaultCallRules.Rules, new DateOnly(2025, 10, 20), new DateOnly(2025, 11, 2), Warsaw);

        figures.AnsweredIncoming.ShouldBeGreaterThan(0);
        figures.Outgoing.ShouldBeGreaterThan(0);
        figures.AutomatedHelpline.ShouldBeGreaterThan(0);
        figures.Redirected.ShouldBeGreaterThan(0);
        figures.Abandoned!.Value.ShouldBeGreaterThan(0);
        figures.AnsweredWithin20sShare!.Value.ShouldBeInRange(0.2, 0.9);
        var heat = figures.IncomingByWeekdayAndHour;
        heat[0, 10].ShouldBeGreaterThan(heat[0, 17], "mornings are busier");
        heat[0, 3].ShouldBe(0, "the helpline is closed at night");
        DemoTelephony.Generate(new DateOnly(2025, 10, 20), 14, 60, Warsaw, 11).Cdr.ShouldBe(files.Cdr, "the same seed gives the same files");
    }
}
