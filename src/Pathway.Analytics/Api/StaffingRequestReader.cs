using System.Globalization;
using Pathway.Forecasting.Staffing;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Api;

/// <summary>
/// Turns a staffing request into the engine's hourly calls and target, or reports every problem on
/// its field (calls[3].hour, target.serviceLevel) in the caller's language.
/// </summary>
internal static class StaffingRequestReader
{
    private const int HoursOfTheWeek = 7 * 24;

    /// <summary>Monday first, as the office plans its week.</summary>
    private static readonly DayOfWeek[] Week = Enumerable.Range(1, 7).Select(HourOfWeek.FromIsoDay).ToArray();

    public static (IReadOnlyList<HourlyCalls> Calls, StaffingTarget Target)? Read(StaffingRequest body, FieldErrors errors)
    {
        var target = Target(body.Target, errors);
        var calls = Calls(body.Calls, target, errors);
        if (errors.Any || target is null)
        {
            return null;
        }

        // The checks above cover the engine's own; should it still find a problem, it is reported
        // (in the engine's English) rather than failing the request.
        foreach (var problem in target.Validate().Concat(StaffingPlanner.LoadProblems(calls, target)))
        {
            errors.AddTranslated("body", problem);
        }

        return errors.Any ? null : (calls, target);
    }

    private static StaffingTarget? Target(StaffingTargetRequest? target, FieldErrors errors)
    {
        if (target is null)
        {
            errors.Add("target", "This field is required.");
            return null;
        }

        if (target.ServiceLevel is not { } level)
        {
            errors.Add("target.serviceLevel", "This field is required.");
        }
        else if (!(level > 0 && level < 1))
        {
            errors.Add("target.serviceLevel", "Enter a number greater than zero and below {0}.", 1);
        }

        if (target.AnswerWithinSeconds is not { } within)
        {
            errors.Add("target.answerWithinSeconds", "This field is required.");
        }
        else if (!(within > 0))
        {
            errors.Add("target.answerWithinSeconds", "Enter a number greater than zero.");
        }

        if (target.AverageHandleSeconds is not { } handle)
        {
            errors.Add("target.averageHandleSeconds", "This field is required.");
        }
        else if (!(handle > 0))
        {
            errors.Add("target.averageHandleSeconds", "Enter a number greater than zero.");
        }

        if (target.PatienceSeconds is { } patience && !(patience > 0 && patience <= StaffingTarget.MaxPatienceSeconds))
        {
            errors.Add("target.patienceSeconds", "Enter a number greater than zero and at most {0}.", StaffingTarget.MaxPatienceSeconds);
        }

        if (target.MaxOccupancy is { } occupancy && !(occupancy > 0 && occupancy <= 1))
        {
            errors.Add("target.maxOccupancy", "Enter a number greater than zero and at most {0}.", 1);
        }

        var shrinkage = target.Shrinkage ?? 0;
        if (!(shrinkage >= 0 && shrinkage <= StaffingTarget.MaxShrinkage))
        {
            errors.Add("target.shrinkage", "Enter a number from {0} to {1}.", 0, StaffingTarget.MaxShrinkage);
        }

        return errors.Any
            ? null
            : new StaffingTarget(target.ServiceLevel!.Value, target.AnswerWithinSeconds!.Value, target.AverageHandleSeconds!.Value, target.PatienceSeconds, target.MaxOccupancy, shrinkage);
    }

    private static List<HourlyCalls> Calls(IReadOnlyList<HourlyCallsRequest?>? calls, StaffingTarget? target, FieldErrors errors)
    {
        var result = new List<HourlyCalls>();
        if (calls is null || calls.Count == 0)
        {
            errors.Add("calls", "Send at least one hour of calls.");
            return result;
        }

        if (calls.Count > HoursOfTheWeek)
        {
            errors.Add("calls", "Send at most {0} hours: one per hour of the week.", HoursOfTheWeek);
            return result;
        }

        var seen = new Dictionary<int, int>();
        for (var i = 0; i < calls.Count; i++)
        {
            var entry = calls[i];
            var prefix = string.Create(CultureInfo.InvariantCulture, $"calls[{i}]");
            var weekdayField = $"{prefix}.weekday";
            var weekday = Weekday(entry?.Weekday);
            if (weekday is null)
            {
                errors.Add(weekdayField, "Choose one of: {0}.", string.Join(", ", Week.Select(HourOfWeek.ShortName)));
            }

            var hourField = $"{prefix}.hour";
            if (entry?.Hour is not (>= 0 and <= 23))
            {
                errors.Add(hourField, "Enter a number from {0} to {1}.", 0, 23);
            }

            var callsField = $"{prefix}.calls";
            if (entry?.Calls is not { } count)
            {
                errors.Add(callsField, "This field is required.");
            }
            else if (!(count >= 0))
            {
                errors.Add(callsField, "Enter a number of zero or more.");
            }
            else if (target is not null && ErlangC.OfferedLoad(count, target.AverageHandleSeconds) > StaffingPlanner.MaxOfferedLoad)
            {
                errors.Add(callsField, "{0} calls an hour is more than {1} operators could take: are these calls per hour?", count, StaffingPlanner.MaxOfferedLoad);
            }

            if (weekday is not { } day || entry?.Hour is not (>= 0 and <= 23) || entry.Calls is not { } valid)
            {
                continue;
            }

            var index = HourOfWeek.Index(day, entry.Hour.Value);
            if (seen.TryGetValue(index, out var first))
            {
                errors.Add(prefix, "This hour of the week is already given at calls[{0}].", first);
                continue;
            }

            seen[index] = i;
            result.Add(new HourlyCalls(day, entry.Hour.Value, valid));
        }

        return [.. result.OrderBy(r => HourOfWeek.Index(r.Weekday, r.Hour))];
    }

    /// <summary>Mon..Sun, Monday..Sunday (any case), or the ISO number 1 (Monday) to 7 (Sunday).</summary>
    public static DayOfWeek? Weekday(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var iso))
        {
            return iso is >= 1 and <= 7 ? HourOfWeek.FromIsoDay(iso) : null;
        }

        return Week.Select(d => (DayOfWeek?)d).FirstOrDefault(d =>
            string.Equals(trimmed, HourOfWeek.ShortName(d!.Value), StringComparison.OrdinalIgnoreCase)
            || string.Equals(trimmed, d.Value.ToString(), StringComparison.OrdinalIgnoreCase));
    }
}
