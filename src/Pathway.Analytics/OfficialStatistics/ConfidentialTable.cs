using Pathway.Analytics.Disclosure;

namespace Pathway.Analytics.OfficialStatistics;

/// <summary>A table with each cell's confidentiality, as the disclosure control set it over the table as a whole.</summary>
internal sealed class ConfidentialTable
{
    // The table's rows never leave this dataflow's dimension order, so the flags are kept by cell, not by code.
    private readonly Dictionary<StatisticsCell, CellConfidentiality> flags;

    private ConfidentialTable(StatisticsTable table, Dictionary<StatisticsCell, CellConfidentiality> flags)
    {
        Table = table;
        this.flags = flags;
    }

    public StatisticsTable Table { get; }

    /// <summary>The pattern as the disclosure control made it, for its audit; null for a table of nothing.</summary>
    internal ProtectedCube? Protection { get; private init; }

    /// <summary>The persons in the table: its first cell, every dimension at its total (rows are in code order, TOTAL first).</summary>
    public long Total => Table.Cells.Count > 0 ? Table.Cells[0].Count : 0;

    public int Primary => flags.Values.Count(f => f == CellConfidentiality.Primary);

    public int Secondary => flags.Values.Count(f => f == CellConfidentiality.Secondary);

    public CellConfidentiality Of(StatisticsCell cell) => flags.GetValueOrDefault(cell, CellConfidentiality.Free);

    /// <summary>The cell of these codes (the dataflow's dimensions that vary, in its order) with its flag; null when the table has none.</summary>
    public (StatisticsCell Cell, CellConfidentiality Flag)? Find(IReadOnlyList<string> dimensions, params string[] codes)
    {
        foreach (var cell in Table.Cells)
        {
            var match = true;
            for (var i = 0; i < dimensions.Count && match; i++)
            {
                match = string.Equals(cell.Code(Table.Dataflow, dimensions[i]), codes[i], StringComparison.Ordinal);
            }

            if (match)
            {
                return (cell, Of(cell));
            }
        }

        return null;
    }

    /// <summary>The table as SDMX-CSV: every true count with its flag (transmission), or the free counts only (publication).</summary>
    public byte[] Sdmx(SdmxCsvEdition edition) => SdmxCsvWriter.Write(Table, edition, Of);

    /// <summary>
    /// Protects the table's cells as one cube of the dimensions that vary (<paramref name="dimensions"/>;
    /// the others, frequency, unit and country, hold one code each): a count of 1 to 4 persons primary (A),
    /// the cells that would let it be worked out from the totals secondary (D), the rest free (F).
    /// </summary>
    public static ConfidentialTable Protect(StatisticsTable table, IReadOnlyList<string> dimensions, DisclosureRules? rules = null)
    {
        var dataflow = table.Dataflow;
        var categories = dimensions
            .Select(d => table.Cells.Select(c => c.Code(dataflow, d)).Where(code => code != EurostatCodes.Total).Distinct(StringComparer.Ordinal).ToList())
            .ToList();
        var found = new Dictionary<StatisticsCell, CellConfidentiality>(ReferenceEqualityComparer.Instance);
        if (categories.Any(c => c.Count == 0))
        {
            // Nothing counted: every cell is a zero, and a zero is not confidential.
            return new ConfidentialTable(table, found);
        }

        var cube = new CountCube([.. dimensions.Select((d, i) => CubeDimension.Flat(d, categories[i], EurostatCodes.Total))]);
        var held = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in table.Cells)
        {
            var codes = dimensions.Select(d => cell.Code(dataflow, d)).ToArray();
            if (!codes.Contains(EurostatCodes.Total, StringComparer.Ordinal))
            {
                held.Add(Key(codes));
                if (cell.Count > 0)
                {
                    cube.Add(codes, cell.Count);
                }
            }
        }

        // The table holds every cell that can be counted (a row of zeros included); one it leaves out,
        // such as a change of status from a reason to itself, is a structural zero every reader knows.
        foreach (var codes in Combinations(categories))
        {
            if (!held.Contains(Key(codes)))
            {
                cube.Impossible(codes);
            }
        }

        var protectedCube = CellSuppression.Protect(cube, rules);
        foreach (var cell in table.Cells)
        {
            var status = protectedCube.Cell([.. dimensions.Select(d => cell.Code(dataflow, d))])?.Status ?? ConfStatus.Free;
            found[cell] = status switch
            {
                ConfStatus.Free => CellConfidentiality.Free,
                ConfStatus.Primary => CellConfidentiality.Primary,
                ConfStatus.Secondary => CellConfidentiality.Secondary,
            };
        }

        return new ConfidentialTable(table, found) { Protection = protectedCube };
    }

    private static string Key(IEnumerable<string> codes) => string.Join('\u001f', codes);

    /// <summary>Every combination of one category per dimension, the first dimension varying slowest.</summary>
    private static IEnumerable<string[]> Combinations(List<List<string>> categories)
    {
        IEnumerable<string[]> rows = [[]];
        foreach (var dimension in categories)
        {
            rows = rows.SelectMany(row => dimension.Select(code => (string[])[.. row, code]));
        }

        return rows;
    }
}
