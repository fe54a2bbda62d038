using Pathway.Matching.Dates;
using Pathway.Matching.Text;

namespace Pathway.Matching.Scoring;

/// <summary>The canonical text of a value, so that exact agreement ignores case, accents, script and layout.</summary>
internal static class ValueNormaliser
{
    public static string? Normalise(FieldRole role, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var value = role switch
        {
            FieldRole.GivenName or FieldRole.Surname or FieldRole.City or FieldRole.BirthPlace or FieldRole.Address or FieldRole.Text or FieldRole.Nationality or FieldRole.Ignore => LatinFolding.Fold(raw),
            FieldRole.FullName => SortedTokens(LatinFolding.Fold(raw)),
            FieldRole.BirthDate => BirthDate.Parse(raw)?.ToString() ?? LatinFolding.Fold(raw),
            FieldRole.Sex => Sex(LatinFolding.Fold(raw)),
            FieldRole.Email => raw.Trim().ToLowerInvariant(),
            FieldRole.Phone => Keep(raw, char.IsAsciiDigit),
            FieldRole.Postcode or FieldRole.DocumentNumber => Keep(raw, char.IsAsciiLetterOrDigit).ToUpperInvariant(),
        };

        return value.Length == 0 ? null : Shortened(value);
    }

    /// <summary>
    /// Values are compared on their first this many characters: edit distance and Jaro-Winkler
    /// grow with the product of the lengths, and a pasted page of notes must not stall a run.
    /// </summary>
    public const int ComparedLength = 100;

    private static string Shortened(string value)
    {
        if (value.Length <= ComparedLength)
        {
            return value;
        }

        // Never cut a surrogate pair in half.
        var length = char.IsHighSurrogate(value[ComparedLength - 1]) ? ComparedLength - 1 : ComparedLength;
        return value[..length];
    }

    // "F", "female", "kobieta" and "ж" would all need a table; the first letter covers the common codes.
    // "Unknown", "U", "not stated" and "n/a" say nothing, so they count as missing, not as a sex that agrees.
    private static string Sex(string folded) => folded switch
    {
        "" or "u" or "na" or "n a" or "none" or "null" or "nk" => "",
        _ when folded.StartsWith("unk", StringComparison.Ordinal) || folded.StartsWith("not ", StringComparison.Ordinal) => "",
        _ => folded[..1],
    };

    private static string SortedTokens(string folded)
    {
        var tokens = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Array.Sort(tokens, StringComparer.Ordinal);
        return string.Join(' ', tokens);
    }

    private static string Keep(string raw, Func<char, bool> keep)
    {
        Span<char> buffer = raw.Length <= 256 ? stackalloc char[raw.Length] : new char[raw.Length];
        var n = 0;
        foreach (var c in raw)
        {
            if (keep(c))
            {
                buffer[n++] = c;
            }
        }

        return new string(buffer[..n]);
    }
}
