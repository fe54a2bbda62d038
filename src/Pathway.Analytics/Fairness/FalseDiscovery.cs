namespace Pathway.Analytics.Fairness;

/// <summary>
/// The Benjamini–Hochberg step-up procedure (1995): sort the m p-values, find the largest k with
/// p₍ₖ₎ ≤ k·q/m, flag the k smallest. It keeps the expected share of false flags among all flags at q
/// (for independent or positively dependent tests, as the overlapping groups here are), and so is less
/// blind than Holm's family-wise control when dozens of groups are compared at once.
/// </summary>
internal static class FalseDiscovery
{
    public const double Rate = 0.05;

    /// <summary>Whether each p-value, in the order given, is flagged at the false discovery rate <paramref name="rate"/>.</summary>
    public static bool[] Flags(IReadOnlyList<double> pValues, double rate = Rate)
    {
        var m = pValues.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ToList();
        var cut = 0;
        for (var k = m; k >= 1; k--)
        {
            if (pValues[order[k - 1]] <= k * rate / m)
            {
                cut = k;
                break;
            }
        }

        var flags = new bool[m];
        foreach (var i in order.Take(cut))
        {
            flags[i] = true;
        }

        return flags;
    }
}
