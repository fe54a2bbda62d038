namespace Pathway.Cases.Appointments;

/// <summary>
/// The rules of booking, moving, cancelling and closing an appointment, apart from storage: the
/// caller looks up the facts (is the slot taken, the case's active booking, its recent no-shows)
/// and stores the result. Times are UTC.
/// </summary>
internal sealed class AppointmentRules(AppointmentOptions options)
{
    /// <summary>No-shows of slots starting at or after this moment count towards the limit.</summary>
    public DateTime NoShowsCountFrom(DateTime now) => now.AddDays(-options.NoShowDays);

    public AppointmentOutcome Book(
        Slot slot, bool slotTaken, Booking? activeOfCase, int recentNoShows, string caseNumber, BookingChannel channel, string language, Guid organisationId, DateTime now) =>
        Book(slot, slotTaken, activeOfCase is not null, recentNoShows, caseNumber, channel, language, organisationId, now);

    public AppointmentOutcome Book(
        Slot slot, bool slotTaken, bool caseHasActive, int recentNoShows, string caseNumber, BookingChannel channel, string language, Guid organisationId, DateTime now)
    {
        if (caseHasActive)
        {
            return AppointmentOutcome.Refused(AppointmentProblem.CaseAlreadyBooked);
        }

        if (FreeProblem(slot, slotTaken, now) is { } problem)
        {
            return AppointmentOutcome.Refused(problem);
        }

        if (channel == BookingChannel.Online && options.NoShowLimit > 0 && recentNoShows >= options.NoShowLimit)
        {
            return AppointmentOutcome.Refused(AppointmentProblem.OnlineBookingBlocked);
        }

        return AppointmentOutcome.Done(Booking.Create(slot.TenantId, organisationId, slot, caseNumber, channel, language, now));
    }

    /// <summary>Why the case may not book online whatever the slot: it holds an active booking, or missed too many; null when it may.</summary>
    public AppointmentProblem? OnlineCaseProblem(bool caseHasActive, int recentNoShows) =>
        caseHasActive ? AppointmentProblem.CaseAlreadyBooked
        : options.NoShowLimit > 0 && recentNoShows >= options.NoShowLimit ? AppointmentProblem.OnlineBookingBlocked
        : null;

    /// <summary>Moves the booking to another slot of the same service: same UID, the next SEQUENCE, the old slot free again.</summary>
    public AppointmentOutcome Reschedule(Booking booking, Slot current, Slot target, bool targetTaken, DateTime now)
    {
        if (!booking.IsActive)
        {
            return AppointmentOutcome.Refused(AppointmentProblem.BookingNotActive);
        }

        if (current.StartsAt <= now)
        {
            return AppointmentOutcome.Refused(AppointmentProblem.SlotInThePast);
        }

        if (target.Service != current.Service)
        {
            return AppointmentOutcome.Refused(AppointmentProblem.OtherService);
        }

        if (FreeProblem(target, targetTaken || target.Id == current.Id, now) is { } problem)
        {
            return AppointmentOutcome.Refused(problem);
        }

        booking.MoveTo(target, now);
        return AppointmentOutcome.Done(booking);
    }

    /// <summary>Cancels before the slot starts; afterwards the booking is closed as attended or as a no-show instead.</summary>
    public AppointmentOutcome Cancel(Booking booking, Slot slot, DateTime now)
    {
        if (!booking.IsActive)
        {
            return AppointmentOutcome.Refused(AppointmentProblem.BookingNotActive);
        }

        if (slot.StartsAt <= now)
        {
            return AppointmentOutcome.Refused(AppointmentProblem.SlotInThePast);
        }

        booking.Cancel(now);
        return AppointmentOutcome.Done(booking);
    }

    /// <summary>Records whether the migrant came; only once the slot has started, since before it nobody can know.</summary>
    public AppointmentOutcome Close(Booking booking, Slot slot, BookingStatus outcome, DateTime now)
    {
        if (outcome is not (BookingStatus.NoShow or BookingStatus.Attended))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "A booking is closed as a no-show or as attended.");
        }

        if (!booking.IsActive)
        {
            return AppointmentOutcome.Refused(AppointmentProblem.BookingNotActive);
        }

        if (slot.StartsAt > now)
        {
            return AppointmentOutcome.Refused(AppointmentProblem.SlotNotStarted);
        }

        booking.Close(outcome, now);
        return AppointmentOutcome.Done(booking);
    }

    private static AppointmentProblem? FreeProblem(Slot slot, bool taken, DateTime now) =>
        slot.StartsAt <= now ? AppointmentProblem.SlotInThePast
        : taken ? AppointmentProblem.SlotTaken
        : null;
}
