using Pathway.Analytics.Disclosure;

namespace Pathway.Analytics.DataExchange;

/// <summary>
/// A dataset of one warehouse version after disclosure control: every slice a caller asks for is cut
/// from <see cref="Cube"/>, never suppressed again on its own, so no two slices can be subtracted to
/// uncover a cell that either hides.
/// </summary>
public sealed class ProtectedDataset(ExchangeDataset dataset, ProtectedCube cube, WarehouseVersion version)
{
    public ExchangeDataset Dataset { get; } = dataset;

    public ProtectedCube Cube { get; } = cube;

    public WarehouseVersion Version { get; } = version;

    /// <summary>The months the dataset spans, as <c>YYYY-MM</c>.</summary>
    public IReadOnlyList<string> Months => [.. Cube.Dimensions[0].Codes.Skip(1)];

    /// <summary>Each dimension's codes after the total, by the dimension's id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> CodeLists =>
        Cube.Dimensions.Skip(1).ToDictionary(d => d.Name, d => (IReadOnlyList<string>)[.. d.Codes.Skip(1)], StringComparer.Ordinal);

    /// <summary>
    /// The cells of a slice: the months from and to (all when not given), each filtered dimension at
    /// its code, the others at every code and their total. Cut from the protected cube, cell for cell.
    /// </summary>
    public IReadOnlyList<ProtectedCell> Slice(DatasetFilter filter)
    {
        var across = Cube.Dimensions.Select(d => d.Name).Where(name => !filter.Codes.ContainsKey(name)).ToList();
        var view = Cube.View(new CubeView(filter.Codes, across));
        if (view.Cells is not { } cells)
        {
            throw new InvalidOperationException($"A dataset's slice could not be cut: {view.Problem} ({view.Dimension}); the filter should have been refused.");
        }

        var from = filter.FromMonth is { } first ? DatasetCube.MonthCode(first) : null;
        var to = filter.ToMonth is { } last ? DatasetCube.MonthCode(last) : null;
        return [.. cells.Where(cell => cell.Codes[0] != DatasetCatalogue.Total
            && (from is null || string.CompareOrdinal(cell.Codes[0], from) >= 0)
            && (to is null || string.CompareOrdinal(cell.Codes[0], to) <= 0))];
    }

    /// <summary>A slice's cells as observations of the published edition: a suppressed cell has no value and CONF_STATUS C.</summary>
    public IReadOnlyList<DatasetObservation> Observations(DatasetFilter filter) =>
    [
        .. Slice(filter).Select(cell => new DatasetObservation(
            cell.Codes[0],
            Cube.Dimensions.Skip(1).Select((d, i) => (d.Name, Code: cell.Codes[i + 1])).ToDictionary(p => p.Name, p => p.Code, StringComparer.Ordinal),
            cell.Suppressed ? null : cell.Value,
            cell.Suppressed ? Confidential : "F")),
    ];

    /// <summary>CONF_STATUS C: confidential, for primary and secondary cells alike (as the publication of official statistics flags them).</summary>
    public const string Confidential = "C";
}
