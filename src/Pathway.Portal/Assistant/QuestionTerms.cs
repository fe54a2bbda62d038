using Pathway.Portal.Search;

namespace Pathway.Portal.Assistant;

/// <summary>
/// The words of a question that name its subject, as search terms: the question's words less the
/// reading language's <see cref="StopWords"/>. Chinese has no spaces, and a question is one run of
/// characters, so a run is cut into overlapping pairs ("居留卡" → "居留", "留卡"), the common way to
/// find Chinese words without a dictionary; a pair with a function character is dropped.
/// </summary>
public static class QuestionTerms
{
    public const int MaxLength = 500;

    /// <summary>At most this many terms are weighed: a long story yields its first subjects.</summary>
    public const int MaxTerms = 16;

    public static IReadOnlyList<SearchTerm> Of(string question, string language)
    {
        var terms = new List<SearchTerm>();
        var han = new List<string>();
        var hanEnd = -1;
        foreach (var word in SearchFolding.Words(question))
        {
            if (han.Count > 0 && (!word.IsHan || word.Start != hanEnd))
            {
                AddPairs(terms, han, language);
                han.Clear();
            }

            var typed = question.Substring(word.Start, word.Length);
            if (word.IsHan)
            {
                han.Add(typed);
                hanEnd = word.Start + word.Length;
                continue;
            }

            var folded = SearchFolding.Word(typed);
            if (folded.Length > 0 && !StopWords.Contains(language, folded))
            {
                Add(terms, Word(typed, folded));
            }
        }

        AddPairs(terms, han, language);
        return terms.Take(MaxTerms).ToList();
    }

    /// <summary>
    /// A word as a term. A word of three letters or fewer is looked for whole: as a beginning it
    /// would find every longer word that starts with it ("cat" in "category"), and a question's
    /// short words are its subject ("dog", "ZUS", "NFZ") only when they are what it says.
    /// </summary>
    public static SearchTerm Word(string typed, string folded) => new(typed, folded, IsPhrase: folded.Length <= 3);

    private static void AddPairs(List<SearchTerm> terms, List<string> run, string language)
    {
        if (run.Count == 1 && !StopWords.Contains(language, run[0]))
        {
            Add(terms, new SearchTerm(run[0], run[0], IsPhrase: true));
        }

        for (var i = 0; i + 1 < run.Count; i++)
        {
            if (!StopWords.Contains(language, run[i]) && !StopWords.Contains(language, run[i + 1]))
            {
                Add(terms, new SearchTerm(run[i] + run[i + 1], run[i] + " " + run[i + 1], IsPhrase: true));
            }
        }
    }

    private static void Add(List<SearchTerm> terms, SearchTerm term)
    {
        if (!terms.Any(t => t.Folded == term.Folded))
        {
            terms.Add(term);
        }
    }
}
