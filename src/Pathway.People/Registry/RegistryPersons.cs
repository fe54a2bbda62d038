using System.Security.Claims;
using Pathway.Platform.Modules;
using Pathway.Platform.Registry;

namespace Pathway.People.Registry;

/// <summary>
/// The registry answering another module's intake (support cases): its own name search, within the
/// caller's data scope and only for a caller who may read the registry; each search and each person
/// named is in the audit trail, as the registry's own pages leave them.
/// </summary>
internal sealed class RegistryPersons(IPersonRegistry registry, PermissionCatalog permissions) : IRegistryPersons
{
    private const int MostCandidates = 10;

    public async Task<IReadOnlyList<RegistryPerson>> LikelyAsync(string givenNames, string surname, DateOnly? birthDate, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!permissions.IsGranted(user, PeoplePermissions.PersonsRead))
        {
            return [];
        }

        // Every word of both names must be in the person's names, in any order: a surname written
        // as the given name still finds them.
        var found = await registry.SearchAsync(new PersonSearchQuery($"{givenNames} {surname}", null, birthDate, MostCandidates), cancellationToken);
        return [.. found.Persons.Select(p => new RegistryPerson(p.Id, p.GivenNames, p.Surname, p.BirthDate, p.Citizenship))];
    }

    public async Task<RegistryPerson?> FindAsync(Guid personId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!permissions.IsGranted(user, PeoplePermissions.PersonsRead))
        {
            return null;
        }

        var person = await registry.GetAsync(personId, "linked to a support case", cancellationToken);
        // A record merged into another is the same person: the case links to the one that stands.
        if (person?.MergedIntoId is { } survivor)
        {
            person = await registry.GetAsync(survivor, "linked to a support case", cancellationToken);
        }

        return person is null ? null : new RegistryPerson(person.Id, person.GivenNames, person.Surname, person.BirthDate, person.Citizenship);
    }
}
