namespace Pathway.Matching.Text;

/// <summary>
/// A loose phonetic key that folds the romanisation variants of one name together:
/// Szewczenko, Shevchenko and Шевченко all become "sevcenko". SZ/SH/SCH → s, CZ/CH/TSCH/TS/TZ → c,
/// W → v, KH/GH → h, ZH/RZ → z, J/Y → i, PH → f, Q/CK → k, X → ks, double letters once, spaces
/// dropped. It is a comparison level of its own, so a false fold costs only that level's weight.
/// </summary>
public static class NameSkeleton
{
    public static string Of(string value) => FromFolded(LatinFolding.Fold(value));

    internal static string FromFolded(string folded)
    {
        Span<char> buffer = folded.Length <= 128 ? stackalloc char[folded.Length * 2] : new char[folded.Length * 2];
        var n = 0;
        var s = folded.AsSpan();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == ' ')
            {
                i++;
                continue;
            }

            var rest = s[i..];
            char output;
            int consumed;
            if (rest.StartsWith("tsch"))
            {
                (output, consumed) = ('c', 4);
            }
            else if (rest.StartsWith("sch"))
            {
                (output, consumed) = ('s', 3);
            }
            else if (rest.StartsWith("tch"))
            {
                (output, consumed) = ('c', 3);
            }
            else if (rest.Length >= 2)
            {
                (output, consumed) = rest[..2] switch
                {
                    "sz" or "sh" => ('s', 2),
                    "cz" or "ch" or "ts" or "tz" => ('c', 2),
                    "kh" or "gh" => ('h', 2),
                    "zh" or "rz" => ('z', 2),
                    "ph" => ('f', 2),
                    "ck" => ('k', 2),
                    _ => (Single(c), 1),
                };
            }
            else
            {
                (output, consumed) = (Single(c), 1);
            }

            i += consumed;
            if (c == 'x' && consumed == 1)
            {
                Push(buffer, ref n, 'k');
                Push(buffer, ref n, 's');
                continue;
            }

            Push(buffer, ref n, output);
        }

        return new string(buffer[..n]);
    }

    private static char Single(char c) => c switch
    {
        'w' => 'v',
        'j' or 'y' => 'i',
        'q' => 'k',
        _ => c,
    };

    private static void Push(Span<char> buffer, ref int n, char c)
    {
        // Double letters count once: Kowalsky/Kovalski, Anna/Ana, Yurii/Yuri.
        if (n > 0 && buffer[n - 1] == c)
        {
            return;
        }

        buffer[n++] = c;
    }
}
