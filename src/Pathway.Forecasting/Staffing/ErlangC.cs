namespace Pathway.Forecasting.Staffing;

/// <summary>
/// The Erlang C queue (M/M/N): Poisson calls, exponential handle times, N agents, callers who
/// never hang up. The offered load A (Erlangs) is the number of agents the calls would keep busy
/// with no waiting at all. With N &lt;= A the queue grows without bound: everyone waits, nobody
/// is answered within any target and the expected wait is infinite.
/// </summary>
public static class ErlangC
{
    /// <summary>A = calls per hour × average handle time in hours.</summary>
    public static double OfferedLoad(double callsPerHour, double averageHandleSeconds) =>
        callsPerHour * averageHandleSeconds / 3600.0;

    /// <summary>
    /// Erlang B blocking probability by the recursion B(n) = A·B(n-1) / (n + A·B(n-1)), B(0) = 1.
    /// Every step stays in [0, 1], so it holds for thousands of agents where A^N/N! would overflow.
    /// </summary>
    public static double ErlangB(int agents, double load)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(agents);
        ArgumentOutOfRangeException.ThrowIfNegative(load);
        var b = 1.0;
        for (var n = 1; n <= agents; n++)
        {
            b = load * b / (n + load * b);
        }

        return b;
    }

    /// <summary>The probability that a call has to wait: C = N·B / (N − A·(1 − B)); 1 when unstable.</summary>
    public static double ProbabilityOfWaiting(int agents, double load)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(load);
        if (load == 0)
        {
            return 0;
        }

        if (agents <= load)
        {
            return 1;
        }

        var b = ErlangB(agents, load);
        return agents * b / (agents - load * (1 - b));
    }

    /// <summary>P(wait ≤ t) = 1 − C·exp(−(N − A)·t / AHT); 0 when unstable.</summary>
    public static double ServiceLevel(int agents, double load, double answerWithinSeconds, double averageHandleSeconds)
    {
        if (load == 0)
        {
            return 1;
        }

        if (agents <= load)
        {
            return 0;
        }

        var c = ProbabilityOfWaiting(agents, load);
        return 1 - c * Math.Exp(-(agents - load) * answerWithinSeconds / averageHandleSeconds);
    }

    /// <summary>Average speed of answer over all calls: C·AHT / (N − A); infinite when unstable.</summary>
    public static double AverageSpeedOfAnswer(int agents, double load, double averageHandleSeconds)
    {
        if (load == 0)
        {
            return 0;
        }

        if (agents <= load)
        {
            return double.PositiveInfinity;
        }

        return ProbabilityOfWaiting(agents, load) * averageHandleSeconds / (agents - load);
    }

    /// <summary>The share of agents' time on calls, A / N; 1 when the queue is unstable (they never stop).</summary>
    public static double Occupancy(int agents, double load)
    {
        if (load == 0)
        {
            return 0;
        }

        return agents <= load ? 1 : load / agents;
    }

    public static QueueOutcome Evaluate(int agents, double load, double answerWithinSeconds, double averageHandleSeconds)
    {
        if (load == 0)
        {
            return QueueOutcome.Idle(withAbandonment: false);
        }

        if (agents <= load)
        {
            return new QueueOutcome(1, 0, double.PositiveInfinity, 1, AbandonmentShare: null);
        }

        // The same three formulas as above, sharing one Erlang B recursion.
        var c = ProbabilityOfWaiting(agents, load);
        return new QueueOutcome(
            c,
            1 - c * Math.Exp(-(agents - load) * answerWithinSeconds / averageHandleSeconds),
            c * averageHandleSeconds / (agents - load),
            load / agents,
            AbandonmentShare: null);
    }
}
