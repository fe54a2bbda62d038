using System.Globalization;
using System.Text.Json.Serialization;

namespace Pathway.Support.Interpreting;

/// <summary>A session's slot: the day and the start on the office's wall clock, its length, and where it falls on the real time line.</summary>
/// <param name="EndMinute">The end on the office's wall clock, in minutes after midnight (1440 for midnight at the day's end). Across a change of the clocks it is not the start plus the length.</param>
public sealed record Slot(DateOnly Day, int StartMinute, int Minutes, int EndMinute, DateTime StartsAt, DateTime EndsAt);

public enum SlotProblem
{
    /// <summary>Shorter than <see cref="InterpreterMatching.MinMinutes"/> or longer than <see cref="InterpreterMatching.MaxMinutes"/>.</summary>
    LengthOutOfRange,

    /// <summary>The clocks change at that time of that day: it is skipped, or it comes twice.</summary>
    ClocksChange,

    /// <summary>The session would end on the next day.</summary>
    CrossesMidnight,
}

/// <summary>What a request asks of the register.</summary>
/// <param name="RequestId">The request itself, so that its own booking is no clash.</param>
public sealed record Need(string PersonLanguage, string WorkerLanguage, InterpreterKind Kind, SessionMode Mode, Slot Slot, Guid? RequestId = null);

/// <summary>A booked (or held) session of someone on the register, wherever in the office it was booked: its day, start and length on the office's clock, and its instants.</summary>
public sealed record Booking(Guid InterpreterId, Guid RequestId, DateOnly Day, int StartMinute, int Minutes, DateTime StartsAt, DateTime EndsAt);

/// <summary>Someone who fits: <paramref name="ExactKind"/> when the kind asked is all they offer; the window of their week the slot lies in; their bookings in the slot's week.</summary>
public sealed record Candidate(Interpreter Interpreter, bool ExactKind, int BookingsThatWeek, int WindowFrom, int WindowTo);

/// <summary>Why someone who speaks both languages and offers the kind was left out, the first of these that applies.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MissReason>))]
public enum MissReason
{
    Absent,
    OutsideHours,
    Busy,
    OtherMode,
}

/// <summary>Someone left out, why, and the absence or booking in the way.</summary>
public sealed record NearMiss(Interpreter Interpreter, MissReason Reason, Absence? Absence = null, Booking? Clash = null);

public sealed record Matches(IReadOnlyList<Candidate> Candidates, IReadOnlyList<NearMiss> NearMisses);

/// <summary>
/// Who on the register can take a session. A candidate is active, speaks both languages, offers the
/// kind and the mode, is not away that day, works (by the weekly hours, on the office's wall clock)
/// through the whole slot, and has no booking that overlaps it. Times meet half-open: a session
/// ending at 10:00 leaves the interpreter free for one starting at 10:00. Candidates come those who
/// offer only the kind asked first (the others stay free for what only they can do), then those
/// with the fewest bookings that week (Monday to Sunday), then by name. Those who speak both
/// languages and offer the kind but are ruled out are the near misses, each with the first reason
/// that rules them out: away, outside their hours, busy, or not working in the mode asked.
/// </summary>
public static class InterpreterMatching
{
    public const int MinMinutes = 5;
    public const int MaxMinutes = 8 * 60;
    public const int MinutesOfDay = 24 * 60;

