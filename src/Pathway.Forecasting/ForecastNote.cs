namespace Pathway.Forecasting;

public enum ForecastNoteKind
{
    /// <summary>No observation at all: nothing to forecast from.</summary>
    NoObservations,
    LeadingMissingDropped,
    MissingInterpolated,
    TrailingMissingCarried,

    /// <summary>Fewer than two seasonal cycles: only non-seasonal models were tried.</summary>
    TooShortForSeasonal,

    /// <summary>The chosen model could not be fitted (usually too few values); a simpler one was used.</summary>
    ModelFellBack,

    /// <summary>A lasting level shift was found <see cref="ForecastNote.Count"/> periods before the end.</summary>
    StructuralBreak,

    /// <summary>A single observation: the forecast repeats it and the intervals have no width.</summary>
    IntervalsNotEstimated,
}

/// <summary>
/// Something a person should know about a forecast: what was filled in or which fallback was used.
/// <see cref="Count"/> and <see cref="Model"/> carry the figures the message names, for translation.
/// </summary>
public sealed record ForecastNote(ForecastNoteKind Kind, string Message, int Count = 0, string? Model = null)
{
    public override string ToString() => Message;
}
