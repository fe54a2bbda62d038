namespace Pathway.Portal.Surveys;

/// <summary>One reader's answers to a survey, kept without who gave them: the language read in and the day.</summary>
public sealed class SurveyResponse
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid ItemId { get; init; }
    public string Language { get; init; } = "";
    public DateTime At { get; init; }
    public List<SurveyAnswer> Answers { get; init; } = [];
}

/// <summary>
/// One answer of a response: an option's number (one row per option ticked), a point of the scale,
/// or words, scrubbed of names and numbers before they are kept.
/// </summary>
public sealed class SurveyAnswer
{
    public const int MaxTextLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ResponseId { get; init; }
    public int Question { get; init; }
    public int? Choice { get; init; }
    public string? Text { get; init; }
}
