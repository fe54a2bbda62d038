namespace Pathway.People.Registry;

public sealed record PersonSummary(
    Guid Id,
    string Surname,
    string GivenNames,
    string? NativeName,
    Sex Sex,
    DateOnly BirthDate,
    string Citizenship)
{
    /// <summary>The summary as a query projection, so lists read only these columns.</summary>
    internal static readonly System.Linq.Expressions.Expression<Func<Person, PersonSummary>> FromPerson = p => new PersonSummary(
        p.Id, p.Surname, p.GivenNames,
        p.NativeSurname == null ? null : p.NativeSurname + " " + p.NativeGivenNames,
        p.Sex, p.BirthDate, p.Citizenship);

    private static readonly Func<Person, PersonSummary> Compiled = FromPerson.Compile();

    internal static PersonSummary Of(Person person) => Compiled(person);
}

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
