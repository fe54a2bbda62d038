namespace Pathway.Portal.Content;

/// <summary>One language of an item as the editors' API shows it; a missing language has no text.</summary>
public sealed record ContentTextAnswer(string Language, TranslationState State, string? Title, string? Body, DateTime? UpdatedAt, string? UpdatedBy);

/// <summary>An item with every language of the portal, for editors and translators.</summary>
public sealed record ContentItemAnswer(
    Guid Id, ContentKind Kind, string Slug, string SourceLanguage, string OwnerName, DateTime LastCheckedAt, string LastCheckedBy,
    bool NeedsChecking, int Version, IReadOnlyList<ContentTextAnswer> Texts)
{
    public static ContentItemAnswer Of(ContentItem item, DateTime now) => new(
        item.Id, item.Kind, item.Slug, item.SourceLanguage, item.OwnerName, item.LastCheckedAt, item.LastCheckedBy, item.NeedsChecking(now), item.Version,
        [.. ContentDesk.Languages.Select(l => item.In(l) is { } text
            ? new ContentTextAnswer(l, TranslationStates.Of(item, l), text.Title, text.Body, text.UpdatedAt, text.UpdatedBy)
            : new ContentTextAnswer(l, TranslationState.Missing, null, null, null, null))]);
}
