using System.Globalization;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Forecasts;
using Pathway.Analytics.Http;
using Pathway.Analytics.Localization;
using Pathway.Analytics.Planning;
using Pathway.Analytics.Series;
using Pathway.Forecasting.Staffing;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Planning;

/// <summary>
/// Turns a staffing request into the engine's hourly calls and target, or reports every problem on
/// its field (calls[3].hour, target.serviceLevel) in the caller's language.
/// </summary>
internal static class StaffingRequestReader
{
    private const int HoursOfTheWeek = 7 * 24;

    /// <summary>Monday first, as the office plans its week.</summary>
    private static readonly DayOfWeek[] Week = Enumerable.Range(1, 7).Select(HourOfWeek.FromIsoDay).ToArray();

    public static (IReadOnlyList<HourlyCalls> Calls, StaffingTarget Target)? Read(StaffingRequest body, FieldErrors errors, IStringLocalizer<AnalyticsText> text)
    {
        var target = Target(body.Target, errors, text);
        var (calls, entries) = Calls(body.Calls, errors);
        if (target is not null)
        {
            // What an hour's calls may be is the engine's rule (it needs the target's handle time).
            foreach (var problem in StaffingPlanner.LoadProblems(calls, target))
            {
                var field = problem.At is { } hour && entries.TryGetValue(HourOfWeek.Index(hour.Weekday, hour.Hour), out var i)
                    ? string.Create(CultureInfo.InvariantCulture, $"calls[{i}].{(problem.Kind == StaffingProblemKind.NotAnHour ? "hour" : "calls")}")
                    : "calls";
                errors.AddTranslated(field, StaffingProblemText.Describe(problem, text));
            }
        }

        return errors.Any || target is null ? null : (calls, target);
    }

    /// <summary>
    /// The target, or null after reporting its problems: what is left out here, what its figures
    /// must be by the engine's rule (<see cref="StaffingTarget.Validate"/>), each on its field.
    /// </summary>
    private static StaffingTarget? Target(StaffingTargetRequest? target, FieldErrors errors, IStringLocalizer<AnalyticsText> text)
    {
        if (target is null)
        {
            errors.Add("target", "This field is required.");
            return null;
        }

        var missing = new List<string>();
        if (target.ServiceLevel is null)
        {
            missing.Add(TargetField(StaffingProblemKind.ServiceLevel));
        }

        if (target.AnswerWithinSeconds is null)
        {
            missing.Add(TargetField(StaffingProblemKind.AnswerTime));
        }

        if (target.AverageHandleSeconds is null)
        {
            missing.Add(TargetField(StaffingProblemKind.HandleTime));
        }

        foreach (var field in missing)
        {
            errors.Add(field, "This field is required.");
        }

        // A figure left out is sent as one the engine refuses; its problem is the one reported above.
        var candidate = new StaffingTarget(target.ServiceLevel ?? double.NaN, target.AnswerWithinSeconds ?? double.NaN, target.AverageHandleSeconds ?? double.NaN,
            target.PatienceSeconds, target.MaxOccupancy, target.Shrinkage ?? 0);
        var problems = candidate.Validate();
        foreach (var problem in problems.Where(p => !missing.Contains(TargetField(p.Kind))))
        {
            errors.AddTranslated(TargetField(problem.Kind), StaffingProblemText.Describe(problem, text));
        }

        return problems.Count == 0 ? candidate : null;
    }

    private static string TargetField(StaffingProblemKind kind) => kind switch
    {
        StaffingProblemKind.ServiceLevel => "target.serviceLevel",
        StaffingProblemKind.AnswerTime => "target.answerWithinSeconds",
        StaffingProblemKind.HandleTime => "target.averageHandleSeconds",
        StaffingProblemKind.Patience => "target.patienceSeconds",
        StaffingProblemKind.Occupancy => "target.maxOccupancy",
        StaffingProblemKind.Shrinkage => "target.shrinkage",
        StaffingProblemKind.NotAnHour or StaffingProblemKind.InvalidCalls or StaffingProblemKind.TooManyCalls => "calls",
    };

    /// <summary>The hours sent, in week order, and for each hour of the week the entry of the request it came from.</summary>
    private static (List<HourlyCalls> Calls, Dictionary<int, int> Entries) Calls(IReadOnlyList<HourlyCallsRequest?>? calls, FieldErrors errors)
    {
        var result = new List<HourlyCalls>();
        if (calls is null || calls.Count == 0)
        {
            errors.Add("calls", "Send at least one hour of calls.");
            return (result, []);
        }

        if (calls.Count > HoursOfTheWeek)
        {
            errors.Add("calls", "Send at most {0} hours: one per hour of the week.", HoursOfTheWeek);
            return (result, []);
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

            if (weekday is not { } day || entry?.Hour is not (>= 0 and <= 23) || entry.Calls is not (>= 0 and var valid))
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

        return ([.. result.OrderBy(r => HourOfWeek.Index(r.Weekday, r.Hour))], seen);
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
