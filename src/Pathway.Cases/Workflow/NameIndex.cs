using Pathway.Documents;

namespace Pathway.Cases.Workflow;

/// <summary>
/// The applicant's name as case search looks it up. Each word is an entry, and so is each pair of
/// words, sorted and joined by a space: a two-word name is then one index lookup however common
/// either word is (a given name is shared by tens of thousands of 2,000,000 applicants, and
/// intersecting its postings with a surname's costs milliseconds per search). A word never holds a
/// space, so a one-word search never meets a pair.
/// </summary>
internal static class NameIndex
{
    /// <summary>Romanisation-independent words of a name (Шевченко, Shevchenko and Szewczenko give the same).</summary>
    public static IReadOnlyList<string> Words(string name) =>
        [.. NameMatching.Key(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length <= ApplicantWord.MaxWordLength).Distinct(StringComparer.Ordinal)];

    /// <summary>The entry of two words in either order; ordinal order, as the migration that filled in pairs sorts them (COLLATE "C").</summary>
    public static string Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? a + " " + b : b + " " + a;

    /// <summary>The entries a case's applicant is found by: the words, and the pairs that fit the column.</summary>
    public static IEnumerable<ApplicantWord> Entries(Guid caseId, string name)
    {
        var words = Words(name);
        var keys = words.Concat(
            from i in Enumerable.Range(0, words.Count)
            from j in Enumerable.Range(i + 1, words.Count - i - 1)
            select Pair(words[i], words[j]));
        return keys.Where(k => k.Length <= ApplicantWord.MaxWordLength).Select(k => new ApplicantWord { CaseId = caseId, Word = k });
    }

    /// <summary>
    /// How a search's words are looked up: the first entry read from the index (the pair of the
    /// first two words when there are two or more), and the words every match must also have.
    /// </summary>
    public static (string First, IReadOnlyList<string> AlsoHas) Lookup(IReadOnlyList<string> words)
    {
        if (words.Count >= 2 && Pair(words[0], words[1]) is { Length: <= ApplicantWord.MaxWordLength } pair)
        {
            return (pair, [.. words.Skip(2)]);
        }

        return (words[0], [.. words.Skip(1)]);
    }
}
