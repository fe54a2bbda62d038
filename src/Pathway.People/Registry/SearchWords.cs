using Pathway.Documents;

namespace Pathway.People.Registry;

/// <summary>One word of a searched name: its search key, and the skeletons it may be stored under (see <see cref="NameMatching.Keys"/>).</summary>
internal sealed record SearchWord(string Key, IReadOnlyList<string> Skeletons);

internal static class SearchWords
{
    /// <summary>The words of a searched name, split where <see cref="NameKey"/> splits; words with no letter or digit are dropped.</summary>
    public static IReadOnlyList<SearchWord> Of(string name, int max)
    {
        var words = new List<SearchWord>();
        foreach (var token in NameKey.Of(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(max))
        {
            words.Add(new SearchWord(token, []));
        }

        // Skeletons come from the words as typed, not from their keys: the key has lost the marks
        // (Ż, Č) that tell the skeleton a sound.
        var typed = Split(name).Take(words.Count).ToList();
        for (var i = 0; i < words.Count && i < typed.Count; i++)
        {
            words[i] = words[i] with { Skeletons = [.. NameMatching.Keys(typed[i]).Where(k => k.Length > 0 && !k.Contains(' ', StringComparison.Ordinal)).Distinct(StringComparer.Ordinal)] };
        }

        return words;
    }

    private static IEnumerable<string> Split(string name)
    {
        var word = new System.Text.StringBuilder();
        foreach (var c in NameKey.WellFormed(name).Normalize(System.Text.NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
