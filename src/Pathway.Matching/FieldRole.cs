namespace Pathway.Matching;

/// <summary>What a column holds about a person; decides how two values are compared.</summary>
public enum FieldRole
{
    /// <summary>Not compared (identifiers, ground truth, anything mapped to "ignore").</summary>
    Ignore,
    GivenName,
    Surname,
    FullName,
    BirthDate,
    Sex,
    City,
    Postcode,
    Address,
    Email,
    Phone,
    DocumentNumber,
    Nationality,
    /// <summary>Any other column, compared as free text.</summary>
    Text,
}
