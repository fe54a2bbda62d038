using Pathway.Portal.Wallet;

namespace Pathway.Portal.Tests;

public class ExpiryRemindersTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);

    [Theory]
    [InlineData(31, null, null)] // more than a month ahead: nothing yet
    [InlineData(30, null, 30)] // a month before
    [InlineData(20, 30, null)] // reminded a month before: nothing until the week before
    [InlineData(7, 30, 7)]
    [InlineData(5, null, 7)] // kept late: one reminder, the latest due, not the month's too
    [InlineData(1, 7, null)]
    [InlineData(0, 7, 0)] // the day it ends
    [InlineData(-40, null, 0)] // kept after it ended: told once that it has ended
    [InlineData(-1, 0, null)] // told on the day: never again
    public void Due_RemindsAMonthAWeekAndOnTheDay_OncePerThreshold(int daysLeft, int? remindedAt, int? due) =>
        ExpiryReminders.Due(Today.AddDays(daysLeft), remindedAt, Today).ShouldBe(due);

    [Fact]
    public void Due_ADocumentWithoutAnEnd_IsNeverDue() => ExpiryReminders.Due(null, null, Today).ShouldBeNull();
}
