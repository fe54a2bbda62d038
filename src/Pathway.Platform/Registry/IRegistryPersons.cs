using System.Security.Claims;

namespace Pathway.Platform.Registry;

/// <summary>
/// The person registry as another module's intake asks it, without referencing the registry's
/// module: is the person someone the registry holds already? Support cases ask it so that a person
/// is registered once. The registry implements it with its own name matching and audits each
/// question; an installation without a registry registers none, and the intake says it could not look.
/// </summary>
public interface IRegistryPersons
{
    /// <summary>
    /// The registry's persons <paramref name="user"/> may see whose names match these (in either
    /// order) and, when it is known, whose date of birth is this one; empty for a user who may not read the registry.
    /// </summary>
    Task<IReadOnlyList<RegistryPerson>> LikelyAsync(string givenNames, string surname, DateOnly? birthDate, ClaimsPrincipal user, CancellationToken cancellationToken = default);

    /// <summary>The registry's person <paramref name="personId"/> when <paramref name="user"/> may see them; null otherwise.</summary>
    Task<RegistryPerson?> FindAsync(Guid personId, ClaimsPrincipal user, CancellationToken cancellationToken = default);
}

/// <summary>A person as the registry names them to another module: enough to tell whether it is the same person, no more.</summary>
public sealed record RegistryPerson(Guid Id, string GivenNames, string Surname, DateOnly BirthDate, string Citizenship);
