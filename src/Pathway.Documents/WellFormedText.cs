using System.Text;

namespace Pathway.Documents;

/// <summary>
/// Text with every lone surrogate (half of a character outside the Basic Multilingual Plane, left
/// by a cut or a faulty export) replaced by U+FFFD: <see cref="string.Normalize()"/> throws on them.
/// </summary>
internal static class WellFormedText
{
    public static string Of(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                var builder = new StringBuilder(text.Length);
                foreach (var rune in text.EnumerateRunes())
                {
                    builder.Append(rune.ToString());
                }

                return builder.ToString();
            }
        }

        return text;
    }
}
