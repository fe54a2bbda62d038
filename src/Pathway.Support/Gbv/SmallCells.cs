using System.Globalization;

namespace Pathway.Support.Gbv;

/// <summary>A count as it may be shown: the number, or a mark in its place.</summary>
/// <param name="Count">The number, or null when it is not shown.</param>
/// <param name="Suppressed">True when the count is not shown: from 1 to 4, or one that would let such a count be worked out.</param>
/// <param name="Shown">What a table shows: the number, or "x".</param>
public sealed record SuppressedCount(int? Count, bool Suppressed, string Shown);

/// <summary>
/// Cells a reader can add up: <see cref="Parts"/> (indices of cells) add up to <see cref="Whole"/>,
/// a total that is either shown or that the reader can find from another table counting the same
/// things (then not shown, <see cref="WholeShown"/> false, but the same for every table sharing it).
/// </summary>
public sealed record CellLine(IReadOnlyList<int> Parts, int Whole, bool WholeShown);

/// <summary>
/// Small-cell suppression. A count from 1 to 4 could point at a survivor someone knows (the only girl
/// of twelve to seventeen reported in a district that month), so it is not shown; nought says nobody
/// and is shown. That alone is not enough where a reader can add up: a table whose total is shown, or
/// known from another table of the same incidents, gives its one hidden count away as the total less
/// the others. So, secondarily, in every line with exactly one hidden cell (a total shown counting as
/// one of its cells) the smallest other cell above nought is hidden too, again and again until no line
/// has a single hidden cell. Every hidden cell shows the same mark, so that a reader cannot tell a
/// small count from one hidden to protect it.
/// </summary>
public static class SmallCells
{
    public const int Threshold = 5;

    /// <summary>What a table shows of a cell, <paramref name="suppressed"/> or not.</summary>
    public static SuppressedCount Show(int count, bool suppressed) => suppressed
        ? new SuppressedCount(null, true, "x")
        : new SuppressedCount(count, false, count.ToString(CultureInfo.InvariantCulture));

    /// <summary>A count alone, with no table around it: hidden from 1 to 4.</summary>
    public static SuppressedCount Suppress(int count) => Show(count, IsSmall(count));

    public static bool IsSmall(int count) => count is > 0 and < Threshold;

    /// <summary>
    /// Which cells of tables are hidden: those from 1 to 4, and then, line by line, the complements that
    /// stop any of them being worked out from a total. <paramref name="counts"/> holds every cell,
    /// the totals of <paramref name="lines"/> too; a total not shown is never chosen to be hidden (it is
    /// not on the page) and is treated as known, as the reader may find it from another table.
    /// </summary>
    public static bool[] Suppress(IReadOnlyList<int> counts, IReadOnlyList<CellLine> lines)
    {
        var notShown = lines.Where(l => !l.WholeShown).Select(l => l.Whole).ToHashSet();
        var hidden = counts.Select((count, cell) => !notShown.Contains(cell) && IsSmall(count)).ToArray();
        // Each pass hides one more cell, so there are at most as many passes as cells.
        for (var pass = 0; pass < counts.Count; pass++)
        {
            var complement = lines.Select(line => Complement(line, counts, hidden)).FirstOrDefault(c => c is not null);
            if (complement is not { } cell)
            {
                break;
            }

            hidden[cell] = true;
        }

        return hidden;
    }

    /// <summary>The cell to hide beside a line's only hidden cell: the smallest other above nought (the first of equals); null when the line needs none or has none to give.</summary>
    private static int? Complement(CellLine line, IReadOnlyList<int> counts, bool[] hidden)
    {
        IEnumerable<int> cells = line.WholeShown ? [.. line.Parts, line.Whole] : line.Parts;
        var members = cells.Distinct().ToList();
        if (members.Count(c => hidden[c]) != 1)
        {
            return null;
        }

        return members.Where(c => !hidden[c] && counts[c] > 0).OrderBy(c => counts[c]).ThenBy(c => c).Select(c => (int?)c).FirstOrDefault();
    }
}
