using System.Text;
using System.Text.RegularExpressions;
using Pathway.Portal.Search;

namespace Pathway.Portal.Assistant;

/// <summary>
/// Takes out of a question what may identify the person who asked, before it is kept or sent
/// anywhere: e-mail addresses, telephone and document numbers, dates (anything with three digits or
/// more), and every word that may be a name. A name is told by what the portal's texts do not hold:
/// a capitalised word no published text uses, and, in scripts without capitals (Arabic, Dari, Urdu,
/// Chinese), any word no text uses. What remains is the question's subject in the portal's own
/// words, and the lower-case words it lacks: what the editors need to see.
/// </summary>
public static partial class QuestionScrubber
{
    public const string Email = "[e-mail]";
    public const string Number = "[number]";
    public const string Word = "[…]";

    /// <param name="question">The question as typed.</param>
    /// <param name="isKnown">Whether a folded word is used by a text the reader is shown.</param>
    /// <param name="language">The reading language, whose function words are kept as they are.</param>
    public static string Scrub(string question, Func<string, bool> isKnown, string language)
    {
        var text = EmailAddress().Replace(question, Email);
        text = PhoneNumber().Replace(text, Number);
        var scrubbed = new StringBuilder(text.Length);
        var last = 0;
        foreach (var word in SearchFolding.Words(text))
        {
            scrubbed.Append(text, last, word.Start - last);
            var typed = text.Substring(word.Start, word.Length);
            scrubbed.Append(Replacement(typed, word.IsHan, isKnown, language) ?? typed);
            last = word.Start + word.Length;
        }

        scrubbed.Append(text, last, text.Length - last);
        return Collapse(scrubbed.ToString()).Trim();
    }

    private static string? Replacement(string typed, bool isHan, Func<string, bool> isKnown, string language)
    {
        if (typed.Count(char.IsDigit) >= 3)
        {
            return Number;
        }

        if (isHan)
        {
            // One character alone says little; the pairs of a run are what the search knows. A
            // Chinese name is two or three characters: a character no text uses is taken out.
            return isKnown(typed) || StopWords.Contains(language, typed) ? null : Word;
        }

        var folded = SearchFolding.Word(typed);
        if (folded.Length == 0 || StopWords.Contains(language, folded) || isKnown(folded))
        {
            return null;
        }

        var first = typed.EnumerateRunes().First();
        var cased = Rune.IsUpper(first) || Rune.IsLower(first);
        return !cased || Rune.IsUpper(first) ? Word : null;
    }

    /// <summary>The question without its e-mail addresses and numbers: what its subject is read from (an address's words are no subject).</summary>
    public static string WithoutContacts(string question)
    {
        var text = PhoneNumber().Replace(EmailAddress().Replace(question, " "), " ");
        var words = SearchFolding.Words(text).Where(w => text.Substring(w.Start, w.Length).Count(char.IsDigit) >= 3).Reverse();
        return words.Aggregate(text, (t, w) => t.Remove(w.Start, w.Length).Insert(w.Start, " "));
    }

    /// <summary>
    /// Whether a word the portal's texts do not use is most likely a name: capitalised where a
    /// sentence does not begin. It is then no subject of the question and is not weighed. A
    /// capitalised word that begins a sentence may be either ("Asylum?"), and is weighed.
    /// </summary>
    public static bool IsLikelyName(string question, string typed)
    {
        var at = question.IndexOf(typed, StringComparison.Ordinal);
        if (at < 0 || !Rune.IsUpper(typed.EnumerateRunes().First()))
        {
            return false;
        }

        var before = question[..at].TrimEnd();
        return before.Length > 0 && before[^1] is not ('.' or '!' or '?' or '…' or '؟' or '。' or ':' or '"' or '«' or '„' or '(');
    }

    /// <summary>A run of the same placeholder ("[…] […]" for a given name and surname) as one.</summary>
    private static string Collapse(string text) => RepeatedPlaceholder().Replace(text, "${p}");

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+\.\p{L}{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EmailAddress();

    // A run of digits with the spaces, dashes, dots, slashes and brackets telephone numbers and dates are written with.
    [GeneratedRegex(@"(?<![\p{L}\d])\+?\(?\d[\d\s\-./()]{4,}\d", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"(?<p>\[…\]|\[number\])(\s+\k<p>)+", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RepeatedPlaceholder();
}
