using Pathway.Portal.Content;

namespace Pathway.Portal.Exchange;

/// <summary>
/// The portal's translation states in XLIFF and back. 2.0 has four states (initial, translated,
/// reviewed, final) and a prefixed subState for the rest; 1.2 has its own list with a state-qualifier
/// for machine output. Each portal state goes out as one XLIFF state and comes back as itself:
/// <code>
/// portal        XLIFF 2.0 state/subState        XLIFF 1.2 state (state-qualifier)
/// machine draft initial / pw:machine-draft      needs-review-translation (mt-suggestion)
/// draft         translated                       translated
/// in review     translated / pw:in-review        needs-review-translation
/// published     final                            final (approved="yes")
/// stale         initial / pw:stale               needs-translation
/// </code>
/// Coming in, 2.0 reviewed is in review, 1.2 signed-off is final, and a target whose state says it is
/// not translated yet (2.0 initial, 1.2 new or needs-…) is a draft: tools often leave the state alone.
/// </summary>
public static class XliffStates
{
    public const string SubStatePrefix = "pw:";
    public const string MachineDraftSubState = "pw:machine-draft";
    public const string InReviewSubState = "pw:in-review";
    public const string StaleSubState = "pw:stale";

    public static (string State, string? SubState) To20(TranslationState state) => state switch
    {
        TranslationState.MachineDraft => ("initial", MachineDraftSubState),
        TranslationState.Draft => ("translated", null),
        TranslationState.InReview => ("translated", InReviewSubState),
        TranslationState.Published => ("final", null),
        TranslationState.Stale => ("initial", StaleSubState),
        _ => ("initial", null),
    };

    public static (TranslationState State, ToolMark Mark) From20(string? state, string? subState) => state switch
    {
        "final" => (TranslationState.InReview, ToolMark.Final),
        "reviewed" => (TranslationState.InReview, ToolMark.None),
        "translated" when subState == InReviewSubState => (TranslationState.InReview, ToolMark.None),
        "translated" => (TranslationState.Draft, ToolMark.None),
        _ when subState == MachineDraftSubState => (TranslationState.MachineDraft, ToolMark.None),
        _ when subState == StaleSubState => (TranslationState.Draft, ToolMark.NeedsUpdate),
        _ => (TranslationState.Draft, ToolMark.None),
    };

    /// <summary>2.0's state attribute values, for checking a file.</summary>
    public static readonly IReadOnlySet<string> States20 = new HashSet<string>(["initial", "translated", "reviewed", "final"], StringComparer.Ordinal);

    public static (string State, string? Qualifier, bool Approved) To12(TranslationState state) => state switch
    {
        TranslationState.MachineDraft => ("needs-review-translation", "mt-suggestion", false),
        TranslationState.Draft => ("translated", null, false),
        TranslationState.InReview => ("needs-review-translation", null, false),
        TranslationState.Published => ("final", null, true),
        TranslationState.Stale => ("needs-translation", null, false),
        _ => ("new", null, false),
    };

    public static (TranslationState State, ToolMark Mark) From12(string? state, string? qualifier, bool approved) => state switch
    {
        "final" or "signed-off" => (TranslationState.InReview, ToolMark.Final),
        _ when approved => (TranslationState.InReview, ToolMark.Final),
        _ when qualifier is "mt-suggestion" or "leveraged-mt" => (TranslationState.MachineDraft, ToolMark.None),
        "needs-review-translation" or "needs-review-adaptation" or "needs-review-l10n" => (TranslationState.InReview, ToolMark.None),
        "translated" => (TranslationState.Draft, ToolMark.None),
        "new" or "needs-translation" or "needs-adaptation" or "needs-l10n" => (TranslationState.Draft, ToolMark.NeedsUpdate),
        _ => (TranslationState.Draft, ToolMark.None),
    };

    /// <summary>1.2's state attribute values (x- values are a tool's own and read as a draft).</summary>
    public static readonly IReadOnlySet<string> States12 = new HashSet<string>(
        ["new", "needs-translation", "needs-adaptation", "needs-l10n", "needs-review-translation", "needs-review-adaptation", "needs-review-l10n", "translated", "signed-off", "final"],
        StringComparer.Ordinal);

    /// <summary>The least advanced of the units' states: the item's translation is only as far along as its least finished unit.</summary>
    public static TranslationState Least(IEnumerable<TranslationState> states) =>
        states.DefaultIfEmpty(TranslationState.Draft).MinBy(Rank);

    private static int Rank(TranslationState state) => state switch
    {
        TranslationState.MachineDraft => 0,
        TranslationState.Draft => 1,
        _ => 2,
    };
}
