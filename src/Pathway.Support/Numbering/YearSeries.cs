using System.Globalization;

namespace Pathway.Support.Numbering;

/// <summary>
/// An organisation's yearly series of numbers, such as <c>B-2026-00042</c> for support cases and
/// <c>GBV-2026-00012</c> for incidents: five digits, so the text order of the numbers is their
/// numeric order up to 99,999 a year, and the next is one past the highest ever given.
/// </summary>
internal static class YearSeries
{
    public static string Prefix(string series, int year) => string.Create(CultureInfo.InvariantCulture, $"{series}-{year}-");

    /// <summary>The number after the highest of <paramref name="highest"/> (each the highest of one place the series is kept; null where none is).</summary>
    public static string Next(string prefix, params string?[] highest) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}{highest.Max(h => Sequence(h, prefix)) + 1:D5}");

    private static int Sequence(string? number, string prefix) =>
        number is not null && int.TryParse(number.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
