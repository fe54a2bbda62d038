namespace Pathway.People.Registry;

public sealed record PersonSummary(
    Guid Id,
    string Surname,
    string GivenNames,
    string? NativeName,
    Sex Sex,
    DateOnly BirthDate,
    string Citizenship);

public sealed record DocumentView(Guid Id, DocumentKind Kind, string Number, string IssuingState, DateOnly? IssuedOn, DateOnly? ExpiresOn);

public sealed record PersonView(
    Guid Id,
    string Surname,
    string GivenNames,
    string? NativeSurname,
    string? NativeGivenNames,
    string? NativeScript,
    Sex Sex,
    DateOnly BirthDate,
    string? BirthPlace,
    string Citizenship,
    Guid OrganisationId,
    DateTime RegisteredAt,
    IReadOnlyList<DocumentView> Documents,
    Guid? MergedIntoId = null,
    IReadOnlyList<Guid>? MergedRecordIds = null);

public sealed record PersonSearchResult(IReadOnlyList<PersonSummary> Persons, bool MoreAvailable);
