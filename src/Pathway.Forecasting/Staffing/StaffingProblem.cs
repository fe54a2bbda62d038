using System.Globalization;

namespace Pathway.Forecasting.Staffing;

/// <summary>
/// One thing wrong with a staffing target or with an hour of calls: its kind, the value found and,
/// for the calls, the hour it is on. <see cref="Message"/> is plain English for logs and the CLI;
/// pages and the API word the problem from its fields.
/// </summary>
/// <param name="Value">The figure found: the target's value, or the hour's calls.</param>
/// <param name="At">The hour the problem is on; null for the target's problems.</param>
public sealed record StaffingProblem(StaffingProblemKind Kind, double Value, HourlyCalls? At = null)
{
    public string Message => Kind switch
    {
        StaffingProblemKind.ServiceLevel => Text($"The service level must lie strictly between 0 and 1 (e.g. 0.8 for 80%); it is {Value}."),
        StaffingProblemKind.AnswerTime => Text($"The answer time must be a positive number of seconds; it is {Value}."),
        StaffingProblemKind.HandleTime => Text($"The average handle time must be a positive number of seconds; it is {Value}."),
        StaffingProblemKind.Patience => Text($"The callers' mean patience must be a positive number of seconds up to {StaffingTarget.MaxPatienceSeconds} (leave it empty to assume nobody hangs up); it is {Value}."),
        StaffingProblemKind.Occupancy => Text($"The maximum occupancy must lie in (0, 1] (e.g. 0.85); it is {Value}."),
        StaffingProblemKind.Shrinkage => Text($"The shrinkage must lie between 0 and {StaffingTarget.MaxShrinkage} (e.g. 0.3 when 30% of paid time is off the phones); it is {Value}."),
        StaffingProblemKind.NotAnHour => Text($"{At?.Weekday} hour {At?.Hour} is not an hour of the week (hours run 0..23)."),
        StaffingProblemKind.InvalidCalls => Text($"{At?.Label}: calls must be a number of zero or more; it is {Value}."),
        StaffingProblemKind.TooManyCalls => Text($"{At?.Label}: {Value} calls an hour is more than {StaffingPlanner.MaxOfferedLoad} agents could take; are these calls per hour?"),
    };

    public override string ToString() => Message;

    // As the engine always wrote these: figures in the current culture.
    private static string Text(FormattableString message) => message.ToString(CultureInfo.CurrentCulture);
}
