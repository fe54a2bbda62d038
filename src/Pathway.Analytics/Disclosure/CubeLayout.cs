namespace Pathway.Analytics.Disclosure;

/// <summary>
/// Cells of a cube as one dense array: a cell is one node of every dimension (a category at any
/// level, or the total), numbered with the first dimension varying slowest.
/// </summary>
internal sealed class CubeLayout
{
    /// <summary>Beyond this the dense arrays stop being a sensible representation; cut the cube into smaller ones.</summary>
    public const int MaxCells = 20_000_000;

    public CubeLayout(IReadOnlyList<CubeDimension> dimensions)
    {
        Dimensions = dimensions;
        Strides = new int[dimensions.Count];
        long cells = 1;
        for (var d = dimensions.Count - 1; d >= 0; d--)
        {
            Strides[d] = (int)cells;
            cells *= dimensions[d].NodeCount;
            if (cells > MaxCells)
            {
                throw new ArgumentException($"A cube of more than {MaxCells} cells (with all totals) is too large to protect at once.", nameof(dimensions));
            }
        }

        CellCount = (int)cells;
    }

    public IReadOnlyList<CubeDimension> Dimensions { get; }

    public int[] Strides { get; }

    public int CellCount { get; }

    public int Rank => Dimensions.Count;

    public int Node(int cell, int dimension) => cell / Strides[dimension] % Dimensions[dimension].NodeCount;

    public int With(int cell, int dimension, int node) => cell + ((node - Node(cell, dimension)) * Strides[dimension]);

    public int[] Nodes(int cell)
    {
        var nodes = new int[Rank];
        for (var d = 0; d < Rank; d++)
        {
            nodes[d] = Node(cell, d);
        }

        return nodes;
    }

    public int CellOf(IReadOnlyList<int> nodes)
    {
        var cell = 0;
        for (var d = 0; d < Rank; d++)
        {
            cell += nodes[d] * Strides[d];
        }

        return cell;
    }

    public string[] Codes(int cell)
    {
        var codes = new string[Rank];
        for (var d = 0; d < Rank; d++)
        {
            codes[d] = Dimensions[d].Codes[Node(cell, d)];
        }

        return codes;
    }

    public int DimensionIndex(string name)
    {
        for (var d = 0; d < Rank; d++)
        {
            if (string.Equals(Dimensions[d].Name, name, StringComparison.Ordinal))
            {
                return d;
            }
        }

        return -1;
    }
}
