using System.Globalization;

namespace Pathway.Analytics.Disclosure;

/// <summary>
/// Counts of persons by every dimension at its finest level (a leaf of each), as the warehouse
/// groups its facts; the totals at every level are worked out from them when the cube is protected.
/// A cube may instead count things persons have (services given), each added with its person: then
/// the persons in every cell, totals included, are known too, and disclosure control counts them,
/// not the things (<see cref="Persons"/>).
/// </summary>
public sealed class CountCube
{
    private readonly long[] counts;

    /// <summary>The leaf cells each person was added to, by person; null while no count came with its person.</summary>
    private Dictionary<string, HashSet<int>>? personCells;

    private bool countedWithoutPersons;

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
        if (personCells is not null)
        {
            throw new InvalidOperationException("This cube counts things persons have: add each count with its person.");
        }

        countedWithoutPersons = true;
        counts[LeafCell(leafCodes, count)] += count;
        return this;
    }

    /// <summary>
    /// Adds things a person has (services given to the person, say) to the cell of these leaf categories,
    /// and the person to the persons of that cell and of every total above it, once however often added.
    /// </summary>
    public CountCube Add(IReadOnlyList<string> leafCodes, long count, string person)
    {
        ArgumentException.ThrowIfNullOrEmpty(person);
        if (countedWithoutPersons)
        {
            throw new InvalidOperationException("This cube counts persons: its counts come without a person.");
        }

        var cell = LeafCell(leafCodes, count);
        counts[cell] += count;
        personCells ??= new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        if (!personCells.TryGetValue(person, out var cells))
        {
            personCells[person] = cells = [];
        }

        cells.Add(cell);
        return this;
    }

    private int LeafCell(IReadOnlyList<string> leafCodes, long count)
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

        return cell;
    }

    /// <summary>
    /// The distinct persons in every cell, totals included (a person in two leaves of a total is one
    /// person there); null when the cube counts persons itself, so that its counts are its persons.
    /// </summary>
    internal long[]? Persons()
    {
        if (personCells is null)
        {
            return null;
        }

        var persons = new long[Layout.CellCount];
        var cells = new HashSet<int>();
        foreach (var leaves in personCells.Values)
        {
            cells.Clear();
            foreach (var leaf in leaves)
            {
                WithTotals(leaf, 0, cells);
            }

            foreach (var cell in cells)
            {
                persons[cell]++;
            }
        }

        return persons;
    }

    /// <summary>Adds the cell and every cell above it (each dimension from <paramref name="d"/> on at its category or any category it adds up into).</summary>
    private void WithTotals(int cell, int d, HashSet<int> cells)
    {
        if (d == Layout.Rank)
        {
            cells.Add(cell);
            return;
        }

        var dimension = Layout.Dimensions[d];
        for (var node = Layout.Node(cell, d); node >= 0; node = dimension.Parents[node])
        {
            WithTotals(Layout.With(cell, d, node), d + 1, cells);
        }
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
