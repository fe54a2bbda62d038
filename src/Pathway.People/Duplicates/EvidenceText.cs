using Microsoft.Extensions.Localization;
using Pathway.People.Localization;
using Pathway.Platform.Localization;

namespace Pathway.People.Duplicates;

/// <summary>
/// What the stored evidence of a suspicion means, in the reader's language. The suspicion keeps
/// the linkage engine's field and level names (machine keys, also in the API); a reviewer reads
/// "Date of birth: day and month swapped", not "BirthDate: day/month swapped".
/// </summary>
internal static class EvidenceText
{
    // The check names fields by the engine's roles, the nightly scan by the columns of its records.
    public static string Field(string field, IStringLocalizer<PeopleText> T) => field switch
    {
        "Surname" or "surname" => T["Surname"],
        "GivenName" or "given_name" => T["Given names"],
        "FullName" => T["Full name"],
        "BirthDate" or "date_of_birth" => T["Date of birth"],
        "Sex" or "sex" => T["Sex"],
        // The registry compares the place of birth as the linkage engine's city.
        "City" or "city" => T["Place of birth"],
        "DocumentNumber" or "document_number" => T["Document number"],
        "Nationality" or "nationality" => T["Citizenship"],
        "Address" => T["Address"],
        "Postcode" => T["Postcode"],
        "Email" => T["E-mail"],
        "Phone" => T["Phone"],
        _ => field,
    };

    public static string Level(string level, IStringLocalizer<PeopleText> T) => level switch
    {
        "missing" => T["missing on one record"],
        "exact" => T["the same"],
        "exact (weak date)" => T["the same, but a date often written when only the year is known"],
        "transliteration" => T["the same name in another transliteration"],
        "jaro-winkler>=0.95 or 1 edit" => T["almost the same spelling"],
        "jaro-winkler>=0.88" => T["very similar spelling"],
        "jaro-winkler>=0.7 or prefix" => T["similar spelling, or one begins with the other"],
        "day/month swapped" => T["day and month swapped"],
        "one component different" => T["day, month or year different"],
        "within a year" => T["less than a year apart"],
        "1 edit" => T["one character different"],
        "2 edits" => T["two characters different"],
        "different" => T["different"],
        _ => level,
    };

    /// <summary>The facts of a document signal: the number, its issuing state, the lost/stolen list it is on.</summary>
    public static string Fact(string name, IStringLocalizer<PeopleText> T) => name switch
    {
        "document" => T["Document number"],
        "issuingState" => T["Issuing state"],
        "source" => T["Source of the list"],
        _ => name,
    };
}
