using Pathway.Cases.Appointments;
using Pathway.Cases.WalkIn;

namespace Pathway.Cases.Tests.WalkIn;

public class QueueRulesTests
{
    private static readonly DateTime Opening = new(2026, 12, 2, 7, 0, 0, DateTimeKind.Utc);
    private static readonly Guid OfficeId = Guid.NewGuid();
    private static readonly DateOnly Day = new(2026, 12, 2);

    internal static Ticket Issued(AppointmentService service, int number, int minute) =>
        new() { OfficeId = OfficeId, Service = service, Day = Day, Number = number, IssuedAt = Opening.AddMinutes(minute) };

    private static Counter Serving(AppointmentService services) => new() { OfficeId = OfficeId, Name = "3", Services = services };

    [Theory]
    [InlineData(AppointmentService.Information, 1, "A001")]
    [InlineData(AppointmentService.Submission, 12, "B012")]
    [InlineData(AppointmentService.Fingerprints, 7, "C007")]
    [InlineData(AppointmentService.Collection, 1234, "D1234")]
    public void Code_IsTheServiceLetterAndAThreeDigitNumber(AppointmentService service, int number, string code) =>
        Issued(service, number, 0).Code.ShouldBe(code);

    [Fact]
    public void NextNumber_StartsAtOneAndFollowsTheHighest()
    {
        QueueRules.NextNumber(null).ShouldBe(1);
        QueueRules.NextNumber(41).ShouldBe(42);
    }

    [Fact]
    public void Next_TakesTheLongestWaitingTicketAcrossTheCountersServices()
    {
        // Information has the longer queue, but the one fingerprint visitor has waited longest.
        Ticket[] waiting =
        [
            Issued(AppointmentService.Information, 1, 5), Issued(AppointmentService.Information, 2, 6), Issued(AppointmentService.Information, 3, 7),
            Issued(AppointmentService.Fingerprints, 1, 2), Issued(AppointmentService.Collection, 1, 0),
        ];
        var counter = Serving(AppointmentService.Information | AppointmentService.Fingerprints);

        var order = new List<string>();
        var queue = waiting.ToList();
        while (QueueRules.Next(queue, counter) is { } next)
        {
            order.Add(next.Code);
            next.Call(Guid.NewGuid(), Opening.AddMinutes(10)).ShouldBeTrue();
        }

        // Collection waited longest of all, but this counter does not serve it.
        order.ShouldBe(["C001", "A001", "A002", "A003"]);
    }

    [Fact]
    public void Next_WithEqualWaits_GoesByServiceLetterThenNumber()
    {
        Ticket[] waiting = [Issued(AppointmentService.Submission, 1, 3), Issued(AppointmentService.Information, 4, 3)];

        QueueRules.Next(waiting, Serving(AppointmentService.Information | AppointmentService.Submission))!.Code.ShouldBe("A004");
    }

    [Fact]
    public void Next_LimitedToOneService_IgnoresTheOthers()
    {
        Ticket[] waiting = [Issued(AppointmentService.Submission, 1, 0), Issued(AppointmentService.Information, 1, 3)];

        QueueRules.Next(waiting, Serving(AppointmentService.Information | AppointmentService.Submission), AppointmentService.Information)!.Code.ShouldBe("A001");
    }

    [Fact]
    public void Next_WithNobodyWaitingForTheCounter_IsNone()
    {
        var other = Issued(AppointmentService.Collection, 1, 0);
        var called = Issued(AppointmentService.Information, 1, 0);
        called.Call(Guid.NewGuid(), Opening).ShouldBeTrue();

        QueueRules.Next([other, called], Serving(AppointmentService.Information)).ShouldBeNull();
    }
}
