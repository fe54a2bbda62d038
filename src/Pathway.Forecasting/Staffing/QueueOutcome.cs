namespace Pathway.Forecasting.Staffing;

/// <summary>
/// How a helpline queue behaves with a given number of agents on the phones.
/// <see cref="ServiceLevel"/> is the share of all offered calls answered within the target time;
/// calls that hang up count as missed. <see cref="AverageSpeedOfAnswerSeconds"/> averages the wait
/// of answered calls, the immediately answered ones included. <see cref="AbandonmentShare"/> is
/// null under Erlang C, which assumes nobody hangs up.
/// </summary>
public sealed record QueueOutcome(
    double ProbabilityOfWaiting,
    double ServiceLevel,
    double AverageSpeedOfAnswerSeconds,
    double Occupancy,
    double? AbandonmentShare)
{
    /// <summary>No calls: nobody waits, every (absent) call counts as answered in time.</summary>
    public static QueueOutcome Idle(bool withAbandonment) => new(0, 1, 0, 0, withAbandonment ? 0 : null);
}
