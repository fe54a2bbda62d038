using Pathway.Cases.Appointments;

namespace Pathway.Cases.Tests.Appointments;

public class ReleaseWindowTests
{
    private static readonly DateTime Opens = new(2026, 12, 2, 7, 0, 0, DateTimeKind.Utc);
    private static readonly Office Office = new() { TenantId = Guid.NewGuid(), OrganisationId = Guid.NewGuid(), Code = "waw-1" };

    private static ReleaseWindow Window() =>
        ReleaseWindow.Open(Office, AppointmentService.Fingerprints, Opens, Opens.AddHours(2), Opens.AddDays(7), Opens.AddDays(8), Opens.AddMinutes(-1));

    [Fact]
    public void Window_TakesRequestsOnlyBetweenOpeningAndClosing_AndIsDueAfterwards()
    {
        var window = Window();

        window.IsOpenAt(Opens.AddSeconds(-1)).ShouldBeFalse();
        window.IsOpenAt(Opens).ShouldBeTrue();
        window.IsDueAt(Opens.AddHours(1)).ShouldBeFalse();
        window.IsOpenAt(Opens.AddHours(2)).ShouldBeFalse();
        window.IsDueAt(Opens.AddHours(2)).ShouldBeTrue();
        window.Status.ShouldBe(ReleaseWindowStatus.Open);
    }

    [Fact]
    public void Close_RecordsTheDraw_IsFinal_AndClosingEarlyEndsTheWindowThen()
    {
        var window = Window();
        var early = Opens.AddMinutes(30);

        window.Close(early, new string('A', 64), ["A/2", "A/1"], 1);

        window.Status.ShouldBe(ReleaseWindowStatus.Closed);
        window.ClosesAt.ShouldBe(early);
        window.ClosedAt.ShouldBe(early);
        window.IsOpenAt(early.AddMinutes(1)).ShouldBeFalse();
        window.IsDueAt(early.AddHours(5)).ShouldBeFalse();
        window.Order.ShouldBe(["A/2", "A/1"]);
        (window.Requests, window.Allocated, window.Version).ShouldBe((2, 1, 1));
        Should.Throw<InvalidOperationException>(() => window.Close(early.AddHours(3), new string('B', 64), [], 0));
    }

    [Fact]
    public void Window_CoversOnlyItsOfficesSlotsOfItsServiceInItsRange()
    {
        var window = Window();
        Slot Slot(DateTime start, AppointmentService service = AppointmentService.Fingerprints, Guid? office = null) =>
            new() { OfficeId = office ?? Office.Id, Service = service, StartsAt = start, Minutes = 20 };

        window.Covers(Slot(Opens.AddDays(7))).ShouldBeTrue();
        window.Covers(Slot(Opens.AddDays(8))).ShouldBeFalse();
        window.Covers(Slot(Opens.AddDays(7).AddHours(1), AppointmentService.Collection)).ShouldBeFalse();
        window.Covers(Slot(Opens.AddDays(7).AddHours(1), office: Guid.NewGuid())).ShouldBeFalse();
    }

    [Fact]
    public void Open_RefusesAWindowThatClosesBeforeItOpens()
    {
        Should.Throw<ArgumentOutOfRangeException>(() =>
            ReleaseWindow.Open(Office, AppointmentService.Collection, Opens, Opens, Opens.AddDays(7), Opens.AddDays(8), Opens));
    }

    [Fact]
    public void Request_KeepsItsRankedSlotsAndDays_AndIsServedOnce()
    {
        var window = Window();
        Guid[] slots = [Guid.NewGuid(), Guid.NewGuid()];
        var request = WindowRequest.Create(window, "A/1", Guid.NewGuid(), Guid.NewGuid(), "uk", slots, [new DateOnly(2026, 12, 9)], Opens.AddMinutes(5));

        request.SlotIds.ShouldBe(slots);
        request.AnyOfDays.ShouldBe([new DateOnly(2026, 12, 9)]);
        request.Status.ShouldBe(WindowRequestStatus.Pending);
        request.Served(3, null, AppointmentProblem.NoPreferenceFree, Opens.AddHours(2));
        (request.Status, request.Position, request.Reason).ShouldBe((WindowRequestStatus.Unserved, (int?)3, "NoPreferenceFree"));
    }
}
