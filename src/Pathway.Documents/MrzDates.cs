namespace Pathway.Documents;

/// <summary>
/// Turns the two-digit years of an MRZ into dates. The century is not written, so it is chosen
/// from what the date means: nobody is born in the future, and documents are not issued for
/// more than about twenty years ahead.
/// </summary>
public static class MrzDates
{
    private const int LongestValidityYears = 20;

    /// <summary>The birth date for YYMMDD, the latest one not after <paramref name="today"/>; null when not a date.</summary>
    public static DateOnly? BirthDate(string yymmdd, DateOnly today)
    {
        if (!TryRead(yymmdd, out var yy, out var mm, out var dd))
        {
            return null;
        }

        var recent = Create(2000 + yy, mm, dd);
        return recent is { } date && date <= today ? date : Create(1900 + yy, mm, dd);
    }

    /// <summary>The expiry date for YYMMDD, in this century unless that is too far ahead to be a validity; null when not a date.</summary>
    public static DateOnly? ExpiryDate(string yymmdd, DateOnly today)
    {
        if (!TryRead(yymmdd, out var yy, out var mm, out var dd))
        {
            return null;
        }

        var recent = Create(2000 + yy, mm, dd);
        return recent is { } date && date <= today.AddYears(LongestValidityYears) ? date : Create(1900 + yy, mm, dd);
    }

    /// <summary>
    /// A calendar date in some century, or a date whose unknown parts are fillers
    /// (ICAO 9303 lets a state write "74<<<<" when only the year of birth is known).
    /// </summary>
    internal static bool IsWellFormed(string yymmdd)
    {
        if (yymmdd.Length != 6)
        {
            return false;
        }

        if (yymmdd.Contains('<', StringComparison.Ordinal))
        {
            return Part(yymmdd, 0, 0, 99) && Part(yymmdd, 2, 1, 12) && Part(yymmdd, 4, 1, 31);
        }

        return TryRead(yymmdd, out var yy, out var mm, out var dd)
            && (Create(1900 + yy, mm, dd) is not null || Create(2000 + yy, mm, dd) is not null);
    }

    private static bool Part(string text, int start, int min, int max)
    {
        if (text[start] == '<' && text[start + 1] == '<')
        {
            return true;
        }

        return char.IsAsciiDigit(text[start]) && char.IsAsciiDigit(text[start + 1])
            && ((text[start] - '0') * 10) + (text[start + 1] - '0') is var value && value >= min && value <= max;
    }

    private static bool TryRead(string text, out int yy, out int mm, out int dd)
    {
        yy = mm = dd = 0;
        if (text is null || text.Length != 6 || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        yy = int.Parse(text.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture);
        mm = int.Parse(text.AsSpan(2, 2), System.Globalization.CultureInfo.InvariantCulture);
        dd = int.Parse(text.AsSpan(4, 2), System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    private static DateOnly? Create(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}
