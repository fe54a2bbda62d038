namespace Pathway.People.Registry;

/// <summary>The registry's public surface: other modules and the UI go through here, never through its tables.</summary>
public interface IPersonRegistry
{
    /// <summary>Finds persons visible to the caller. Audited as a search.</summary>
    Task<PersonSearchResult> SearchAsync(PersonSearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>Opens one person. Audited as a read, with the reason when one is given.</summary>
    Task<PersonView?> GetAsync(Guid id, string? reason = null, CancellationToken cancellationToken = default);

    /// <summary>Adds a document to a registered person; what the document check finds goes to the review queue. Null when the person is not visible.</summary>
    Task<PersonView?> AddDocumentAsync(Guid personId, DocumentDetails document, CancellationToken cancellationToken = default);

    Task<PersonView> RegisterAsync(PersonDetails details, IReadOnlyList<DocumentDetails> documents, Guid organisationId, CancellationToken cancellationToken = default);
}

public sealed record DocumentDetails(DocumentKind Kind, string Number, string IssuingState, DateOnly? IssuedOn, DateOnly? ExpiresOn);
