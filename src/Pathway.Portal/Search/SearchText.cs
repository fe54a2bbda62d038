using Pathway.Portal.Content;

namespace Pathway.Portal.Search;

/// <summary>
/// One published text of a content item as the search finds it: the text a group of readers is
/// shown (their own language, else the fallback), in plain words and folded (<see cref="SearchFolding"/>).
/// Rebuilt from the item by <see cref="SearchIndex"/> whenever the item changes; never edited.
/// SQLite indexes the folded columns with FTS5, PostgreSQL with a stored tsvector (migration 0005).
/// </summary>
public sealed class SearchText
{
    /// <summary>A number, not a Guid: SQLite's full-text index refers to its rows by an integer row id.</summary>
    public long Id { get; init; }

    public Guid TenantId { get; init; }
    public Guid ItemId { get; init; }
    public ContentKind Kind { get; set; }
    public string Slug { get; set; } = "";

    /// <summary>The language of this text.</summary>
    public string Language { get; init; } = "";

    /// <summary>The reading languages that are shown this text, space-separated with a space at either end (" en de ").</summary>
    public string Readers { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>The body as plain words, without Markdown.</summary>
    public string Body { get; set; } = "";

    public string FoldedTitle { get; set; } = "";
    public string FoldedBody { get; set; } = "";

    /// <summary>
    /// PostgreSQL's tsvector of the row: the title (weight A) and body (C) stemmed in their language
    /// (<see cref="PostgresStemming"/>), the folded title (B) and body (D) as they are.
    /// </summary>
    public const string PostgresDocument = """
        setweight(to_tsvector(CASE "Language" WHEN 'en' THEN 'english'::regconfig WHEN 'ru' THEN 'russian'::regconfig WHEN 'de' THEN 'german'::regconfig WHEN 'es' THEN 'spanish'::regconfig WHEN 'it' THEN 'italian'::regconfig WHEN 'nl' THEN 'dutch'::regconfig WHEN 'ar' THEN 'arabic'::regconfig ELSE 'simple'::regconfig END, "Title"), 'A')
        || setweight(to_tsvector(CASE "Language" WHEN 'en' THEN 'english'::regconfig WHEN 'ru' THEN 'russian'::regconfig WHEN 'de' THEN 'german'::regconfig WHEN 'es' THEN 'spanish'::regconfig WHEN 'it' THEN 'italian'::regconfig WHEN 'nl' THEN 'dutch'::regconfig WHEN 'ar' THEN 'arabic'::regconfig ELSE 'simple'::regconfig END, "Body"), 'C')
        || setweight(to_tsvector('simple'::regconfig, "FoldedTitle"), 'B')
        || setweight(to_tsvector('simple'::regconfig, "FoldedBody"), 'D')
        """;

    /// <summary>
    /// PostgreSQL's tsvector of the title alone, kept in the row (not compressed or moved out): what
    /// ranks a query that matches too many texts to read every body's vector (<see cref="ContentSearch"/>).
    /// </summary>
    public const string PostgresTitleDocument = """
        setweight(to_tsvector('simple'::regconfig, "Title"), 'A') || setweight(to_tsvector('simple'::regconfig, "FoldedTitle"), 'B')
        """;

    public static string ReadersOf(IEnumerable<string> languages) => Content.SpacedList.Of(languages);
}
