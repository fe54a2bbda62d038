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
    /// <summary>Where the person was born: a place name, compared like a name (spellings vary).</summary>
    BirthPlace,
    /// <summary>Any other column (occupation, notes), compared as free text and counted as weak evidence.</summary>
    Text,
}
