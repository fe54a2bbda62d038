namespace Pathway.Cases.Catalogue;

/// <summary>The tenant's application types with the rules in force on a given day.</summary>
public interface ICaseCatalogue
{
    Task<IReadOnlyList<CatalogueEntry>> InForceAsync(DateOnly day, CancellationToken cancellationToken = default);

    /// <summary>The statutory suspensions of decision time limits, for one permit kind or all, in date order.</summary>
    Task<IReadOnlyList<StatutorySuspension>> SuspensionsAsync(PermitKind? permit = null, CancellationToken cancellationToken = default);
}
