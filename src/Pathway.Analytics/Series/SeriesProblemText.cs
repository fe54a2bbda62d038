using Microsoft.Extensions.Localization;
using Pathway.Analytics.Localization;

namespace Pathway.Analytics.Series;

/// <summary>Why a series cannot be kept, in the reader's language, for a field named elsewhere (the API's <c>key</c>, <c>title</c>, <c>points</c>).</summary>
internal static class SeriesProblemText
{
    public static string Describe(SeriesProblem problem, IStringLocalizer<AnalyticsText> text) => problem.Kind switch
    {
        SeriesProblemKind.Required => text["This field is required."],
        SeriesProblemKind.TooLong => text["Use at most {0} characters.", problem.Limit],
        SeriesProblemKind.NoObservations => text["The series has no observations: there is nothing to store."],
    };

    /// <summary>The field's name in the API's requests and validation problems.</summary>
    public static string FieldName(SeriesField field) => field switch
    {
        SeriesField.Key => "key",
        SeriesField.Title => "title",
        SeriesField.Unit => "unit",
        SeriesField.Points => "points",
    };
}
