using System.Text;

namespace Pathway.Platform.Calendars;

/// <summary>
/// Content lines as RFC 5545 §3.1 writes them: CRLF at the end of each, and a line longer than 75
/// octets folded with CRLF and one space, never inside a UTF-8 sequence. Applied to the
/// serializer's output so the rule holds whatever text the office's address or a translation holds.
/// </summary>
public static class CalendarText
{
    public const int MaxOctets = 75;

    public static string Fold(string serialized)
    {
        var builder = new StringBuilder(serialized.Length + 64);
        foreach (var line in Unfold(serialized))
        {
            if (line.Length == 0)
            {
                continue;
            }

            AppendFolded(builder, line);
        }

        return builder.ToString();
    }

    /// <summary>The logical lines: a CRLF (or a bare LF) followed by a space or a tab continues the line before it.</summary>
    public static IEnumerable<string> Unfold(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var current = new StringBuilder();
        var started = false;
        foreach (var line in lines)
        {
            if (started && line.Length > 0 && line[0] is ' ' or '\t')
            {
                current.Append(line, 1, line.Length - 1);
                continue;
            }

            if (started)
            {
                yield return current.ToString();
            }

            current.Clear().Append(line);
            started = true;
        }

        if (started && current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    private static void AppendFolded(StringBuilder builder, string line)
    {
        // The first physical line holds 75 octets; each continuation starts with a space, leaving 74.
        var room = MaxOctets;
        var used = 0;
        var index = 0;
        while (index < line.Length)
        {
            // A whole character (a surrogate pair is one) moves as one piece.
            var length = char.IsHighSurrogate(line[index]) && index + 1 < line.Length ? 2 : 1;
            var octets = Encoding.UTF8.GetByteCount(line.AsSpan(index, length));
            if (used + octets > room)
            {
                builder.Append("\r\n ");
                room = MaxOctets - 1;
                used = 0;
            }

            builder.Append(line, index, length);
            used += octets;
            index += length;
        }

        builder.Append("\r\n");
    }
}
