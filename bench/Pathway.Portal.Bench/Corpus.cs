using System.Text;

namespace Pathway.Portal.Bench;

/// <summary>
/// Texts for the bench: words of a language drawn by Zipf's law (a few words in nearly every text,
/// most in a few), from a vocabulary of real portal words and made-up words of the same script.
/// </summary>
internal sealed class Corpus
{
    private readonly string[] words;
    private readonly double[] cumulative;
    private readonly Random random;

    public Corpus(IEnumerable<string> realWords, string syllables, int size, Random random)
    {
        this.random = random;
        var vocabulary = new List<string>(realWords.Distinct(StringComparer.Ordinal));
        var parts = syllables.Split(' ');
        var seen = new HashSet<string>(vocabulary, StringComparer.Ordinal);
        while (vocabulary.Count < size)
        {
            var word = new StringBuilder();
            for (var i = random.Next(2, 5); i > 0; i--)
            {
                word.Append(parts[random.Next(parts.Length)]);
            }

            if (seen.Add(word.ToString()))
            {
                vocabulary.Add(word.ToString());
            }
        }

        // Real words and made-up ones take ranks at random.
        words = [.. vocabulary.OrderBy(_ => random.Next())];
        cumulative = new double[words.Length];
        var total = 0.0;
        for (var rank = 0; rank < words.Length; rank++)
        {
            total += 1.0 / (rank + 1);
            cumulative[rank] = total;
        }
    }

    /// <summary>The word of a rank (0 is the most frequent).</summary>
    public string Word(int rank) => words[rank];

    public string Text(int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var at = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
            text.Append(i == 0 ? "" : i % 17 == 0 ? ".\n\n" : " ").Append(words[at < 0 ? ~at : at]);
        }

        return text.Append('.').ToString();
    }
}
