using Pathway.Platform.Support;
using Pathway.Support.Helpline;

namespace Pathway.Support.Tests;

public sealed class HelplineCallsTests
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
    private static readonly Guid Tenant = Guid.Parse("5f0c2f0e-8d0e-4a51-9a39-0d4f3c1b2a77");
    private static readonly DateOnly First = new(2026, 3, 2);

    // Two weeks of demo telephony read as the import keeps it.
    private static (List<CallRecord> Rows, List<QueueEntry> Queue) Kept()
    {
        var files = DemoTelephony.Generate(First, 14, 40, Warsaw, 7);
        var cdr = CdrFile.Read(files.Cdr);
        var placed = CdrClock.Place([.. cdr.Lines.Select(l => l.Record)], Warsaw);
        var rows = cdr.Lines.Select((line, i) => CallRecord.Of(line, placed[i], Tenant, Guid.Empty)).ToList();
        var queue = QueueLogFile.Read(files.QueueLog).Events.Select(e => new QueueEntry
        {
            TenantId = Tenant, Key = e.Key, At = e.Event.At.UtcDateTime, CallId = e.Event.CallId, Queue = e.Event.Queue, Event = e.Event.Event, WaitSeconds = e.Event.WaitSeconds,
        }).ToList();
        return (rows, queue);
    }

    [Fact]
    public void Facts_AreOnePerCall_AndCountAnsweredAndAbandonedCallsAsTheHelplinesOwnFigures()
    {
        var (rows, queue) = Kept();

        var facts = HelplineCalls.Facts(Tenant, rows, queue, DefaultCallRules.Rules, Warsaw);
        var figures = HelplineStatistics.Compute(rows, queue, DefaultCallRules.Rules, First, First.AddDays(13), Warsaw);

        facts.Count.ShouldBe(rows.Select(r => r.CallKey).Distinct().Count());
        facts.Select(f => f.CallId).Distinct().Count().ShouldBe(facts.Count);
        facts.Count(f => f.Category == nameof(CallCategory.Incoming) && f.Answered).ShouldBe(figures.AnsweredIncoming);
        facts.Count(f => f.Abandoned).ShouldBe(figures.Abandoned!.Value);
        facts.Count(f => f.Category == nameof(CallCategory.Redirected)).ShouldBe(figures.Redirected);
        facts.Count(f => f.Category == nameof(CallCategory.OutgoingByOperator)).ShouldBe(figures.Outgoing);
        facts.ShouldAllBe(f => f.Source == HelplineCallFacts.Telephony && !f.Removed && f.Topic == null);
        facts.Where(f => f.Abandoned).ShouldAllBe(f => !f.Answered && f.WaitSeconds != null && f.Queue == "helpline");
        // The office's day and hour, not UTC's: the demo's calls come from 8 to 18 on Warsaw's clock.
        facts.ShouldAllBe(f => f.Hour >= 8 && f.Hour < 18 && f.On >= First && f.On <= First.AddDays(13));
    }

    [Fact]
    public void ACall_KeepsItsId_WhicheverImportBringsItsRows_AndTheVersionRisesWithWhatIsKnownOfIt()
    {
        var (rows, queue) = Kept();
        var call = rows.GroupBy(r => r.CallKey).First(g => g.Count() == 2).ToList();
        var events = queue.Where(e => e.CallId == HelplineCalls.OfRow(call[0].CallKey)).ToList();

        var firstRow = HelplineCalls.Facts(Tenant, [call[0]], [], DefaultCallRules.Rules, Warsaw).Single();
        var whole = HelplineCalls.Facts(Tenant, call, events, DefaultCallRules.Rules, Warsaw).Single();

        whole.CallId.ShouldBe(firstRow.CallId);
        whole.CallId.ShouldBe(HelplineCalls.IdOf(Tenant, HelplineCalls.OfRow(call[0].CallKey)));
        whole.Version.ShouldBe(2 + events.Count(e => HelplineCalls.CallerEvents.Contains(e.Event)));
        whole.Version.ShouldBeGreaterThan(firstRow.Version);
        HelplineCalls.IdOf(Guid.NewGuid(), HelplineCalls.OfRow(call[0].CallKey)).ShouldNotBe(whole.CallId, "another office's call of the same id is another call");
    }

    [Fact]
    public void ACallOnlyTheQueueSaw_IsAnIncomingCall_AndALoggedCallNamesNoOperator()
    {
        var waited = new QueueEntry { TenantId = Tenant, Key = "k", At = new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc), CallId = "1772442000.1", Queue = "helpline", Event = "ABANDON", WaitSeconds = 40 };
        var facts = HelplineCalls.Facts(Tenant, [], [waited], DefaultCallRules.Rules, Warsaw).Single();
        (facts.Category, facts.Abandoned, facts.Answered, facts.WaitSeconds, facts.TalkSeconds, facts.Hour).ShouldBe(("Incoming", true, false, (int?)40, (int?)null, 10));

        var logged = new LoggedCall
        {
            TenantId = Tenant, At = new DateTime(2026, 3, 2, 23, 30, 0, DateTimeKind.Utc), Direction = CallDirection.Outgoing, Topic = CallTopic.Housing,
            Language = "uk", Minutes = 12, Operator = "Olena Operator", LoggedAt = DateTime.UtcNow,
        }.Facts(Warsaw);
        (logged.Source, logged.Category, logged.On, logged.Hour, logged.TalkSeconds, logged.Topic, logged.Language)
            .ShouldBe((HelplineCallFacts.Logged, "OutgoingByOperator", new DateOnly(2026, 3, 3), 0, (int?)720, "Housing", "uk"));
        System.Text.Json.JsonSerializer.Serialize(logged).ShouldNotContain("Olena");
    }
}