    private static readonly StringComparer Names = StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase);

    /// <summary>
    /// Places a session on the time line of <paramref name="zone"/>. A start the clocks skip or pass
    /// twice is refused rather than guessed; a session may not run past midnight; across a change of
    /// the clocks its wall-clock end is where the real minutes take it.
    /// </summary>
    public static (Slot? Slot, SlotProblem? Problem) Place(DateOnly day, int startMinute, int minutes, TimeZoneInfo zone)
    {
        if (minutes is < MinMinutes or > MaxMinutes)
        {
            return (null, SlotProblem.LengthOutOfRange);
        }

        ArgumentOutOfRangeException.ThrowIfNegative(startMinute);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(startMinute, MinutesOfDay);
        var local = day.ToDateTime(TimeOnly.MinValue).AddMinutes(startMinute);
        if (zone.IsInvalidTime(local) || zone.IsAmbiguousTime(local))
        {
            return (null, SlotProblem.ClocksChange);
        }

        var startsAt = TimeZoneInfo.ConvertTimeToUtc(local, zone);
        var endsAt = startsAt.AddMinutes(minutes);
        var localEnd = TimeZoneInfo.ConvertTimeFromUtc(endsAt, zone);
        var endMinute = DateOnly.FromDateTime(localEnd) == day ? (int)localEnd.TimeOfDay.TotalMinutes
            : DateOnly.FromDateTime(localEnd) == day.AddDays(1) && localEnd.TimeOfDay == TimeSpan.Zero ? MinutesOfDay
            : -1;
        return endMinute < 0 ? (null, SlotProblem.CrossesMidnight) : (new Slot(day, startMinute, minutes, endMinute, startsAt, endsAt), null);
    }

    /// <summary>Whether two sessions overlap: they share a moment, an end meeting a start is none.</summary>
    public static bool Overlap(DateTime startsAt, DateTime endsAt, DateTime otherStartsAt, DateTime otherEndsAt) =>
        startsAt < otherEndsAt && otherStartsAt < endsAt;

    /// <summary>The Monday of the week of <paramref name="day"/>.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>
    /// A weekday's windows put together: overlapping or touching windows make one, so that
    /// 09:00–12:00 and 12:00–17:00 cover a session from 11:00 to 13:00.
    /// </summary>
    public static IReadOnlyList<(int From, int To)> Windows(IEnumerable<WeeklyHours> hours, DayOfWeek day)
    {
        var merged = new List<(int From, int To)>();
        foreach (var window in hours.Where(h => h.Day == day && h.FromMinute < h.ToMinute).OrderBy(h => h.FromMinute))
        {
            if (merged.Count > 0 && window.FromMinute <= merged[^1].To)
            {
                merged[^1] = (merged[^1].From, Math.Max(merged[^1].To, window.ToMinute));
            }
            else
            {
                merged.Add((window.FromMinute, window.ToMinute));
            }
        }

        return merged;
    }

    /// <summary>The window of the person's week that holds the whole slot, if one does.</summary>
    public static (int From, int To)? Covering(IEnumerable<WeeklyHours> hours, Slot slot) =>
        Windows(hours, slot.Day.DayOfWeek).Where(w => w.From <= slot.StartMinute && slot.EndMinute <= w.To).Select(w => ((int, int)?)w).FirstOrDefault();

    public static Matches Match(Need need, IEnumerable<Interpreter> register, IEnumerable<Booking> bookings)
    {
        var monday = WeekOf(need.Slot.Day);
        var booked = bookings.Where(b => b.RequestId != need.RequestId).ToLookup(b => b.InterpreterId);
        var candidates = new List<Candidate>();
        var misses = new List<NearMiss>();
        foreach (var person in register)
        {
            var languages = person.LanguageList;
            var kinds = person.KindList;
            if (!person.Active || !languages.Contains(need.PersonLanguage, StringComparer.Ordinal) || !languages.Contains(need.WorkerLanguage, StringComparer.Ordinal)
                || !kinds.Contains(need.Kind))
            {
                continue;
            }

            var absence = person.Absences.Where(a => a.FirstDay <= need.Slot.Day && need.Slot.Day <= a.LastDay).OrderBy(a => a.FirstDay).FirstOrDefault();
            var window = Covering(person.Hours, need.Slot);
            var clash = booked[person.Id].Where(b => Overlap(need.Slot.StartsAt, need.Slot.EndsAt, b.StartsAt, b.EndsAt)).OrderBy(b => b.StartsAt).FirstOrDefault();
            NearMiss? miss = (absence, window, clash) switch
            {
                ({ } away, _, _) => new NearMiss(person, MissReason.Absent, Absence: away),
                (null, null, _) => new NearMiss(person, MissReason.OutsideHours),
                (null, not null, { } other) => new NearMiss(person, MissReason.Busy, Clash: other),
                (null, not null, null) when !person.Offers(need.Mode) => new NearMiss(person, MissReason.OtherMode),
                _ => null,
            };
            if (miss is not null)
            {
                misses.Add(miss);
                continue;
            }

            var thatWeek = booked[person.Id].Count(b => b.Day >= monday && b.Day < monday.AddDays(7));
            candidates.Add(new Candidate(person, kinds.Count == 1, thatWeek, window!.Value.From, window.Value.To));
        }

        return new Matches(
            [.. candidates.OrderByDescending(c => c.ExactKind).ThenBy(c => c.BookingsThatWeek).ThenBy(c => c.Interpreter.Name, Names).ThenBy(c => c.Interpreter.Id)],
            [.. misses.OrderBy(m => m.Reason).ThenBy(m => m.Interpreter.Name, Names).ThenBy(m => m.Interpreter.Id)]);
    }
}
