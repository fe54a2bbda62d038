using Pathway.Analytics.Fairness;

namespace Pathway.Analytics.Tests.Fairness;

/// <summary>
/// Decisions drawn case by case and counted as the database would: two application types in two offices that
/// differ in refusal rate and days, so a crude comparison would be confounded, and citizenships in unequal
/// shares across them.
/// </summary>
internal static class SyntheticDecisions
{
    public static readonly Guid North = new("00000000-0000-0000-0000-00000000000a");
    public static readonly Guid South = new("00000000-0000-0000-0000-00000000000b");

    private static readonly (string Type, Guid Office, double Refusal, double Days)[] Strata =
    [
        ("studies", North, 0.10, 40),
        ("studies", South, 0.20, 60),
        ("work", North, 0.30, 80),
        ("work", South, 0.45, 120),
    ];

    /// <summary>
    /// <paramref name="cases"/> decisions; each case's citizenship from <paramref name="citizenships"/> (with its
    /// weight per stratum, so groups lean to some strata), its refusal odds multiplied by <paramref name="oddsOf"/>
    /// and its days lengthened by <paramref name="extraDaysOf"/>.
    /// </summary>
    public static List<DecisionCell> Draw(
        int seed, int cases, (string Citizenship, double[] Weights)[] citizenships, Func<string, string, double>? oddsOf = null, Func<string, string, double>? extraDaysOf = null)
    {
        var random = new Random(seed);
        var counts = new Dictionary<(string, string, string, Guid), (int Granted, int Refused, DaysSummary Days)>();
        for (var i = 0; i < cases; i++)
        {
            var s = random.Next(Strata.Length);
            var (type, office, refusal, days) = Strata[s];
            var citizenship = Pick(random, citizenships, s);
            var sex = random.NextDouble() < 0.5 ? "F" : "M";
            var odds = refusal / (1 - refusal) * (oddsOf?.Invoke(citizenship, sex) ?? 1);
            var refused = random.NextDouble() < odds / (1 + odds);
            // Days: skewed as real waits are (exponential around the stratum's mean, at least a day).
            var waited = Math.Max(1, Math.Round((-Math.Log(1 - random.NextDouble()) * days) + (extraDaysOf?.Invoke(citizenship, sex) ?? 0)));
            var key = (citizenship, sex, type, office);
            var (granted, refusedCount, summary) = counts.TryGetValue(key, out var found) ? found : (0, 0, DaysSummary.None);
            counts[key] = (granted + (refused ? 0 : 1), refusedCount + (refused ? 1 : 0), summary + new DaysSummary(1, waited, waited * waited));
        }

        return [.. counts.Select(c => new DecisionCell(c.Key.Item1, c.Key.Item2, c.Key.Item3, c.Key.Item4, c.Value.Granted, c.Value.Refused, c.Value.Days))];
    }

    public static (string, double[])[] Even(params string[] citizenships) => [.. citizenships.Select(c => (c, new double[] { 1, 1, 1, 1 }))];

    private static string Pick(Random random, (string Citizenship, double[] Weights)[] citizenships, int stratum)
    {
        var total = citizenships.Sum(c => c.Weights[stratum]);
        var draw = random.NextDouble() * total;
        foreach (var (citizenship, weights) in citizenships)
        {
            draw -= weights[stratum];
            if (draw < 0)
            {
                return citizenship;
            }
        }

        return citizenships[^1].Citizenship;
    }
}
