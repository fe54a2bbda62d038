namespace Pathway.Forecasting.Staffing;

/// <summary>
/// Palm's Erlang A queue (M/M/N+M): Erlang C plus callers who hang up after an exponential
/// patience of mean θ seconds. Unlike Erlang C it is stable with any number of agents, because
/// abandonment drains an overloaded queue.
/// </summary>
/// <remarks>
/// Computed exactly from the birth-death chain rather than from closed forms with incomplete
/// gamma functions, which lose precision at the loads a national helpline sees. With λ the call
/// rate, μ = 1/AHT and γ = 1/θ, state n (calls in the system) is left at rate μ·min(n, N) +
/// γ·max(n − N, 0). Below N the stationary weights are those of Erlang B, so their sum relative to
/// state N comes from the stable Erlang B recursion; above N they are summed in logarithms until
/// they fall below 1e-20 of the largest.
///
/// An arriving call (which sees the stationary state) that finds N + k calls waits in position
/// j = k + 1. While in position i it leaves at rate Nμ + iγ: a service completion or an
/// abandonment ahead moves it up, its own impatience ends it. So it is answered with probability
/// Nμ / (Nμ + jγ), and, given that, after a sum S of exponentials with rates Nμ + iγ, i = 1..j.
/// The Laplace transform of S shows e^(−γS) ~ Beta(Nμ/γ + 1, j), and with integer j the Beta tail
/// is a negative binomial sum of positive terms: P(S ≤ t) = 1 − Σ_{i&lt;j} NB(i; Nμ/γ + 1, e^(−γt)).
/// </remarks>
public static class ErlangA
{
    /// <summary>Weights below e^-46 (about 1e-20) of the largest no longer move any reported figure.</summary>
    private const double NegligibleLog = -46;

    /// <summary>
    /// An overloaded queue of very patient callers keeps about (A − N)·θ/AHT calls waiting; past this
    /// many states the caller is effectively never hanging up and Erlang C is the model to use.
    /// </summary>
    private const int MaxWaitingStates = 20_000_000;

    /// <summary>
    /// The queue's figures for <paramref name="agents"/> agents at offered load
    /// <paramref name="load"/> Erlangs. The service level is the share of all offered calls that
    /// are answered within <paramref name="answerWithinSeconds"/>: a call that hangs up counts as
    /// missed however soon it hung up. (Dividing by answered calls only would reward a queue that
    /// loses its callers.) The average speed of answer is over answered calls.
    /// </summary>
    public static QueueOutcome Evaluate(int agents, double load, double answerWithinSeconds, double averageHandleSeconds, double patienceSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(agents);
        ArgumentOutOfRangeException.ThrowIfNegative(load);
        ArgumentOutOfRangeException.ThrowIfNegative(answerWithinSeconds);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(averageHandleSeconds);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(patienceSeconds);
        if (load == 0)
        {
            return QueueOutcome.Idle(withAbandonment: true);
        }

        if (agents == 0)
        {
            return new QueueOutcome(1, 0, double.PositiveInfinity, 0, 1);
        }

        double n = agents;
        var c = averageHandleSeconds / patienceSeconds; // γ/μ: how fast callers give up, in handle times

        // Weights relative to state N: Σ_{n<N} w_n / w_N = N / (A·B(N−1)), from 1/B(N) = 1 + N/(A·B(N−1)).
        var logBelow = Math.Log(n / (load * ErlangC.ErlangB(agents - 1, load)));

        // First pass: the largest log weight and how far the waiting states matter.
        var max = Math.Max(logBelow, 0);
        var logWeight = 0.0;
        var last = 0;
        for (var k = 1; ; k++)
        {
            var logRatio = Math.Log(load / (n + k * c));
            logWeight += logRatio;
            max = Math.Max(max, logWeight);
            if (logRatio < 0 && logWeight < max + NegligibleLog)
            {
                last = k;
                break;
            }

            if (k == MaxWaitingStates)
            {
                throw new ArgumentOutOfRangeException(nameof(patienceSeconds), patienceSeconds,
                    "Callers this patient almost never hang up at this load; use Erlang C (no patience).");
            }
        }

        // Second pass: the measures, weighted by arrival-time probabilities scaled by e^-max.
        var r = n / c + 1; // Nμ/γ + 1
        var logX = -answerWithinSeconds / patienceSeconds;
        var log1MinusX = Math.Log(OneMinusExpOfMinus(answerWithinSeconds / patienceSeconds));
        var logTerm = r * logX; // log NB(0)
        var below = Math.Exp(logBelow - max);
        double total = below, answeredInTime = 0, abandoned = 0, answeredWait = 0, cumulative = 0, timeToAnswer = 0;
        logWeight = 0;
        for (var k = 0; k <= last; k++)
        {
            if (k > 0)
            {
                logWeight += Math.Log(load / (n + k * c));
                logTerm += Math.Log((r + k - 1) / k) + log1MinusX;
            }

            var weight = Math.Exp(logWeight - max);
            var position = k + 1;
            var answered = n / (n + position * c);
            cumulative += Math.Exp(logTerm);
            timeToAnswer += averageHandleSeconds / (n + position * c);
            total += weight;
            answeredInTime += weight * answered * Math.Max(0, 1 - cumulative);
            abandoned += weight * (1 - answered);
            answeredWait += weight * answered * timeToAnswer;
        }

        var abandonment = abandoned / total;
        var answeredShare = 1 - abandonment;
        return new QueueOutcome(
            ProbabilityOfWaiting: 1 - below / total,
            ServiceLevel: (below + answeredInTime) / total,
            AverageSpeedOfAnswerSeconds: answeredWait / total / answeredShare,
            Occupancy: load * answeredShare / n,
            AbandonmentShare: abandonment);
    }

    public static double ServiceLevel(int agents, double load, double answerWithinSeconds, double averageHandleSeconds, double patienceSeconds) =>
        Evaluate(agents, load, answerWithinSeconds, averageHandleSeconds, patienceSeconds).ServiceLevel;

    public static double AbandonmentProbability(int agents, double load, double averageHandleSeconds, double patienceSeconds) =>
        Evaluate(agents, load, 0, averageHandleSeconds, patienceSeconds).AbandonmentShare ?? 0;

    public static double AverageSpeedOfAnswer(int agents, double load, double averageHandleSeconds, double patienceSeconds) =>
        Evaluate(agents, load, 0, averageHandleSeconds, patienceSeconds).AverageSpeedOfAnswerSeconds;

    /// <summary>1 − e^(−y) without the cancellation of 1 − Math.Exp(−y) when patience dwarfs the target time.</summary>
    private static double OneMinusExpOfMinus(double y) =>
        y < 1e-5 ? y * (1 - y / 2 * (1 - y / 3)) : 1 - Math.Exp(-y);
}
