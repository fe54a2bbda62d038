using System.Globalization;

namespace Pathway.Support.Gbv;

/// <summary>A count as it may be shown: the number, or "fewer than 5" in its place.</summary>
/// <param name="Count">The number, or null when it is hidden.</param>
/// <param name="FewerThanFive">True when the count is from 1 to 4 and so is not shown.</param>
/// <param name="Shown">What a table shows: the number, or "&lt;5".</param>
public sealed record SuppressedCount(int? Count, bool FewerThanFive, string Shown);

/// <summary>
/// Small-cell suppression: a count from 1 to 4 could point at a survivor someone knows (the only
/// girl of twelve to seventeen reported in a district that month), so it is shown as "fewer than 5";
/// nought says nobody and is shown.
/// </summary>
public static class SmallCells
{
    public const int Threshold = 5;

    public static SuppressedCount Suppress(int count) => count is > 0 and < Threshold
        ? new SuppressedCount(null, true, "<5")
        : new SuppressedCount(count, false, count.ToString(CultureInfo.InvariantCulture));
}
