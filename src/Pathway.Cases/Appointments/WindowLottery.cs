namespace Pathway.Cases.Appointments;

/// <summary>One case in a window's draw, with the facts the booking rules need about it.</summary>
/// <param name="Preferences">The slots it would take, best first (its chosen slots, then those of its "any of these days").</param>
/// <param name="HasActiveBooking">The case already holds an active booking (one per case).</param>
/// <param name="RecentNoShows">Its no-shows that count towards the online limit.</param>
public sealed record LotteryEntry(string CaseNumber, IReadOnlyList<Guid> Preferences, string Language, Guid OrganisationId, bool HasActiveBooking, int RecentNoShows);

/// <summary>What one entry got: its place in the draw (from 1), and the booking made or the reason there is none.</summary>
public sealed record LotteryResult(LotteryEntry Entry, int Position, Booking? Booking, AppointmentProblem? Problem);

/// <summary>
/// Serves a closed window's requests: the order is drawn (<see cref="BookingWindow.Draw{T}"/>),
/// then each case in turn takes its best preference still free, through the same rules as any
/// online booking (one active booking per case, the no-show limit). A refused case takes no slot.
/// </summary>
internal static class WindowLottery
{
    public static IReadOnlyList<LotteryResult> Allocate(
        IReadOnlyList<LotteryEntry> entries, IReadOnlyDictionary<Guid, Slot> free, IRandomSource random, AppointmentRules rules, DateTime now)
    {
        var order = BookingWindow.Draw(entries, e => e.CaseNumber, random);
        var available = new Dictionary<Guid, Slot>(free);
        var results = new List<LotteryResult>(order.Count);
        var position = 0;
        foreach (var entry in order)
        {
            position++;
            Booking? booking = null;
            // The case itself first: one refused (already booked, too many no-shows) takes no slot from anyone.
            AppointmentProblem? problem = rules.OnlineCaseProblem(entry.HasActiveBooking, entry.RecentNoShows) ?? AppointmentProblem.NoPreferenceFree;
            foreach (var preference in problem == AppointmentProblem.NoPreferenceFree ? entry.Preferences : [])
            {
                if (!available.TryGetValue(preference, out var slot))
                {
                    continue;
                }

                var outcome = rules.Book(slot, false, entry.HasActiveBooking, entry.RecentNoShows, entry.CaseNumber, BookingChannel.Online, entry.Language, entry.OrganisationId, now);
                if (outcome.Booking is not null)
                {
                    booking = outcome.Booking;
                    problem = null;
                    available.Remove(slot.Id);
                    break;
                }
            }

            results.Add(new LotteryResult(entry, position, booking, problem));
        }

        return results;
    }
}
