namespace Pathway.Cases.Catalogue;

/// <summary>An application type with the rules in force on one day; a missing rule is null (the office must add it before it takes such cases).</summary>
public sealed record CatalogueEntry(ApplicationType Type, DecisionPeriod? DecisionPeriod, StampDuty? StampDuty, IReadOnlyList<RequiredDocument> Documents)
{
    public static CatalogueEntry On(ApplicationType type, DateOnly day) => new(
        type,
        type.DecisionPeriods.SingleOrDefault(p => p.InForceOn(day)),
        type.StampDuties.SingleOrDefault(d => d.InForceOn(day)),
        [.. type.Documents.Where(d => d.InForceOn(day)).OrderBy(d => d.Condition).ThenBy(d => d.Code, StringComparer.Ordinal)]);
}
