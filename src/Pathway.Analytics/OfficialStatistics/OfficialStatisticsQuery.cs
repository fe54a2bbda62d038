using System.Globalization;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.OfficialStatistics;

/// <summary>The year and edition the page and the API ask for, read with the same words for the same mistake.</summary>
internal static class OfficialStatisticsQuery
{
    /// <summary>The first reference year of Regulation 862/2007's residence-permit statistics.</summary>
    public const int FirstYear = 2008;

    public static readonly IReadOnlyList<string> Editions = ["transmission", "publication"];

    /// <summary>A reference year from <see cref="FirstYear"/> to this year; null (with the error) otherwise.</summary>
    public static int? Year(string? value, int thisYear, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add("year", "Give the reference year, from {0} to {1}.", FirstYear.ToString(CultureInfo.InvariantCulture), thisYear.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= FirstYear && year <= thisYear)
        {
            return year;
        }

        errors.Add("year", "Write the year as four digits, from {0} to {1}.", FirstYear.ToString(CultureInfo.InvariantCulture), thisYear.ToString(CultureInfo.InvariantCulture));
        return null;
    }

    /// <summary>The edition by its name (any case); the publication when left out, as it shows no small counts.</summary>
    public static SdmxCsvEdition? Edition(string? value, FieldErrors errors)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "":
            case "publication":
                return SdmxCsvEdition.Publication;
            case "transmission":
                return SdmxCsvEdition.Transmission;
            default:
                errors.Add("edition", "Choose one of: {0}.", string.Join(", ", Editions));
                return null;
        }
    }

    public static string Name(SdmxCsvEdition edition) => edition switch
    {
        SdmxCsvEdition.Transmission => "transmission",
        SdmxCsvEdition.Publication => "publication",
    };

    /// <summary>The download's name: <c>migr_resfirst_PL_2025_publication.csv</c>.</summary>
    public static string FileName(Dataflow dataflow, string reportingCountry, int year, SdmxCsvEdition edition) =>
        string.Create(CultureInfo.InvariantCulture, $"{dataflow.Id.ToLowerInvariant()}_{reportingCountry}_{year}_{Name(edition)}.csv");
}
