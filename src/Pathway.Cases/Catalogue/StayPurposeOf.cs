using Pathway.Platform.Casework;

namespace Pathway.Cases.Catalogue;

/// <summary>
/// What an application type's stay is for, as migration statistics count it (Regulation (EC) No 862/2007,
/// art. 6: family reasons, education, remunerated activities, other), read from what the catalogue asks
/// the applicant to file: an employer's annex or business records mean work, admission to studies means
/// education, proof of family ties means family. A type that asks for none of them counts as other.
/// </summary>
public static class StayPurposeOf
{
    public static string Entry(CatalogueEntry entry) =>
        Type(entry.Type.Code, entry.Documents.Select(d => d.Code));

    public static string Type(string code, IEnumerable<string> documents)
    {
        var filed = documents.ToHashSet(StringComparer.Ordinal);
        return filed.Contains("employer-annex") || filed.Contains("business-records") ? StayPurposes.RemuneratedActivities
            : code == "studies" || filed.Contains("admission") ? StayPurposes.Education
            : code == "family" || filed.Contains("family-ties") ? StayPurposes.Family
            : StayPurposes.Other;
    }
}
