namespace Pathway.Analytics.Fairness;

/// <summary>
/// The decisions on the merits of one citizenship and sex, of one application type in one office, as the
/// database counts them: how many were granted and refused, and the days to decision of those with a known
/// submission day. Discontinued cases are not here: they ended without a decision on the merits.
/// </summary>
internal sealed record DecisionCell(string Citizenship, string Sex, string ApplicationType, Guid OfficeId, int Granted, int Refused, DaysSummary Days)
{
    public int Decided => Granted + Refused;
}
