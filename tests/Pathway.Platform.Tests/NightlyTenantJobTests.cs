using Pathway.Platform.Tenancy;

namespace Pathway.Platform.Tests;

public sealed class NightlyTenantJobTests
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    [Theory]
    // Before the hour the same night, after it the next; winter is UTC+1.
    [InlineData("2026-12-05T01:00:00Z", "03:30", 1.5)]
    [InlineData("2026-12-05T02:30:00Z", "03:30", 24)]
    [InlineData("2026-12-05T03:00:00Z", "03:30", 23.5)]
    // Summer is UTC+2.
    [InlineData("2026-07-01T00:00:00Z", "03:30", 1.5)]
    public void UntilNext_IsTheWaitToTheNextLocalHour(string now, string at, double hours) =>
        NightlyTenantJob.UntilNext(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), Warsaw, TimeOnly.Parse(at, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(TimeSpan.FromHours(hours));
}
