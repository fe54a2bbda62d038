namespace Pathway.Portal.Content;

/// <summary>
/// The English names of kinds and translation states: shown on the pages, and the keys of their
/// translations (tools/ui_strings.py lists them as dynamic keys).
/// </summary>
public static class ContentNames
{
    public static string Of(ContentKind kind) => kind switch
    {
        ContentKind.Article => "Article",
        ContentKind.News => "News",
        ContentKind.Alert => "Alert",
        ContentKind.Event => "Event or course",
        ContentKind.Procedure => "Procedure",
        ContentKind.Document => "Document",
        ContentKind.Term => "Glossary term",
        ContentKind.Service => "Service",
        ContentKind.DecisionTree => "Decision tree",
        ContentKind.Question => "Question and answer",
        ContentKind.Survey => "Survey",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Of(TranslationState state) => state switch
    {
        TranslationState.Missing => "missing",
        TranslationState.MachineDraft => "machine draft",
        TranslationState.Draft => "draft",
        TranslationState.InReview => "in review",
        TranslationState.Published => "published",
        TranslationState.Stale => "stale",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
