using Pathway.Forecasting.Staffing;

namespace Pathway.Forecasting.Tests;

public class ErlangATests
{
    [Fact]
    public void Very_patient_callers_behave_as_in_Erlang_C()
    {
        var a = ErlangA.Evaluate(14, 10, 20, 180, patienceSeconds: 1e7);
        a.ServiceLevel.ShouldBe(ErlangC.ServiceLevel(14, 10, 20, 180), 1e-4);
        a.ProbabilityOfWaiting.ShouldBe(ErlangC.ProbabilityOfWaiting(14, 10), 1e-4);
        a.AverageSpeedOfAnswerSeconds.ShouldBe(ErlangC.AverageSpeedOfAnswer(14, 10, 180), 1e-2);
        a.AbandonmentShare!.Value.ShouldBeLessThan(1e-3);
    }

    [Fact]
    public void An_overloaded_queue_is_stable_because_callers_hang_up()
    {
        var a = ErlangA.Evaluate(9, 10, 20, 180, patienceSeconds: 120);
        a.AbandonmentShare!.Value.ShouldBeInRange(0.01, 0.99);
        a.ServiceLevel.ShouldBeInRange(0.01, 0.99);
        double.IsFinite(a.AverageSpeedOfAnswerSeconds).ShouldBeTrue();
        a.Occupancy.ShouldBeLessThanOrEqualTo(1);
    }

    [Fact]
    public void Abandonment_equals_patience_rate_times_queue_length_over_call_rate()
    {
        // Rate balance: λ·P(abandon) = γ·E[waiting calls]; E[waiting] by Little = λ·E[wait of all calls].
        // Both sides come from the same chain but through different sums, so a slip in either shows.
        const double aht = 180, patience = 90;
        var a = ErlangA.Evaluate(8, 9, 0, aht, patience);
        var waiting = ExpectedWaitingByBirthDeath(8, 9, aht, patience);
        var callRate = 9 / aht;
        a.AbandonmentShare!.Value.ShouldBe(waiting / patience / callRate, 1e-9);
    }

    [Theory]
    [InlineData(10, 10.0, 120.0)]
    [InlineData(12, 10.0, 60.0)]
    [InlineData(4, 5.0, 300.0)]
    public void Figures_match_a_simulated_helpline(int agents, double load, double patience)
    {
        const double aht = 180, within = 20;
        var model = ErlangA.Evaluate(agents, load, within, aht, patience);
        var simulated = Simulate(agents, load, within, aht, patience, calls: 400_000, seed: 7);
        model.ServiceLevel.ShouldBe(simulated.ServiceLevel, 0.01);
        model.AbandonmentShare!.Value.ShouldBe(simulated.Abandoned, 0.006);
        model.ProbabilityOfWaiting.ShouldBe(simulated.Waited, 0.01);
        model.AverageSpeedOfAnswerSeconds.ShouldBe(simulated.SpeedOfAnswer, Math.Max(1.0, 0.05 * simulated.SpeedOfAnswer));
    }

    [Fact]
    public void Large_loads_stay_finite()
    {
        var a = ErlangA.Evaluate(480, 500, 20, 180, 120);
        a.ServiceLevel.ShouldBeInRange(0, 1);
        a.AbandonmentShare!.Value.ShouldBeInRange(0, 1);
        double.IsFinite(a.AverageSpeedOfAnswerSeconds).ShouldBeTrue();
        var b = ErlangA.Evaluate(530, 500, 20, 180, 120);
        b.ServiceLevel.ShouldBeGreaterThan(a.ServiceLevel);
    }

    [Fact]
    public void Nobody_on_the_phones_loses_every_call()
    {
        var a = ErlangA.Evaluate(0, 3, 20, 180, 60);
        a.ServiceLevel.ShouldBe(0);
        a.AbandonmentShare.ShouldBe(1);
    }

    private static double ExpectedWaitingByBirthDeath(int n, double load, double aht, double patience)
    {
        // Unnormalised weights state by state, straight from the chain's rates (small n, no overflow).
        var weights = new List<double> { 1 };
        for (var s = 1; s < 2000; s++)
        {
            var death = Math.Min(s, n) / aht + Math.Max(s - n, 0) / patience;
            weights.Add(weights[^1] * (load / aht) / death);
        }

        var total = weights.Sum();
        return weights.Select((w, s) => w * Math.Max(s - n, 0)).Sum() / total;
    }

    private sealed record Simulated(double ServiceLevel, double Abandoned, double Waited, double SpeedOfAnswer);

    /// <summary>
    /// First come, first served with N agents: a call takes the earliest free agent unless its patience
    /// runs out first. Calls that hang up never hold an agent, and later calls cannot overtake, so each
    /// call's fate depends only on the calls before it.
    /// </summary>
    private static Simulated Simulate(int agents, double load, double within, double aht, double patience, int calls, int seed)
    {
        var random = new Random(seed);
        double Exponential(double mean) => -mean * Math.Log(1 - random.NextDouble());
        var free = new PriorityQueue<double, double>();
        for (var i = 0; i < agents; i++)
        {
            free.Enqueue(0, 0);
        }

        var meanGap = aht / load;
        double now = 0;
        int inTime = 0, abandoned = 0, waited = 0, answered = 0;
        double totalWait = 0;
        var warmUp = calls / 20;
        for (var call = 0; call < calls + warmUp; call++)
        {
            now += Exponential(meanGap);
            var earliest = free.Peek();
            var wait = Math.Max(0, earliest - now);
            var counted = call >= warmUp;
            if (wait > 0 && counted)
            {
                waited++;
            }

            if (wait > Exponential(patience))
            {
                abandoned += counted ? 1 : 0;
                continue;
            }

            free.Dequeue();
            var start = now + wait;
            var end = start + Exponential(aht);
            free.Enqueue(end, end);
            if (counted)
            {
                answered++;
                totalWait += wait;
                inTime += wait <= within ? 1 : 0;
            }
        }

        return new Simulated((double)inTime / calls, (double)abandoned / calls, (double)waited / calls, totalWait / answered);
    }
}
