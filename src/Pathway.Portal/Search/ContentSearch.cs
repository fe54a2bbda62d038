using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Portal.Content;

namespace Pathway.Portal.Search;

/// <summary>One item found: its text as the reader is shown it, the found words marked in its title and in a passage of its body.</summary>
public sealed record SearchHit(
    Guid Id, ContentKind Kind, string Slug, string Language, bool IsFallback, IReadOnlyList<TextPiece> Title, IReadOnlyList<TextPiece> Snippet);

/// <summary>
/// What a search found: <see cref="Total"/> items, this page of them best first. <see cref="AllTerms"/>
/// is false when no item had every word and these are the items with some of them.
/// </summary>
public sealed record SearchResults(IReadOnlyList<SearchTerm> Terms, bool AllTerms, int Total, IReadOnlyList<SearchHit> Hits)
{
    public static SearchResults None { get; } = new([], true, 0, []);
}

/// <summary>
/// Full-text search over the published content in the reader's language: every text the reader
/// would be shown (their language or the fallback), found by its folded words (any case, diacritics,
/// Cyrillic typed in Latin or Latin in Cyrillic, inflected forms by their shared beginning) and, on
/// PostgreSQL, by the database's stemming of the reader's language and English. Ranked by the
/// database (SQLite FTS5's BM25, PostgreSQL's ts_rank), a word in the title counting more than one
/// in the body. The queries are not stored: people type their names and situations into search boxes.
/// </summary>
public sealed class ContentSearch(PathwayDbContext db, ITenantScopeAccessor scope, WordFrequencies remembered)
{
    public const int PageSize = 20;

    /// <summary>
    /// On PostgreSQL, a query found in more texts than this is ranked by its titles alone: reading
    /// every body's vector back from TOAST costs more than the ranking gains, for a word that is in
    /// most texts says little about any of them (its inverse document frequency is near nothing).
    /// </summary>
    public const int RankBodiesUpTo = 1_000;

    public Task<SearchResults> SearchAsync(string query, string language, ContentKind? kind, int page = 1, CancellationToken cancellationToken = default) =>
        SearchAsync(SearchQuery.Parse(query), language, kind, page, cancellationToken);

