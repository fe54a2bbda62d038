namespace Pathway.Documents;

/// <summary>
/// Recognises one name under its different romanisations and scripts (Шевченко, SHEVCHENKO,
/// Szewczenko, Schewtschenko), for finding a person registered from another document.
/// The folding rules are described on <see cref="NameSkeleton"/>.
/// </summary>
public static class NameMatching
{
    /// <summary>The matching key: each word folded to its sounds, in the order written (Szewczenko Taras → "SHEVCHENKO TARAS").</summary>
    public static string Key(string? name) => string.Join(' ', NameSkeleton.Words(name).Select(NameSkeleton.Render));

    /// <summary>
    /// The keys a name may have been stored under, <see cref="Key"/> first: a Latin CH is Ч in most
    /// spellings but Х in Polish ones (Chomenko for Хоменко, KHOMENKO), so a name with CH has the
    /// Polish reading as a second key. For searching; a stored record keeps its one key.
    /// </summary>
    public static IReadOnlyList<string> Keys(string? name)
    {
        var key = Key(name);
        return NameSkeleton.HasAmbiguousCh(name)
            ? [key, string.Join(' ', NameSkeleton.Words(name, polishCh: true).Select(NameSkeleton.Render))]
            : [key];
    }

    /// <summary>
    /// The same words, in any order (surname first in an MRZ, last on a form); false when
    /// either name has no letters.
    /// </summary>
    public static bool AreEquivalent(string? a, string? b)
    {
        var left = NameSkeleton.Words(a).Order(StringComparer.Ordinal).ToList();
        var right = NameSkeleton.Words(b).Order(StringComparer.Ordinal).ToList();
        return left.Count > 0 && left.SequenceEqual(right, StringComparer.Ordinal);
    }

    /// <summary>
    /// How alike two names are, from 0 to 1 (1 when equivalent): each word is paired with the
    /// most similar word of the other name, and words without a partner count as 0.
    /// For ranking search candidates; decisions use <see cref="AreEquivalent"/>.
    /// </summary>
    public static double Similarity(string? a, string? b)
    {
        var left = NameSkeleton.Words(a);
        var right = NameSkeleton.Words(b);
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        return (Coverage(left, right) + Coverage(right, left)) / 2;
    }

    // Weighted by word length, so an initial weighs less than a surname.
    private static double Coverage(IReadOnlyList<string> words, IReadOnlyList<string> others)
    {
        var total = 0.0;
        var weight = 0;
        foreach (var word in words)
        {
            total += word.Length * others.Max(other => WordSimilarity(word, other));
            weight += word.Length;
        }

        return total / weight;
    }

    private static double WordSimilarity(string a, string b) =>
        1.0 - ((double)Distance(a, b) / Math.Max(a.Length, b.Length));

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
