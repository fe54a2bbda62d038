using System.Globalization;
using Pathway.Documents;

namespace Pathway.People.Registry;

/// <summary>What a read MRZ means for the registry's document fields.</summary>
public static class MrzDocuments
{
    /// <summary>P… passports, V… visas; I, A and C are identity and residence cards, filed as identity cards for the officer to correct.</summary>
    public static DocumentKind KindOf(string documentCode) =>
        documentCode.StartsWith('P') ? DocumentKind.Passport
        : documentCode.StartsWith('V') ? DocumentKind.Visa
        : DocumentKind.NationalIdCard;

    /// <summary>YYMMDD as a form value (YYYY-MM-DD), or empty when it is not a date.</summary>
    public static string ExpiryForForm(string yymmdd, DateOnly today) =>
        MrzDates.ExpiryDate(yymmdd, today)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string BirthForForm(string yymmdd, DateOnly today) =>
        MrzDates.BirthDate(yymmdd, today)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
