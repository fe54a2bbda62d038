using Microsoft.Extensions.Localization;
using Pathway.Analytics.Localization;
using Pathway.Forecasting;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Forecasts;

/// <summary>The engine's notes in the reader's language: the kind picks the sentence, the note supplies its figures.</summary>
public static class ForecastNoteText
{
    public static string Describe(ForecastNote note, IStringLocalizer<AnalyticsText> text) => note.Kind switch
    {
        ForecastNoteKind.NoObservations => text["The series has no observations: there is nothing to forecast."],
        ForecastNoteKind.LeadingMissingDropped => text["Missing values before the first observation, left out: {0}.", note.Count],
        ForecastNoteKind.MissingInterpolated => text["Missing values inside the history, interpolated: {0}.", note.Count],
        ForecastNoteKind.TrailingMissingCarried => text["Missing periods at the end, filled with the last observation: {0}.", note.Count],
        ForecastNoteKind.TooShortForSeasonal => text["Values in the history: {0}. That is less than two seasonal cycles, so only non-seasonal models were tried.", note.Count],
        ForecastNoteKind.ModelFellBack => text["The chosen model could not be fitted to this history (values: {0}); {1} was used instead.", note.Count, note.Model ?? ""],
        ForecastNoteKind.StructuralBreak => text["The level shifted {0} periods before the end; the model follows the new level and its intervals are widened to the errors seen around the shift.", note.Count],
        ForecastNoteKind.IntervalsNotEstimated => text["With a single value no error can be estimated: the intervals have no width."],
    };
}
