using System.Runtime.InteropServices;

namespace Pathway.Matching.Dates;

/// <summary>
/// A parsed date of birth that may be partial: a missing month or day is 0. Parsed from
/// YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY, DD/MM/YYYY, YYYY-MM and YYYY.
/// </summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct BirthDate(int Year, int Month, int Day)
{
    public bool IsFull => Month > 0 && Day > 0;

    /// <summary>
    /// Year-only dates, 1 January (what offices write when only the year is known) and
    /// 1900-01-01-style system defaults say little about a person, so agreement on them is weak.
    /// An old year alone is not weak: parish and census records of the 1700s and 1800s carry full,
    /// real dates, and treating them as defaults threw away the strongest evidence such files have.
    /// </summary>
    public bool IsWeak => !IsFull || (Month == 1 && Day == 1);

    public static BirthDate? Parse(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length == 8 && AllDigits(text))
        {
            return Make(Number(text[..4]), Number(text.Slice(4, 2)), Number(text.Slice(6, 2)));
        }

        if (text.Length == 4 && AllDigits(text))
        {
            return Make(Number(text), 0, 0);
        }

        Span<Range> parts = stackalloc Range[4];
        var separator = text.IndexOfAny('-', '.', '/') is var at && at >= 0 ? text[at] : '\0';
        if (separator == '\0')
        {
            return null;
        }

        var count = text.Split(parts, separator);
        if (count is < 2 or > 3)
        {
            return null;
        }

        foreach (var r in parts[..count])
        {
            if (text[r].Length == 0 || !AllDigits(text[r]))
            {
                return null;
            }
        }

        var first = text[parts[0]];
        if (first.Length == 4)
        {
            // Year first: YYYY-MM-DD or YYYY-MM.
            return Make(Number(first), Number(text[parts[1]]), count == 3 ? Number(text[parts[2]]) : 0);
        }

        if (count == 3 && text[parts[2]].Length == 4)
        {
            return Make(Number(text[parts[2]]), Number(text[parts[1]]), Number(first));
        }

        return null;
    }

    private static BirthDate? Make(int year, int month, int day)
    {
        if (year is < 1000 or > 2999 || month is < 0 or > 12 || day is < 0 or > 31 || (month == 0 && day > 0))
        {
            return null;
        }

        return new BirthDate(year, month, day);
    }

    /// <summary>Days since year 0 on a 365/30 grid: good enough to tell "within a year".</summary>
    internal int ApproximateDays => (Year * 365) + (Math.Max(Month, 1) * 30) + Math.Max(Day, 1);

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(ReadOnlySpan<char> s) => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    public override string ToString() => IsFull ? $"{Year:D4}-{Month:D2}-{Day:D2}" : Month > 0 ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}";
}
