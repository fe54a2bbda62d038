using Pathway.Forecasting.Staffing;

namespace Pathway.Forecasting.Tests;

public class ErlangCTests
{
    [Fact]
    public void Offered_load_is_calls_times_handle_time_in_hours()
    {
        ErlangC.OfferedLoad(200, 180).ShouldBe(10, 1e-12);
    }

    [Theory]
    // The textbook case: 10 Erlangs (e.g. 100 calls per half hour at 3 minutes).
    [InlineData(11, 0.6821)]
    [InlineData(12, 0.4494)]
    [InlineData(13, 0.2853)]
    [InlineData(14, 0.1741)]
    public void Probability_of_waiting_matches_the_textbook(int agents, double expected)
    {
        ErlangC.ProbabilityOfWaiting(agents, 10).ShouldBe(expected, 5e-5);
        ErlangC.ProbabilityOfWaiting(agents, 10).ShouldBe(DirectProbabilityOfWaiting(agents, 10), 1e-12);
    }

    [Fact]
    public void Service_level_speed_of_answer_and_occupancy_at_ten_erlangs()
    {
        // 14 agents: 17.4% wait, 88.8% answered within 20 s, ASA 7.8 s (the usual worked example).
        ErlangC.ServiceLevel(14, 10, 20, 180).ShouldBe(0.8884, 5e-5);
        ErlangC.AverageSpeedOfAnswer(14, 10, 180).ShouldBe(7.84, 5e-3);
        ErlangC.Occupancy(14, 10).ShouldBe(10.0 / 14, 1e-12);
        ErlangC.ServiceLevel(13, 10, 20, 180).ShouldBe(0.7956, 5e-5);
    }

    [Fact]
    public void Too_few_agents_is_an_unstable_queue()
    {
        ErlangC.ProbabilityOfWaiting(10, 10).ShouldBe(1);
        ErlangC.ServiceLevel(9, 10, 20, 180).ShouldBe(0);
        ErlangC.AverageSpeedOfAnswer(10, 10, 180).ShouldBe(double.PositiveInfinity);
        ErlangC.Occupancy(5, 10).ShouldBe(1);
    }

    [Fact]
    public void Erlang_B_recursion_matches_the_direct_formula()
    {
        // B(5, 3) = (3^5/5!) / Σ_{k≤5} 3^k/k!
        var terms = Enumerable.Range(0, 6).Select(k => Math.Pow(3, k) / Factorial(k)).ToArray();
        ErlangC.ErlangB(5, 3).ShouldBe(terms[5] / terms.Sum(), 1e-14);
    }

    [Theory]
    [InlineData(500, 510)]
    [InlineData(500, 530)]
    [InlineData(2000, 2050)]
    public void Large_loads_stay_finite_and_match_a_log_space_computation(double load, int agents)
    {
        var c = ErlangC.ProbabilityOfWaiting(agents, load);
        double.IsFinite(c).ShouldBeTrue();
        c.ShouldBe(LogSpaceProbabilityOfWaiting(agents, load), 1e-9);
        var level = ErlangC.ServiceLevel(agents, load, 20, 180);
        level.ShouldBeInRange(0, 1);
    }

    /// <summary>The textbook formula as written: fine for small loads, overflows for large ones.</summary>
    private static double DirectProbabilityOfWaiting(int n, double a)
    {
        var below = Enumerable.Range(0, n).Sum(k => Math.Pow(a, k) / Factorial(k));
        var top = Math.Pow(a, n) / Factorial(n) * n / (n - a);
        return top / (below + top);
    }

    /// <summary>The same formula with every term as a logarithm, shifted by the largest before summing.</summary>
    private static double LogSpaceProbabilityOfWaiting(int n, double a)
    {
        var logs = new double[n + 1];
        for (var k = 1; k <= n; k++)
        {
            logs[k] = logs[k - 1] + Math.Log(a / k);
        }

        var logTop = logs[n] + Math.Log(n / (n - a));
        var max = Math.Max(logs.Max(), logTop);
        var below = logs[..n].Sum(l => Math.Exp(l - max));
        var top = Math.Exp(logTop - max);
        return top / (below + top);
    }

    private static double Factorial(int k) => k <= 1 ? 1 : k * Factorial(k - 1);
}
