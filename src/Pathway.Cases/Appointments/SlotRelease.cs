using Microsoft.EntityFrameworkCore;

namespace Pathway.Cases.Appointments;

/// <summary>
/// Which slots a migrant may book directly, first come first served: those already released and
/// not in an open window. A day is released through a window <see cref="AppointmentOptions.ReleaseDaysAhead"/>
/// days before it; what its window left free afterwards, and every day before the horizon, is open
/// to anyone. Officers book any free slot.
/// </summary>
internal static class SlotRelease
{
    /// <summary>The start of the first day (office time) not yet released without a window.</summary>
    public static DateTime Horizon(Office office, TimeProvider clock, AppointmentOptions options) =>
        TimeZoneInfo.ConvertTimeToUtc(AppointmentBook.Today(office, clock).AddDays(options.ReleaseDaysAhead).ToDateTime(TimeOnly.MinValue), office.Zone);

    /// <summary>The slots of <paramref name="slots"/> one may book directly now; <paramref name="windows"/> are the tenant's windows.</summary>
    public static IQueryable<Slot> Released(IQueryable<Slot> slots, IQueryable<ReleaseWindow> windows, DateTime horizon) =>
        slots.Where(s =>
            !windows.Any(w => w.Status == ReleaseWindowStatus.Open && w.OfficeId == s.OfficeId && w.Service == s.Service && w.SlotsFrom <= s.StartsAt && s.StartsAt < w.SlotsTo)
            && (s.StartsAt < horizon
                || windows.Any(w => w.Status == ReleaseWindowStatus.Closed && w.OfficeId == s.OfficeId && w.Service == s.Service && w.SlotsFrom <= s.StartsAt && s.StartsAt < w.SlotsTo)));

    public static Task<bool> IsReleasedAsync(Slot slot, IQueryable<Slot> slots, IQueryable<ReleaseWindow> windows, DateTime horizon, CancellationToken cancellationToken) =>
        Released(slots.Where(s => s.Id == slot.Id), windows, horizon).AnyAsync(cancellationToken);
}
