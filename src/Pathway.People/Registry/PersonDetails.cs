namespace Pathway.People.Registry;

/// <summary>What a person is registered with.</summary>
public sealed record PersonDetails(
    string Surname,
    string GivenNames,
    Sex Sex,
    DateOnly BirthDate,
    string Citizenship,
    string? NativeSurname = null,
    string? NativeGivenNames = null,
    string? NativeScript = null,
    string? BirthPlace = null);
