using Microsoft.Extensions.Localization;
using Pathway.Analytics.Localization;
using Pathway.Forecasting.Staffing;

namespace Pathway.Analytics.Planning;

/// <summary>The engine's staffing problems in the reader's language: the kind picks the sentence, the problem supplies its figures.</summary>
internal static class StaffingProblemText
{
    /// <summary>
    /// The message alone, for a field named elsewhere; bounds as the engine takes them (shares from
    /// 0 to 1, seconds), as the API does. The staffing page asks for percentages and words the
    /// target's problems itself.
    /// </summary>
    public static string Describe(StaffingProblem problem, IStringLocalizer<AnalyticsText> text) => problem.Kind switch
    {
        StaffingProblemKind.ServiceLevel => text["Enter a number greater than zero and below {0}.", 1],
        StaffingProblemKind.AnswerTime or StaffingProblemKind.HandleTime => text["Enter a number greater than zero."],
        StaffingProblemKind.Patience => text["Enter a number greater than zero and at most {0}.", StaffingTarget.MaxPatienceSeconds],
        StaffingProblemKind.Occupancy => text["Enter a number greater than zero and at most {0}.", 1],
        StaffingProblemKind.Shrinkage => text["Enter a number from {0} to {1}.", 0, StaffingTarget.MaxShrinkage],
        StaffingProblemKind.NotAnHour => text["Enter a number from {0} to {1}.", 0, 23],
        StaffingProblemKind.InvalidCalls => text["Enter a number of zero or more."],
        StaffingProblemKind.TooManyCalls => text["{0} calls an hour is more than {1} operators could take: are these calls per hour?",
            StaffingLabels.Whole(problem.Value), StaffingLabels.Whole(StaffingPlanner.MaxOfferedLoad)],
    };

    /// <summary>The message of an hour's problem with the hour, weekday in the reader's language (Mon 10:00).</summary>
    public static string WithHour(StaffingProblem problem, IStringLocalizer<AnalyticsText> text) =>
        problem.At is { } hour && Enum.IsDefined(hour.Weekday) ? text["{0}: {1}", StaffingLabels.Hour(hour.Weekday, hour.Hour), Describe(problem, text)] : Describe(problem, text);
}
