namespace Pathway.Cases.Catalogue;

/// <summary>The tenant's application types with the rules in force on a given day.</summary>
public interface ICaseCatalogue
{
    Task<IReadOnlyList<CatalogueEntry>> InForceAsync(DateOnly day, CancellationToken cancellationToken = default);
}
