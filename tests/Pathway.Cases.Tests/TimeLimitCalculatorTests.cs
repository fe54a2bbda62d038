using Pathway.Cases.TimeLimits;

namespace Pathway.Cases.Tests;

public class TimeLimitCalculatorTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Days_DoNotCountTheDayOfTheEvent()
    {
        var deadline = TimeLimitCalculator.Compute(D("2026-04-03"), Period.Days(14));

        deadline.End.ShouldBe(D("2026-04-17"));
        deadline.Steps.Count.ShouldBe(2);
    }

    [Fact]
    public void AnEndOnASundayHoliday_MovesToMonday_NamingTheHoliday()
    {
        // One month from 3 April 2026 is 3 May: a Sunday and Constitution Day.
        var deadline = TimeLimitCalculator.Compute(D("2026-04-03"), Period.Months(1));

        deadline.End.ShouldBe(D("2026-05-04"));
        var moved = deadline.Steps.OfType<DeadlineStep.MovedToWorkingDay>().Single();
        moved.Skipped.Single().Holiday!.Rule.Name.ShouldBe("Constitution Day");
    }

    [Fact]
    public void AnEndOnSaturday_MovesPastTheWholeChristmasRun()
    {
        // 7 days from 14 December 2024 end on Saturday 21st; 7 from 17 December 2025 on Wednesday 24th,
        // Christmas Eve (free from 2025), then Christmas, the second day and the weekend.
        TimeLimitCalculator.Compute(D("2024-12-14"), Period.Days(7)).End.ShouldBe(D("2024-12-23"));
        var deadline = TimeLimitCalculator.Compute(D("2025-12-17"), Period.Days(7));
        deadline.End.ShouldBe(D("2025-12-29"));
        deadline.Steps.OfType<DeadlineStep.MovedToWorkingDay>().Single().Skipped.Count.ShouldBe(5);
    }

    [Theory]
    [InlineData("2026-01-31", 1, "2026-03-02")] // 28 February 2026 is a Saturday: the end moves on, never back.
    [InlineData("2028-01-31", 1, "2028-02-29")]
    [InlineData("2026-03-31", 1, "2026-04-30")]
    [InlineData("2026-12-31", 2, "2027-03-01")] // 28 February 2027 is a Sunday.
    public void Months_EndOnTheLastDayOfAShorterMonth(string start, int months, string end)
    {
        var deadline = TimeLimitCalculator.Compute(D(start), Period.Months(months));

        deadline.End.ShouldBe(D(end));
        deadline.Steps.OfType<DeadlineStep.MonthEnd>().ShouldHaveSingleItem().StartDay.ShouldBe(D(start).Day);
    }

    [Fact]
    public void Weeks_EndOnTheWeekdayOfTheEvent()
    {
        TimeLimitCalculator.Compute(D("2026-06-10"), Period.Weeks(2)).End.ShouldBe(D("2026-06-24"));
    }

    [Fact]
    public void ExcludedDays_LengthenTheLimit_AndCanReachALaterExclusion()
    {
        var excluded = new List<ExcludedPeriod>
        {
            new(D("2026-03-10"), D("2026-03-19"), "suspended"),
            new(D("2026-04-01"), D("2026-04-02"), "delay caused by the party"),
        };

        // 30 days from 1 March end on 31 March; ten suspended days reach 10 April, which takes in the
        // two days of delay: 12 April, a Sunday, so Monday 13 April.
        var deadline = TimeLimitCalculator.Compute(D("2026-03-01"), Period.Days(30), excluded);

        deadline.End.ShouldBe(D("2026-04-13"));
        deadline.Steps.OfType<DeadlineStep.NotCounted>().Select(s => s.DaysAdded).ShouldBe([10, 2]);
    }

    [Fact]
    public void AnExclusionAfterTheEnd_ChangesNothing()
    {
        var excluded = new List<ExcludedPeriod> { new(D("2026-05-01"), D("2026-05-31"), "suspended") };

        TimeLimitCalculator.Compute(D("2026-04-03"), Period.Days(14), excluded).End.ShouldBe(D("2026-04-17"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(Period.MaxDays + 1)]
    public void APeriodOutOfRange_IsRefused(int days)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => TimeLimitCalculator.Compute(D("2026-04-03"), Period.Days(days)));
    }

    [Fact]
    public void EveryEnd_IsAWorkingDay_NoEarlierThanTheCount()
    {
        var start = D("2024-01-01");
        for (var offset = 0; offset < 3 * 366; offset++)
        {
            foreach (var period in new[] { Period.Days(7), Period.Days(14), Period.Months(1), Period.Months(2) })
            {
                var deadline = TimeLimitCalculator.Compute(start.AddDays(offset), period);
                TimeLimitCalculator.IsWorkingDay(deadline.End).ShouldBeTrue();
                var counted = deadline.Steps.OfType<DeadlineStep.Counted>().Single().Date;
                deadline.End.ShouldBeGreaterThanOrEqualTo(counted);
                // Only days off lie between the count and the end.
                for (var day = counted; day < deadline.End; day = day.AddDays(1))
                {
                    TimeLimitCalculator.IsWorkingDay(day).ShouldBeFalse();
                }
            }
        }
    }

    [Fact]
    public void ALetterNobodyCollected_CountsAsDeliveredFourteenDaysAfterTheFirstNotice()
    {
        // First notice on Thursday 5 March 2026: delivered on 19 March; 7 days end on Thursday 26 March.
        var deadline = TimeLimitCalculator.ComputeAfterNotice(D("2026-03-05"), Period.Days(7));

        deadline.Steps[0].ShouldBeOfType<DeadlineStep.DeemedDelivered>().Date.ShouldBe(D("2026-03-19"));
        deadline.Start.ShouldBe(D("2026-03-19"));
        deadline.End.ShouldBe(D("2026-03-26"));
    }

    [Fact]
    public void AReplyPostedOnTheLastDay_IsInTime_AndTheDayAfterIsLate()
    {
        var deadline = TimeLimitCalculator.Compute(D("2026-04-03"), Period.Months(1));

        deadline.IsMetBy(deadline.End).ShouldBeTrue();
        deadline.IsMetBy(D("2026-05-03")).ShouldBeTrue("posted on the Sunday the count reached: the limit runs to Monday");
        deadline.IsMetBy(deadline.End.AddDays(1)).ShouldBeFalse();
    }
}
