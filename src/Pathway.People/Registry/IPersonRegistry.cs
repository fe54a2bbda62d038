namespace Pathway.People.Registry;

/// <summary>The registry's public surface: other modules and the UI go through here, never through its tables.</summary>
public interface IPersonRegistry
{
    /// <summary>Finds persons visible to the caller. Audited as a search.</summary>
    Task<PersonSearchResult> SearchAsync(PersonSearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>Opens one person. Audited as a read, with the reason when one is given.</summary>
    Task<PersonView?> GetAsync(Guid id, string? reason = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a document to a registered person; what the document check finds goes to the review queue.
    /// A number of the same kind and issuing state held by a person already is refused, unless a
    /// supervisor gives the reason for an exception.
    /// </summary>
    Task<RegistryOutcome> AddDocumentAsync(Guid personId, DocumentDetails document, CancellationToken cancellationToken = default);

    /// <summary>
    /// Registers a person; the same rule for document numbers as <see cref="AddDocumentAsync"/>. The registry
    /// check runs once, here (one audit entry when it shows candidates): what it finds goes to the review queue
    /// with the person, or, when <paramref name="acknowledged"/> does not cover it, nothing is saved. The page
    /// and the API both register through here; the outcome carries the check.
    /// </summary>
    Task<RegistryOutcome> RegisterAsync(PersonDetails details, IReadOnlyList<DocumentDetails> documents, Guid organisationId,
        RegistrationAcknowledgement acknowledged, CancellationToken cancellationToken = default);
}

/// <param name="SharedNumberReason">A supervisor's reason to record a number another person holds already; null otherwise.</param>
public sealed record DocumentDetails(DocumentKind Kind, string Number, string IssuingState, DateOnly? IssuedOn, DateOnly? ExpiresOn, string? SharedNumberReason = null);
