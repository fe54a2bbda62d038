namespace Pathway.Platform.Registry;

/// <summary>
/// What the person registry knows that bears on an applicant's identity, asked by a module that may
/// not reference the registry's module: residence cases check it before a decision. The registry
/// implements it; an installation without one registers none, and the asker says it could not check.
/// </summary>
public interface IIdentitySignals
{
    /// <summary>
    /// The signals on the person <paramref name="personId"/> and on whoever holds the document
    /// <paramref name="documentNumber"/> of <paramref name="issuingState"/> (ICAO code) in the registry.
    /// </summary>
    Task<IdentitySignal> ForApplicantAsync(Guid? personId, string? documentNumber, string? issuingState, CancellationToken cancellationToken = default);
}

/// <param name="InRegistry">The registry holds the person or the document.</param>
/// <param name="OpenSuspicions">Duplicate-identity suspicions nobody has decided yet.</param>
/// <param name="ConfirmedSuspicions">Suspicions a supervisor confirmed as real (e.g. one person under two identities).</param>
/// <param name="DocumentListedLostOrStolen">The document is on an imported list of lost or stolen documents.</param>
/// <param name="DocumentExpiresOn">The latest expiry the registry holds for the document, when it holds one.</param>
public sealed record IdentitySignal(bool InRegistry, int OpenSuspicions, int ConfirmedSuspicions, bool DocumentListedLostOrStolen, DateOnly? DocumentExpiresOn);
