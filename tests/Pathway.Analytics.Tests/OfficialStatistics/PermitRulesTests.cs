using Pathway.Analytics.OfficialStatistics;
using static Pathway.Analytics.Tests.OfficialStatistics.Permits;

namespace Pathway.Analytics.Tests.OfficialStatistics;

public sealed class PermitRulesTests
{
    [Fact]
    public void Classify_FirstPermitEver_IsFirst()
    {
        var permit = Last(Permit("2024-03-01", "2025-02-28"));

        permit.Standing.ShouldBe(PermitStanding.First);
        permit.Band.ShouldBe(ValidityBand.Months12OrMore);
    }

    [Fact]
    public void Classify_RenewalForTheSameReasonWithinSixMonths_IsNotFirst()
    {
        var permit = Last(Permit("2023-01-01", "2023-12-31"), Permit("2024-01-01", "2024-12-31"));

        permit.Standing.ShouldBe(PermitStanding.Renewal);
    }

    [Fact]
    public void Classify_GapOfExactlySixMonths_IsFirst()
    {
        // No permit from 1 January to 30 June: six whole months.
        Last(Permit("2023-01-01", "2023-12-31"), Permit("2024-07-01", "2025-06-30")).Standing.ShouldBe(PermitStanding.First);
    }

    [Fact]
    public void Classify_GapOneDayShortOfSixMonths_IsRenewal()
    {
        // No permit from 1 January to 29 June: five months and 29 days.
        Last(Permit("2023-01-01", "2023-12-31"), Permit("2024-06-30", "2025-06-29")).Standing.ShouldBe(PermitStanding.Renewal);
    }

    [Theory]
    [InlineData("2024-01-01", "2024-02-29")] // 2 months
    [InlineData("2024-01-15", "2024-04-13")] // 2 months and 30 days
    public void Classify_ValidForLessThanThreeMonths_IsLeftOut(string from, string until)
    {
        Last(Permit(from, until)).Standing.ShouldBe(PermitStanding.TooShort);
    }

    [Fact]
    public void Classify_TooShortPermit_IsNoHistory()
    {
        Last(Permit("2023-10-01", "2023-11-30"), Permit("2024-01-01", "2024-12-31")).Standing.ShouldBe(PermitStanding.First);
    }

    [Fact]
    public void Classify_TemporaryProtection_IsLeftOutAndIsNoHistory()
    {
        var protection = Permit("2023-03-04", "2024-03-04", EurostatReason.Other, temporaryProtection: true);

        Last(protection).Standing.ShouldBe(PermitStanding.TemporaryProtection);
        Last(protection, Permit("2024-01-10", "2025-01-09")).Standing.ShouldBe(PermitStanding.First);
    }

    [Fact]
    public void Classify_OtherReasonWithinSixMonths_IsChangeOfStatusFromThatReason()
    {
        var permit = Last(Permit("2021-10-01", "2024-06-30", EurostatReason.Education), Permit("2024-07-15", "2026-07-14"));

        permit.Standing.ShouldBe(PermitStanding.ChangeOfStatus);
        permit.FromReason.ShouldBe(EurostatReason.Education);
    }

    [Fact]
    public void Classify_OtherReasonAfterSixMonths_IsFirst()
    {
        Last(Permit("2021-10-01", "2023-06-30", EurostatReason.Education), Permit("2024-01-01", "2025-12-31")).Standing.ShouldBe(PermitStanding.First);
    }

    [Fact]
    public void Classify_PreviousPermitKnownFromTheCase_CountsAsHistory()
    {
        var permit = Last(Permit("2024-02-01", "2025-01-31", previous: new EarlierPermit(EurostatReason.Family, Day("2024-01-31"))));

        permit.Standing.ShouldBe(PermitStanding.ChangeOfStatus);
        permit.FromReason.ShouldBe(EurostatReason.Family);
    }

    [Fact]
    public void Classify_AfterAPermitWithoutLimit_IsNeverFirst()
    {
        var permanent = Permit("2015-05-01", "", EurostatReason.Family);

        Last(permanent, Permit("2024-01-01", "2024-12-31")).Standing.ShouldBe(PermitStanding.ChangeOfStatus);
    }

    [Fact]
    public void Classify_AnotherPersonsPermit_IsNoHistory()
    {
        Last(Permit("2023-01-01", "2023-12-31", person: "a"), Permit("2024-01-01", "2024-12-31", person: "b")).Standing.ShouldBe(PermitStanding.First);
    }

    [Theory]
    [InlineData("2024-01-01", "2024-03-31", "M3-5")] // 3 months
    [InlineData("2024-01-01", "2024-06-29", "M3-5")] // 5 months and 29 days
    [InlineData("2024-01-01", "2024-05-31", "M3-5")] // 5 months
    [InlineData("2024-01-01", "2024-06-30", "M6-11")] // 6 months
    [InlineData("2024-01-01", "2024-11-30", "M6-11")] // 11 months
    [InlineData("2024-01-01", "2024-12-30", "M6-11")] // 11 months and 30 days
    [InlineData("2024-01-01", "2024-12-31", "M_GE12")] // 12 months
    [InlineData("2024-01-01", "", "M_GE12")] // without a limit
    public void Classify_LengthOfValidity_FallsInItsBand(string from, string until, string duration)
    {
        EurostatCodes.Duration(Last(Permit(from, until)).Band!.Value).ShouldBe(duration);
    }

    [Theory]
    [InlineData("2024-01-01", "2024-04-01", 3)]
    [InlineData("2024-01-15", "2024-04-15", 3)]
    [InlineData("2024-01-15", "2024-04-13", 2)]
    [InlineData("2024-01-31", "2024-02-29", 1)] // from the 31st, a month ends on the last day of a shorter month
    [InlineData("2023-01-31", "2023-02-28", 1)]
    [InlineData("2024-03-31", "2024-04-30", 1)]
    [InlineData("2024-05-10", "2024-05-10", 0)]
    [InlineData("2024-05-10", "2024-01-10", 0)]
    public void Between_CountsWholeCalendarMonths(string from, string toExclusive, int months)
    {
        CalendarMonths.Between(Day(from), Day(toExclusive)).ShouldBe(months);
    }
}
