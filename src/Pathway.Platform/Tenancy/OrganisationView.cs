namespace Pathway.Platform.Tenancy;

/// <summary>An organisation of the office as the administrators' page and API show it.</summary>
/// <param name="Voivodeship">The TERYT code of the province it serves, or null.</param>
public sealed record OrganisationView(Guid Id, string Name, OrganisationKind Kind, string? Voivodeship)
{
    public static OrganisationView Of(Organisation organisation) => new(organisation.Id, organisation.Name, organisation.Kind, organisation.Voivodeship);
}
