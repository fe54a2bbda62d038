namespace Pathway.Analytics.Fairness;

/// <summary>
/// The fairness monitor's method, on counts alone: each citizenship, each sex, and each citizenship and sex
/// together is compared with everyone else decided in the same strata (application type × office), on
/// refusals (<see cref="MantelHaenszel"/>) and on days to decision (<see cref="StratifiedMeanDifference"/>).
/// All the p-values of one answer form one family for the Benjamini–Hochberg correction (<see cref="FalseDiscovery"/>).
/// <para>
/// A group is not shown, but listed as too few to compare, when it has fewer than the disclosure threshold of
/// decisions, when everyone else has fewer, or when fewer than the threshold of its decisions (or of the others')
/// fall in strata where both sides were decided: such a comparison rests on too little to estimate.
/// </para>
/// </summary>
internal static class FairnessMethod
{
    public static FairnessComparison Compare(IReadOnlyList<DecisionCell> cells, int threshold)
    {
        var strata = cells.GroupBy(c => (c.ApplicationType, c.OfficeId)).Select(s => s.ToList()).ToList();
        var outcomes = new List<(OutcomeGap Gap, double P)>();
        var times = new List<(DaysGap Gap, double P)>();
        var tooFewOutcomes = new List<FairnessGroup>();
        var tooFewTimes = new List<FairnessGroup>();

        foreach (var group in Groups(cells))
        {
            var mine = cells.Where(group.Holds).ToList();
            var decided = mine.Sum(c => c.Decided);
            var othersDecided = cells.Sum(c => c.Decided) - decided;
            if (OutcomeGapOf(group, mine, strata, threshold, decided, othersDecided) is { } outcome)
            {
                outcomes.Add((outcome, outcome.P));
            }
            else
            {
                tooFewOutcomes.Add(group);
            }

            if (DaysGapOf(group, mine, strata, threshold, decided, othersDecided) is { } days)
            {
                times.Add((days, days.P));
            }
            else
            {
                tooFewTimes.Add(group);
            }
        }

        var flags = FalseDiscovery.Flags([.. outcomes.Select(o => o.P), .. times.Select(t => t.P)]);
        return new FairnessComparison(
            [.. outcomes.Select((o, i) => o.Gap with { Flagged = flags[i] })],
            [.. times.Select((t, i) => t.Gap with { Flagged = flags[outcomes.Count + i] })],
            tooFewOutcomes,
            tooFewTimes);
    }

    /// <summary>
    /// The groups to compare, largest first within each kind: every citizenship and sex, and each citizenship
    /// and sex together unless it is the whole citizenship (one sex only), which would repeat that row.
    /// </summary>
    internal static IEnumerable<FairnessGroup> Groups(IReadOnlyList<DecisionCell> cells)
    {
        IEnumerable<FairnessGroup> Largest(IEnumerable<IGrouping<FairnessGroup, DecisionCell>> groups) =>
            groups.OrderByDescending(g => g.Sum(c => c.Decided)).ThenBy(g => g.Key.Citizenship, StringComparer.Ordinal).ThenBy(g => g.Key.Sex, StringComparer.Ordinal).Select(g => g.Key);

        var citizenships = Largest(cells.GroupBy(c => new FairnessGroup(c.Citizenship, null))).ToList();
        var sexes = Largest(cells.GroupBy(c => new FairnessGroup(null, c.Sex))).ToList();
        var sexesOf = cells.GroupBy(c => c.Citizenship, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(c => c.Sex).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        var both = Largest(cells.Where(c => sexesOf[c.Citizenship] > 1).GroupBy(c => new FairnessGroup(c.Citizenship, c.Sex))).ToList();
        return [.. citizenships, .. sexes, .. both];
    }

    private static OutcomeGap? OutcomeGapOf(
        FairnessGroup group, List<DecisionCell> mine, List<List<DecisionCell>> strata, int threshold, int decided, int othersDecided)
    {
        if (decided < threshold || othersDecided < threshold)
        {
            return null;
        }

        var tables = strata.Select(stratum =>
        {
            var (groupRefused, groupGranted, othersRefused, othersGranted) = (0, 0, 0, 0);
            foreach (var cell in stratum)
            {
                if (group.Holds(cell))
                {
                    groupRefused += cell.Refused;
                    groupGranted += cell.Granted;
                }
                else
                {
                    othersRefused += cell.Refused;
                    othersGranted += cell.Granted;
                }
            }

            return new StratumTable(groupRefused, groupGranted, othersRefused, othersGranted);
        }).Where(t => t.Informative).ToList();

        if (tables.Sum(t => t.Group) < threshold || tables.Sum(t => t.Others) < threshold || MantelHaenszel.Estimate(tables) is not { } estimate)
        {
            return null;
        }

        var refused = mine.Sum(c => c.Refused);
        return new OutcomeGap(group, decided, refused, (double)refused / decided, estimate.RiskRatio, estimate.RiskLower, estimate.RiskUpper,
            estimate.OddsRatio, estimate.OddsLower, estimate.OddsUpper, estimate.P, false, estimate.Corrected);
    }

    private static DaysGap? DaysGapOf(
        FairnessGroup group, List<DecisionCell> mine, List<List<DecisionCell>> strata, int threshold, int decided, int othersDecided)
    {
        if (decided < threshold || othersDecided < threshold)
        {
            return null;
        }

        var pairs = strata.Select(stratum =>
        {
            var (groupDays, othersDays) = (DaysSummary.None, DaysSummary.None);
            foreach (var cell in stratum)
            {
                if (group.Holds(cell))
                {
                    groupDays += cell.Days;
                }
                else
                {
                    othersDays += cell.Days;
                }
            }

            return (Group: groupDays, Others: othersDays);
        }).Where(p => p.Group.Count > 0 && p.Others.Count > 0).ToList();

        if (pairs.Sum(p => p.Group.Count) < threshold || pairs.Sum(p => p.Others.Count) < threshold || StratifiedMeanDifference.Estimate(pairs) is not { } difference)
        {
            return null;
        }

        var all = mine.Aggregate(DaysSummary.None, (sum, c) => sum + c.Days);
        return new DaysGap(group, (int)all.Count, all.Mean, difference.Days, difference.Lower, difference.Upper, difference.P, false);
    }
}

/// <summary>What <see cref="FairnessMethod.Compare"/> finds: the gaps shown, each flagged or not, and the groups too few to compare.</summary>
internal sealed record FairnessComparison(
    IReadOnlyList<OutcomeGap> Outcomes, IReadOnlyList<DaysGap> ProcessingTimes, IReadOnlyList<FairnessGroup> TooFewForOutcomes, IReadOnlyList<FairnessGroup> TooFewForProcessingTimes);