    /// <summary>The search for terms already read from a query (the assistant reads a question its own way).</summary>
    public async Task<SearchResults> SearchAsync(IReadOnlyList<SearchTerm> terms, string language, ContentKind? kind, int page = 1, CancellationToken cancellationToken = default)
    {
        if (terms.Count == 0)
        {
            return SearchResults.None;
        }

        var skip = (page - 1) * PageSize;
        var matches = await MatchAsync(terms, allTerms: true, language, kind, skip, cancellationToken);
        var allTerms = true;
        // No item has every word: the items with some of them, said so (a question typed in full
        // has words no text repeats).
        if (matches.Count == 0 && terms.Count > 1 && (skip == 0 || !await AnyAsync(terms, language, kind, cancellationToken)))
        {
            matches = await MatchAsync(terms, allTerms: false, language, kind, skip, cancellationToken);
            allTerms = false;
        }

        var ids = matches.Select(m => m.Id).ToList();
        var rows = await db.Set<SearchText>().AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.ItemId, s.Kind, s.Slug, s.Language, s.Title, s.Body })
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var hits = matches.Where(m => rows.ContainsKey(m.Id)).Select(m => rows[m.Id]).Select(r => new SearchHit(
            r.ItemId, r.Kind, r.Slug, r.Language, !string.Equals(r.Language, language, StringComparison.Ordinal),
            Highlights.Mark(r.Title, terms), Highlights.Snippet(r.Body, terms))).ToList();
        return new SearchResults(terms, allTerms, matches.Count == 0 ? 0 : matches[0].Total, hits);
    }

    /// <summary>
    /// How many of the texts a reader of <paramref name="language"/> is shown hold each term, in the
    /// terms' order: what weighs a word by its rarity. Counted, not ranked: a common word is in
    /// thousands of texts, and none of them is read. SQLite counts them all in one statement.
    /// </summary>
    public async Task<IReadOnlyList<int>> DocumentFrequenciesAsync(IReadOnlyList<SearchTerm> terms, string language, CancellationToken cancellationToken = default)
    {
        // Counted once in a while (WordFrequencies): only the words not remembered are counted now.
        var tenant = scope.Current.TenantId;
        var frequencies = new int[terms.Count];
        var missing = new List<int>();
        for (var i = 0; i < terms.Count; i++)
        {
            if (!remembered.TryGet(tenant, language, terms[i], out frequencies[i]))
            {
                missing.Add(i);
            }
        }

        var counted = await CountAsync([.. missing.Select(i => terms[i])], language, cancellationToken);
        for (var k = 0; k < missing.Count; k++)
        {
            frequencies[missing[k]] = counted[k];
            remembered.Keep(tenant, language, terms[missing[k]], counted[k]);
        }

        return frequencies;
    }

    private async Task<IReadOnlyList<int>> CountAsync(IReadOnlyList<SearchTerm> terms, string language, CancellationToken cancellationToken)
    {
        if (terms.Count == 0)
        {
            return [];
        }

        if (!db.Database.IsNpgsql())
        {
            var sql = new SqlArguments();
            var tenant = sql.Add(scope.Current.TenantId);
            var counts = string.Join("\n    UNION ALL ", terms.Select((term, n) => $"""
                SELECT {n.ToString(CultureInfo.InvariantCulture)} AS "Position", (SELECT count(*) FROM "Portal_SearchIndex" f JOIN "Portal_SearchTexts" s ON s."Id" = f.rowid WHERE "Portal_SearchIndex" MATCH {sql.Add(SqliteMatch([term], allTerms: true, language))} AND s."TenantId" = {tenant}) AS "Value"
                """));
            var rows = await db.Database.SqlQuery<Frequency>(FormattableStringFactory.Create(counts, [.. sql.Values])).ToListAsync(cancellationToken);
            return [.. rows.OrderBy(r => r.Position).Select(r => r.Value)];
        }

        // One count per term, in one transaction that lets the GIN index answer each (see
        // MatchAsync). Counting all of them over the texts holding any one of them was slower: a
        // long question's words together are in most texts, and each text's vector was read back
        // to test every word.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off", cancellationToken);
        var frequencies = new List<int>(terms.Count);
        foreach (var term in terms)
        {
            var one = new SqlArguments();
            var text = $"""
                SELECT count(*)::int AS "Value" FROM "Portal_SearchTexts" s
                WHERE s."Document" @@ ({PostgresQuery([term], allTerms: true, language, one)}) AND s."TenantId" = {one.Add(scope.Current.TenantId)} AND s."Readers" LIKE {one.Add(SpacedList.Holding(language))}
                """;
            frequencies.Add(await db.Database.SqlQuery<int>(FormattableStringFactory.Create(text, [.. one.Values])).SingleAsync(cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return frequencies;
    }

    /// <summary>How many texts a reader of <paramref name="language"/> is shown.</summary>
    public async Task<int> TextsShownAsync(string language, CancellationToken cancellationToken = default)
    {
        var tenant = scope.Current.TenantId;
        if (!remembered.TryGetTexts(tenant, language, out var texts))
        {
            var readers = SpacedList.Holding(language);
            texts = await db.Set<SearchText>().CountAsync(s => s.TenantId == tenant && EF.Functions.Like(s.Readers, readers), cancellationToken);
            remembered.KeepTexts(tenant, language, texts);
        }

        return texts;
    }

    private async Task<bool> AnyAsync(IReadOnlyList<SearchTerm> terms, string language, ContentKind? kind, CancellationToken cancellationToken) =>
        (await MatchAsync(terms, allTerms: true, language, kind, 0, cancellationToken)).Count > 0;

    private async Task<List<SearchMatch>> MatchAsync(IReadOnlyList<SearchTerm> terms, bool allTerms, string language, ContentKind? kind, int skip, CancellationToken cancellationToken)
    {
        var sql = new SqlArguments();
        var filter = new Filter(sql.Add(scope.Current.TenantId), sql.Add(kind?.ToString()), sql.Add(PageSize), sql.Add(skip));
        if (!db.Database.IsNpgsql())
        {
            return await db.Database.SqlQuery<SearchMatch>(FormattableStringFactory.Create(Sqlite(terms, allTerms, language, filter, sql), [.. sql.Values])).ToListAsync(cancellationToken);
        }

        var text = Postgres(terms, allTerms, language, filter, sql);
        // The planner prices a sequential scan of the narrow rows below the GIN index for a common
        // word, not knowing that each row's vector must then be read back from TOAST (ten times
        // slower here): the index is the way for every query, said for this transaction only.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off", cancellationToken);
        var found = await db.Database.SqlQuery<SearchMatch>(FormattableStringFactory.Create(text, [.. sql.Values])).ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return found;
    }

    /// <summary>
    /// FTS5 over the folded title and body (external content: the index holds no copy of the text),
    /// with the reading language as a word of the Readers column. A term is found as its beginning
    /// (<see cref="SearchTerm.Prefix"/>) or whole, the whole word adding to the rank.
    /// </summary>
    private static string Sqlite(IReadOnlyList<SearchTerm> terms, bool allTerms, string language, Filter filter, SqlArguments sql) => $"""
        SELECT s."Id", count(*) OVER () AS "Total"
        FROM (SELECT rowid AS "Row", bm25("Portal_SearchIndex", 4.0, 1.0, 0.0) AS "Score" FROM "Portal_SearchIndex" WHERE "Portal_SearchIndex" MATCH {sql.Add(SqliteMatch(terms, allTerms, language))}) f
        JOIN "Portal_SearchTexts" s ON s."Id" = f."Row"
        WHERE s."TenantId" = {filter.Tenant} AND ({filter.Kind} IS NULL OR s."Kind" = {filter.Kind})
        ORDER BY f."Score", s."Id"
        LIMIT {filter.Take} OFFSET {filter.Skip}
        """;

    private static string SqliteMatch(IReadOnlyList<SearchTerm> terms, bool allTerms, string language)
    {
        var match = new StringBuilder("{FoldedTitle FoldedBody} : (");
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            match.Append(i == 0 ? "" : allTerms ? " AND " : " OR ")
                .Append(term.IsPhrase ? Quoted(term.Folded) : $"({Quoted(term.Prefix)}* OR {Quoted(term.Folded)})");
        }

        match.Append(") AND Readers : ").Append(Quoted(language));
        return match.ToString();

        static string Quoted(string token) => "\"" + token.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>
    /// The stored tsvector of migration 0005 (the title and body stemmed in their language, and
    /// folded): a term is found as its folded beginning, or as the reader's language's or English
    /// stem of the word typed.
    /// </summary>
    private static string Postgres(IReadOnlyList<SearchTerm> terms, bool allTerms, string language, Filter filter, SqlArguments sql)
    {
        var query = PostgresQuery(terms, allTerms, language, sql);

        // The query stands in the WHERE itself, not in a joined subquery, so the planner sees a
        // condition the GIN index answers.
        return $"""
            SELECT m."Id", m."Total" FROM (
                SELECT s."Id", count(*) OVER ()::int AS "Total", s."Document", s."TitleDocument"
                FROM "Portal_SearchTexts" s
                WHERE s."Document" @@ ({query}) AND s."TenantId" = {filter.Tenant} AND s."Readers" LIKE {sql.Add(SpacedList.Holding(language))}
                    AND ({filter.Kind}::text IS NULL OR s."Kind" = {filter.Kind}::text)) m
            ORDER BY CASE WHEN m."Total" > {RankBodiesUpTo} THEN ts_rank(m."TitleDocument", {query}) ELSE ts_rank(m."Document", {query}) END DESC, m."Id"
            LIMIT {filter.Take} OFFSET {filter.Skip}
            """;
    }

    private static string PostgresQuery(IReadOnlyList<SearchTerm> terms, bool allTerms, string language, SqlArguments sql)
    {
        var query = new StringBuilder();
        var stemming = PostgresStemming.Of(language);
        foreach (var term in terms)
        {
            query.Append(query.Length == 0 ? "" : allTerms ? " && " : " || ");
            if (term.IsPhrase)
            {
                query.Append($"phraseto_tsquery('simple', {sql.Add(term.Folded)})");
                continue;
            }

            var typed = sql.Add(term.Typed);
            query.Append($"(to_tsquery('simple', {sql.Add("'" + term.Prefix + "':*")}) || plainto_tsquery('{stemming}', {typed})");
            query.Append(stemming == "english" ? ")" : $" || plainto_tsquery('english', {typed}))");
        }

        return query.ToString();
    }

    /// <summary>The placeholders ({0}, {1}…) of the values a query is run with, as EF makes them parameters.</summary>
    private sealed class SqlArguments
    {
        public List<object?> Values { get; } = [];

        public string Add(object? value)
        {
            Values.Add(value);
            return "{" + (Values.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
        }
    }

    private sealed record Filter(string Tenant, string Kind, string Take, string Skip);

    internal sealed record SearchMatch(long Id, int Total);

    internal sealed record Frequency(int Position, int Value);
}

/// <summary>The PostgreSQL text-search configuration that stems each language of the portal, where PostgreSQL has one.</summary>
public static class PostgresStemming
{
    public static string Of(string language) => language switch
    {
        "en" => "english",
        "ru" => "russian",
        "de" => "german",
        "es" => "spanish",
        "it" => "italian",
        "nl" => "dutch",
        "ar" => "arabic",
        _ => "simple", // Polish, Ukrainian, Dari, Urdu and Chinese have no stemmer in PostgreSQL
    };
}
