namespace Pathway.Cases.Catalogue;

/// <summary>The tenant's application types with the rules in force on a given day.</summary>
public interface ICaseCatalogue
{
    Task<IReadOnlyList<CatalogueEntry>> InForceAsync(DateOnly day, CancellationToken cancellationToken = default);

    /// <summary>
    /// The decision period of one type in force on a day, read on its own: a case's clock needs no
    /// more of the catalogue, and a transition reads it each time (one query, not the whole catalogue's four).
    /// </summary>
    Task<DecisionPeriod?> DecisionPeriodAsync(string applicationType, DateOnly day, CancellationToken cancellationToken = default);

    /// <summary>The statutory suspensions of decision time limits, for one permit kind or all, in date order.</summary>
    Task<IReadOnlyList<StatutorySuspension>> SuspensionsAsync(PermitKind? permit = null, CancellationToken cancellationToken = default);
}
