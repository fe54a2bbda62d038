namespace Pathway.Portal.Surveys;

/// <summary>How a survey question is answered.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<SurveyQuestionKind>))]
public enum SurveyQuestionKind
{
    /// <summary>One of the options (the items of the question's first list).</summary>
    OneChoice,

    /// <summary>Any of the options.</summary>
    ManyChoices,

    /// <summary>A number from 1 to <see cref="SurveyQuestion.ScaleTop"/> (how satisfied, how easy); the question has no list.</summary>
    Scale,

    /// <summary>Words of the reader's own, up to <see cref="SurveyAnswer.MaxTextLength"/> characters; the question has no list.</summary>
    Text,
}

/// <summary>
/// A survey question's shape, the same in every language: its number (the n-th "## " section of the
/// survey's text), a key for exports, how it is answered and whether it must be. Its words are the
/// item's text, translated like any other.
/// </summary>
public sealed class SurveyQuestion
{
    public const int ScaleTop = 5;
    public const int MaxKeyLength = 64;

    public Guid ItemId { get; init; }
    public Guid TenantId { get; init; }
    public int Number { get; init; }
    public string Key { get; set; } = "";
    public SurveyQuestionKind Kind { get; set; }
    public bool Required { get; set; }
}
