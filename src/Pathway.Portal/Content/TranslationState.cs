using System.Text.Json.Serialization;

namespace Pathway.Portal.Content;

/// <summary>
/// Where a language of an item stands. <see cref="Missing"/> and <see cref="Stale"/> are never stored:
/// a language without a text is missing, and a translation whose source has changed since is stale
/// whatever state it was saved in (<see cref="TranslationStates.Of"/>). Named, not numbered, in the API.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<TranslationState>))]
public enum TranslationState
{
    Missing,
    MachineDraft,
    Draft,
    InReview,
    Published,
    Stale,
}

/// <summary>The rules of the translation workflow.</summary>
public static class TranslationStates
{
    /// <summary>The state a reader and a translator see for one language of an item.</summary>
    public static TranslationState Of(ContentItem item, string language)
    {
        if (item.In(language) is not { } text)
        {
            return TranslationState.Missing;
        }

        if (language == item.SourceLanguage || item.Source is not { } source)
        {
            return text.State;
        }

        return string.Equals(text.SourceHash, SourceHashes.Of(source), StringComparison.Ordinal) ? text.State : TranslationState.Stale;
    }

    /// <summary>The states a translator may save a translation in; publishing is an editor's act.</summary>
    public static readonly IReadOnlyList<TranslationState> Saveable = [TranslationState.Draft, TranslationState.InReview];

    /// <summary>The translator's queue: what needs a translator's work, most urgent first.</summary>
    public static int Urgency(TranslationState state) => state switch
    {
        TranslationState.Stale => 0,
        TranslationState.Missing => 1,
        TranslationState.MachineDraft => 2,
        TranslationState.Draft => 3,
        TranslationState.InReview => 4,
        _ => 5,
    };

    public static bool NeedsWork(TranslationState state) => state is not TranslationState.Published;
}
