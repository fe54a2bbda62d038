using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Cases.Appointments;
using Pathway.Cases.TimeLimits;
using Pathway.Cases.Workflow;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>
/// The background service on its own clock: a working day's morning opens one window per service for
/// the day a week on, and once 10:00 has passed it draws them by itself.
/// </summary>
public sealed class BookingWindowSchedulerTests
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The real clock moved by <see cref="Offset"/>, its timers sixty times faster, so a minute's wait takes a second.</summary>
    private sealed class MovedClock : TimeProvider
    {
        public TimeSpan Offset { get; set; }

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            base.CreateTimer(callback, state, Faster(dueTime), Faster(period));

        private static TimeSpan Faster(TimeSpan span) => span <= TimeSpan.Zero ? span : span / 60;
    }

    [Fact]
    public async Task WorkingDayMorning_OpensAWindowPerService_AndAfterTenTheServiceDrawsThem()
    {
        var morning = NextMorning();
        var clock = new MovedClock { Offset = TimeZoneInfo.ConvertTimeToUtc(morning.ToDateTime(new TimeOnly(8, 30)), Warsaw) - DateTime.UtcNow };
        using var factory = PathwayFactory.Sqlite(new Dictionary<string, string?> { ["Appointments:Scheduler"] = "true" }, services => services.AddSingleton<TimeProvider>(clock));
        _ = factory.Server;
        var released = morning.AddDays(7);

        var windows = await UntilAsync(factory, w => w.Status == ReleaseWindowStatus.Open, 3);
        windows.Select(w => w.Service).Order().ShouldBe([AppointmentService.Fingerprints, AppointmentService.Collection, AppointmentService.Submission]);
        windows.ShouldAllBe(w => w.SlotsFrom == TimeZoneInfo.ConvertTimeToUtc(released.ToDateTime(TimeOnly.MinValue), Warsaw)
            && w.ClosesAt == TimeZoneInfo.ConvertTimeToUtc(morning.ToDateTime(new TimeOnly(10, 0)), Warsaw));

        var caseNumber = $"WSC-II-S.6151.{Guid.NewGuid().ToString("N")[..8]}.2026";
        var migrantId = await factory.UserIdAsync(DemoAccounts.EmailOf(Roles.Migrant));
        await factory.WithDbAsync(async db =>
        {
            var office = await db.Set<Office>().FirstAsync(Cancel);
            db.Add(new ResidenceCase
            {
                TenantId = office.TenantId, OrganisationId = office.OrganisationId, Number = caseNumber, ApplicationType = "temporary-residence-work",
                ApplicantSurname = "Shevchenko", ApplicantGivenNames = "Oleksandr", ApplicantBirthDate = new DateOnly(1990, 4, 12), ApplicantCitizenship = "UKR",
                SubmittedOn = morning, RegisteredAt = DateTime.UtcNow, ApplicantUserId = migrantId,
            });
            await db.SaveChangesAsync(Cancel);
        });
        using var migrant = await factory.SignInAsync(Roles.Migrant);
        var fingerprints = windows.Single(w => w.Service == AppointmentService.Fingerprints);
        using var sent = await migrant.Client.PostAsJsonAsync($"/api/v1/my/cases/{caseNumber}/appointment/requests",
            new { windowId = fingerprints.Id.ToString(), days = new[] { released.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) } }, Cancel);
        sent.StatusCode.ShouldBe(HttpStatusCode.Created, await sent.Content.ReadAsStringAsync(Cancel));

        clock.Offset += TimeSpan.FromMinutes(95);
        var drawn = await UntilAsync(factory, w => w.Status == ReleaseWindowStatus.Closed, 3);

        drawn.Single(w => w.Id == fingerprints.Id).Order.ShouldBe([caseNumber]);
        drawn.Single(w => w.Id == fingerprints.Id).Allocated.ShouldBe(1);
        (await factory.CountAsync<Booking>(b => b.CaseNumber == caseNumber && b.Status == BookingStatus.Active && b.Channel == BookingChannel.Online)).ShouldBe(1);
        (await factory.CountAsync<WindowRequest>(r => r.CaseNumber == caseNumber && r.Status == WindowRequestStatus.Allocated)).ShouldBe(1);
    }

    /// <summary>A working day whose day a week on is a working day too (so its window releases slots).</summary>
    private static DateOnly NextMorning()
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Warsaw)).AddDays(1);
        while (!Working(day) || !Working(day.AddDays(7)))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static bool Working(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && PolishHolidays.On(day) is null;

    private static async Task<List<ReleaseWindow>> UntilAsync(PathwayFactory factory, Func<ReleaseWindow, bool> condition, int count)
    {
        for (var attempt = 0; ; attempt++)
        {
            var windows = new List<ReleaseWindow>();
            await factory.WithDbAsync(async db => windows = await db.Set<ReleaseWindow>().AsNoTracking().ToListAsync(Cancel));
            if (windows.Count(condition) >= count || attempt >= 60)
            {
                windows.Count(condition).ShouldBe(count);
                return [.. windows.Where(condition)];
            }

            await Task.Delay(500, Cancel);
        }
    }
}
