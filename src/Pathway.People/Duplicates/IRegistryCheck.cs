using Pathway.People.Registry;

namespace Pathway.People.Duplicates;

/// <summary>Checks a person against the registry before they are saved.</summary>
public interface IRegistryCheck
{
    Task<RegistryCheckResult> CheckAsync(PersonDetails details, IReadOnlyList<DocumentDetails> documents, CancellationToken cancellationToken = default);
}
