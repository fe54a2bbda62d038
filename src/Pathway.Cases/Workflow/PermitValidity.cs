using Pathway.Cases.Catalogue;

namespace Pathway.Cases.Workflow;

/// <summary>
/// The validity a granting decision gives the permit, checked before it goes on the record: what
/// migration statistics count the permit by (Eurostat's first permits go by the length of validity
/// and leave temporary protection out), so a wrong day would miscount it for years.
/// </summary>
public static class PermitValidity
{
    /// <summary>
    /// Art. 60 ust. 1 ustawy o cudzoziemcach: a temporary residence permit is granted "na okres ... nie
    /// dłuższy niż 3 lata".
    /// </summary>
    public const int MaximumTemporaryYears = 3;

    /// <summary>
    /// How far from the decision's day a permit may start. A permit may run from the day after the one
    /// it follows, or from the day the foreigner comes, but not years away: such a day is a typing error.
    /// </summary>
    public const int MaximumYearsFromDecision = 1;

    /// <summary>The last day a temporary residence permit from <paramref name="validFrom"/> may be valid.</summary>
    public static DateOnly LatestTemporaryEnd(DateOnly validFrom) => validFrom.AddYears(MaximumTemporaryYears).AddDays(-1);

    /// <summary>
    /// Why the validity cannot be recorded for a permit of <paramref name="permit"/> decided on
    /// <paramref name="decisionDay"/>, or null when it can: a first day near the decision day; for a
    /// temporary residence permit a last day after the first and at most 3 years on; for permanent
    /// residence and the EU long-term resident's permit, which have no limit, no last day.
    /// </summary>
    public static Refusal? Check(PermitKind permit, DateOnly? validFrom, DateOnly? validUntil, DateOnly decisionDay)
    {
        if (validFrom is not { } from)
        {
            return Refusal.Input("permitValidFrom", "Give the first day the permit is valid.");
        }

        if (from < decisionDay.AddYears(-MaximumYearsFromDecision) || from > decisionDay.AddYears(MaximumYearsFromDecision))
        {
            return Refusal.Input("permitValidFrom", "The permit must start within a year of the decision day ({0}).", decisionDay);
        }

        if (permit != PermitKind.TemporaryResidence)
        {
            return validUntil is null ? null
                : Refusal.Input("permitValidUntil", "A permanent residence permit and an EU long-term resident's permit have no last day; leave it empty.");
        }

        if (validUntil is not { } until)
        {
            return Refusal.Input("permitValidUntil", "A temporary residence permit is valid until a set day; give it.");
        }

        if (until <= from)
        {
            return Refusal.Input("permitValidUntil", "The last valid day must be after the first ({0}).", from);
        }

        return until > LatestTemporaryEnd(from)
            ? Refusal.Input("permitValidUntil", "A temporary residence permit is granted for at most 3 years (art. 60 of the Act on Foreigners): until {0} at the latest.", LatestTemporaryEnd(from))
            : null;
    }
}
