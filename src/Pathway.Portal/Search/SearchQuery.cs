namespace Pathway.Portal.Search;

/// <summary>
/// One word of a query as the search looks for it: the word as typed (for the database's own
/// stemming), its folded form, and the stem-like beginning that finds its inflected forms too
/// (<see cref="Prefix"/>). A run of Han characters is one term, a phrase of single characters.
/// </summary>
public sealed record SearchTerm(string Typed, string Folded, bool IsPhrase)
{
    /// <summary>
    /// The beginning of the folded word that its other forms share: the word less its last two
    /// letters, never shorter than four ("pobytu" finds "pobyt" and "pobycie", "karty" finds
    /// "kartą", "работы" finds "rabota"). Most languages of the portal inflect at the end of a word;
    /// a database that stems (PostgreSQL for English, Russian, German…) finds the rest.
    /// </summary>
    public string Prefix => IsPhrase || Folded.Length <= 4 ? Folded : Folded[..Math.Max(4, Folded.Length - 2)];

    /// <summary>The folded Han characters of a phrase, one by one.</summary>
    public IReadOnlyList<string> Characters => IsPhrase ? Folded.Split(' ') : [Folded];

    /// <summary>Whether a folded word of a text is this term or one of its forms (for marking it).</summary>
    public bool Finds(string foldedWord) => IsPhrase ? Characters.Contains(foldedWord, StringComparer.Ordinal) : foldedWord.StartsWith(Prefix, StringComparison.Ordinal);
}

/// <summary>What a person typed into the search, as terms; all of them must be found (or, when none match together, any).</summary>
public static class SearchQuery
{
    public const int MaxLength = 200;
    public const int MaxTerms = 8;

    /// <summary>The terms of <paramref name="query"/>, each once, at most <see cref="MaxTerms"/>; empty when it has no word.</summary>
    public static IReadOnlyList<SearchTerm> Parse(string query)
    {
        var terms = new List<SearchTerm>();
        List<string>? han = null;
        var hanEnd = -1;
        foreach (var word in SearchFolding.Words(query))
        {
            if (han is not null && (!word.IsHan || word.Start != hanEnd))
            {
                Add(terms, new SearchTerm(string.Concat(han), string.Join(' ', han), IsPhrase: true));
                han = null;
            }

            if (word.IsHan)
            {
                (han ??= []).Add(query.Substring(word.Start, word.Length));
                hanEnd = word.Start + word.Length;
                continue;
            }

            var typed = query.Substring(word.Start, word.Length);
            var folded = SearchFolding.Word(typed);
            if (folded.Length > 0)
            {
                Add(terms, new SearchTerm(typed, folded, IsPhrase: false));
            }
        }

        if (han is not null)
        {
            Add(terms, new SearchTerm(string.Concat(han), string.Join(' ', han), IsPhrase: true));
        }

        return terms.Take(MaxTerms).ToList();
    }

    private static void Add(List<SearchTerm> terms, SearchTerm term)
    {
        if (!terms.Any(t => t.Folded == term.Folded))
        {
            terms.Add(term);
        }
    }
}
