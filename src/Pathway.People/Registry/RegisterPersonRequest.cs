namespace Pathway.People.Registry;

/// <summary>
/// A registration as sent by a form or a client. Everything arrives as text so that a wrong
/// value becomes a field error in the caller's language, not a parsing failure.
/// </summary>
public sealed record RegisterPersonRequest(
    string? Surname,
    string? GivenNames,
    string? Sex,
    string? BirthDate,
    string? Citizenship,
    string? NativeSurname = null,
    string? NativeGivenNames = null,
    string? NativeScript = null,
    string? BirthPlace = null,
    IReadOnlyList<DocumentRequest>? Documents = null);

/// <param name="SharedNumberReason">
/// Only for a supervisor recording, on purpose, a number another person holds already: why.
/// Without it such a number is refused (409).
/// </param>
public sealed record DocumentRequest(string? Kind, string? Number, string? IssuingState, string? IssuedOn, string? ExpiresOn, string? SharedNumberReason = null);
