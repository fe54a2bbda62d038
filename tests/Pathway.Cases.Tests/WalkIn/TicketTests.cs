using Pathway.Cases.Appointments;
using Pathway.Cases.WalkIn;

namespace Pathway.Cases.Tests.WalkIn;

public class TicketTests
{
    private static readonly DateTime Issue = new(2026, 12, 2, 8, 0, 0, DateTimeKind.Utc);
    private static readonly Guid CounterId = Guid.NewGuid();

    private static Ticket Called()
    {
        var ticket = QueueRulesTests.Issued(AppointmentService.Information, 1, 0);
        ticket.Call(CounterId, ticket.IssuedAt.AddMinutes(12)).ShouldBeTrue();
        return ticket;
    }

    [Fact]
    public void Ticket_CalledStartedServed_KeepsEachMoment()
    {
        var ticket = Called();
        var called = ticket.CalledAt!.Value;

        ticket.Start(called.AddMinutes(1)).ShouldBeTrue();
        ticket.Serve(called.AddMinutes(9)).ShouldBeTrue();

        ticket.Status.ShouldBe(TicketStatus.Served);
        ticket.CounterId.ShouldBe(CounterId);
        ticket.WaitingTime.ShouldBe(TimeSpan.FromMinutes(12));
        ticket.ServiceTime.ShouldBe(TimeSpan.FromMinutes(8));
    }

    [Fact]
    public void Serve_StraightFromTheCall_CountsTheServiceFromTheCall()
    {
        var ticket = Called();

        ticket.Serve(ticket.CalledAt!.Value.AddMinutes(4)).ShouldBeTrue();

        ticket.ServiceTime.ShouldBe(TimeSpan.FromMinutes(4));
    }

    [Fact]
    public void Recall_ShowsTheNumberAgainAndCountsIt()
    {
        var ticket = Called();

        ticket.Recall(Issue.AddMinutes(20)).ShouldBeTrue();

        ticket.Recalls.ShouldBe(1);
        ticket.AnnouncedAt.ShouldBe(Issue.AddMinutes(20));
        ticket.CalledAt.ShouldBe(ticket.IssuedAt.AddMinutes(12));
    }

    [Fact]
    public void Actions_OutOfTurn_AreRefusedAndChangeNothing()
    {
        var waiting = QueueRulesTests.Issued(AppointmentService.Information, 1, 0);
        var served = Called();
        served.Serve(Issue.AddMinutes(30)).ShouldBeTrue();
        var serving = Called();
        serving.Start(Issue.AddMinutes(13)).ShouldBeTrue();

        waiting.Serve(Issue).ShouldBeFalse();
        waiting.MarkNoShow(Issue).ShouldBeFalse();
        waiting.Recall(Issue).ShouldBeFalse();
        served.Call(CounterId, Issue).ShouldBeFalse();
        served.MarkNoShow(Issue).ShouldBeFalse();
        serving.MarkNoShow(Issue).ShouldBeFalse();
        serving.Recall(Issue).ShouldBeFalse();
        waiting.Status.ShouldBe(TicketStatus.Waiting);
        served.Status.ShouldBe(TicketStatus.Served);
        serving.Status.ShouldBe(TicketStatus.Serving);
    }

    [Fact]
    public void TransferTo_ClosesTheTicketAndIssuesOneWaitingInTheOtherService()
    {
        var ticket = Called();
        var now = Issue.AddMinutes(15);

        var next = ticket.TransferTo(AppointmentService.Submission, 5, ticket.Day, now);

        ticket.Status.ShouldBe(TicketStatus.Transferred);
        ticket.EndedAt.ShouldBe(now);
        next!.Code.ShouldBe("B005");
        next.Status.ShouldBe(TicketStatus.Waiting);
        next.IssuedAt.ShouldBe(now);
        next.TransferredFromId.ShouldBe(ticket.Id);
        Called().TransferTo(AppointmentService.Information, 2, ticket.Day, now).ShouldBeNull();
        QueueRulesTests.Issued(AppointmentService.Information, 1, 0).TransferTo(AppointmentService.Submission, 1, ticket.Day, now).ShouldBeNull();
    }
}
