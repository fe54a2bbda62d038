namespace Pathway.Analytics.Disclosure;

/// <summary>
/// Statistical disclosure control of counts of persons by cell suppression, as statistical offices
/// do it (Hundepool et al., Handbook on Statistical Disclosure Control, chapters 4 and 5; τ-ARGUS).
///
/// Primary suppression: a published cell of 1 to threshold − 1 persons (the minimum frequency
/// rule; in a cube of things persons have, such as services, the persons behind the cell are
/// counted, whatever the number of things, as τ-ARGUS counts a magnitude table's contributors), and, along a sensitive dimension, a category holding every person of its group while the
/// group has other categories ("all refused": the published table would tell each member's
/// outcome; group disclosure in the Handbook's words). A zero is not confidential and stays shown.
///
/// Secondary suppression (<see cref="HypercubeSearch"/>): for each primary cell, cells chosen so
/// that the interval an intruder can compute for it, from the published cells and the sums that tie
/// them, with every count at least nought and no other bound, is wider than the protection level:
/// a small count may move down by its value and up to the threshold (when the table allows less
/// down, more up); a whole-group cell may move down by one, so the table no longer says that all
/// were in it. Few and small cells are preferred, and ties fall to the lower cell, so the same
/// input gives the same pattern.
/// </summary>
public static class CellSuppression
{
    /// <summary>Protects the cells of <paramref name="tables"/> of one cube together, so that tables sharing cells agree on them.</summary>
    public static ProtectedCube Protect(CountCube cube, IReadOnlyList<PublishedTable> tables, DisclosureRules? rules = null)
    {
        rules ??= DisclosureRules.Default;
        if (rules.Threshold < 1 || rules.Protection < 0)
        {
            throw new ArgumentException("The threshold is at least 1 (1: nothing is small) and the protection level not negative.", nameof(rules));
        }

        var problem = new SuppressionProblem(cube, tables);
        var reasons = PrimaryReasons(problem, rules);
        var suppressed = reasons.Select(r => r != PrimaryReason.None).ToArray();
        var search = new HypercubeSearch(problem, suppressed);
        var width = rules.Protection + 1L;
        for (var cell = 0; cell < reasons.Length; cell++)
        {
            var reason = reasons[cell];
            if (reason == PrimaryReason.None)
            {
                continue;
            }

            var value = problem.Values[cell];
            if (reason.HasFlag(PrimaryReason.SmallCount))
            {
                var down = search.Protect(cell, HypercubeSearch.Direction.Down, value);
                if (width - down > 0)
                {
                    search.Protect(cell, HypercubeSearch.Direction.Up, width - down);
                }
            }
            else
            {
                search.Protect(cell, HypercubeSearch.Direction.Down, 1);
            }
        }

        var statuses = new ConfStatus[reasons.Length];
        for (var cell = 0; cell < statuses.Length; cell++)
        {
            statuses[cell] = reasons[cell] != PrimaryReason.None ? ConfStatus.Primary
                : suppressed[cell] ? ConfStatus.Secondary
                : ConfStatus.Free;
        }

        return new ProtectedCube(problem, statuses, reasons, rules);
    }

    /// <summary>Protects the whole cube with every total: the one pattern dashboards cut their views from.</summary>
    public static ProtectedCube Protect(CountCube cube, DisclosureRules? rules = null) =>
        Protect(cube, [PublishedTable.WholeCube(cube)], rules);

    private static PrimaryReason[] PrimaryReasons(SuppressionProblem problem, DisclosureRules rules)
    {
        var reasons = new PrimaryReason[problem.Values.Length];
        for (var cell = 0; cell < reasons.Length; cell++)
        {
            if (problem.Published(cell) && problem.Values[cell] >= 1 && problem.Persons[cell] < rules.Threshold)
            {
                reasons[cell] = PrimaryReason.SmallCount;
            }
        }

        foreach (var relation in problem.Relations)
        {
            var total = problem.Values[relation.Total];
            // A category nobody can be in is no alternative: a group with one possible category tells nothing new.
            if (!problem.Layout.Dimensions[relation.Dimension].Sensitive || relation.Parts.Count(p => !problem.StructuralZeros[p]) < 2 || total == 0)
            {
                continue;
            }

            foreach (var part in relation.Parts)
            {
                if (problem.Values[part] == total)
                {
                    reasons[part] |= PrimaryReason.WholeGroup;
                }
            }
        }

        return reasons;
    }
}
