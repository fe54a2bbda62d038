using Pathway.People.Registry;

namespace Pathway.People.Duplicates;

/// <summary>Checks a person against the registry before they are saved.</summary>
public interface IRegistryCheck
{
    Task<RegistryCheckResult> CheckAsync(PersonDetails details, IReadOnlyList<DocumentDetails> documents, CancellationToken cancellationToken = default);

    /// <summary>Signals about documents alone: held by another person, or on a lost/stolen list.</summary>
    Task<IReadOnlyList<DocumentSignal>> CheckDocumentsAsync(IReadOnlyList<DocumentDetails> documents, CancellationToken cancellationToken = default);
}
