using System.Globalization;

namespace Pathway.Analytics.Disclosure;

/// <summary>
/// Counts of persons by every dimension at its finest level (a leaf of each), as the warehouse
/// groups its facts; the totals at every level are worked out from them when the cube is protected.
/// </summary>
public sealed class CountCube
{
    private readonly long[] counts;

    public CountCube(params IReadOnlyList<CubeDimension> dimensions)
    {
        if (dimensions.Count == 0)
        {
            throw new ArgumentException("A cube needs at least one dimension.", nameof(dimensions));
        }

        if (dimensions.Select(d => d.Name).Distinct(StringComparer.Ordinal).Count() != dimensions.Count)
        {
            throw new ArgumentException("Two dimensions of a cube share a name.", nameof(dimensions));
        }

        Layout = new CubeLayout(dimensions);
        counts = new long[Layout.CellCount];
    }

    public IReadOnlyList<CubeDimension> Dimensions => Layout.Dimensions;

    internal CubeLayout Layout { get; }

    /// <summary>Adds persons to the cell of these leaf categories, one code per dimension in the cube's order.</summary>
    public CountCube Add(IReadOnlyList<string> leafCodes, long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (leafCodes.Count != Layout.Rank)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A cell of this cube has {Layout.Rank} codes, not {leafCodes.Count}."), nameof(leafCodes));
        }

        var cell = 0;
        for (var d = 0; d < Layout.Rank; d++)
        {
            var dimension = Layout.Dimensions[d];
            if (dimension.NodeOf(leafCodes[d]) is not { } node || !dimension.IsLeaf(node))
            {
                throw new ArgumentException($"{leafCodes[d]} is not a finest category of {dimension.Name}.", nameof(leafCodes));
            }

            cell += node * Layout.Strides[d];
        }

        counts[cell] += count;
        return this;
    }

    /// <summary>Every cell's count: the leaves as added, each total the sum of its children, dimension by dimension.</summary>
    internal long[] Aggregate()
    {
        var values = (long[])counts.Clone();
        for (var d = 0; d < Layout.Rank; d++)
        {
            var dimension = Layout.Dimensions[d];
            var stride = Layout.Strides[d];
            for (var depth = dimension.MaxDepth; depth >= 1; depth--)
            {
                for (var cell = 0; cell < values.Length; cell++)
                {
                    var node = Layout.Node(cell, d);
                    if (dimension.Depths[node] == depth && values[cell] != 0)
                    {
                        values[cell + ((dimension.Parents[node] - node) * stride)] += values[cell];
                    }
                }
            }
        }

        return values;
    }
}
