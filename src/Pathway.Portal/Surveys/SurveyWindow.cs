namespace Pathway.Portal.Surveys;

/// <summary>Whether a survey takes answers on a day.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<SurveyState>))]
public enum SurveyState
{
    /// <summary>Its first day is still to come.</summary>
    NotYetOpen,

    Open,

    /// <summary>Its last day has passed: it is shown, and its results stand, but it takes no more answers.</summary>
    Closed,
}

/// <summary>
/// The days a survey takes answers, both ends included, as the office's calendar counts them (its
/// time zone): a survey "open until 31 March" takes answers all of that day there. Either end may be
/// open; a survey with no window takes answers for as long as it is published.
/// </summary>
public sealed class SurveyWindow
{
    public Guid ItemId { get; init; }
    public Guid TenantId { get; init; }
    public DateOnly? OpensOn { get; set; }
    public DateOnly? ClosesOn { get; set; }

    public static SurveyState StateOn(SurveyWindow? window, DateOnly today) => window switch
    {
        { OpensOn: { } opens } when today < opens => SurveyState.NotYetOpen,
        { ClosesOn: { } closes } when today > closes => SurveyState.Closed,
        _ => SurveyState.Open,
    };
}
