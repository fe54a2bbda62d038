using System.Globalization;

namespace Pathway.Analytics.Disclosure;

/// <summary>
/// Counts of persons by every dimension at its finest level (a leaf of each), as the warehouse
/// groups its facts; the totals at every level are worked out from them when the cube is protected.
/// A cube may instead count things persons have (services given), each added with its person: then
/// the persons in every cell, totals included, are known too, and disclosure control counts them,
/// not the things (<see cref="Persons"/>). A leaf cell that cannot hold anyone (a change of status
/// from a reason to itself) is marked <see cref="Impossible"/>: a structural zero, which every
/// intruder knows is nought, so it is neither published nor leant on to hide another cell.
/// </summary>
public sealed class CountCube
{
    private readonly long[] counts;

    /// <summary>The leaf cells each person was added to, by person; null while no count came with its person.</summary>
    private Dictionary<string, HashSet<int>>? personCells;

    /// <summary>The leaf cells marked as structural zeros.</summary>
    private readonly HashSet<int> impossible = [];

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
        counts[PossibleCell(leafCodes, count)] += count;
        return this;
    }

    /// <summary>
    /// Marks the cell of these leaf categories as one nobody can be in (a structural zero, such as a change
    /// of status from a reason to itself); nothing may be added to it, and it has to be empty when marked.
    /// </summary>
    public CountCube Impossible(IReadOnlyList<string> leafCodes)
    {
        var cell = LeafCell(leafCodes, 0);
        if (counts[cell] != 0)
        {
            throw new InvalidOperationException($"The cell {string.Join(" × ", leafCodes)} holds persons, so it is not a structural zero.");
        }

        impossible.Add(cell);
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

        var cell = PossibleCell(leafCodes, count);
        counts[cell] += count;
        personCells ??= new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        if (!personCells.TryGetValue(person, out var cells))
        {
            personCells[person] = cells = [];
        }

        cells.Add(cell);
        return this;
    }

    private int PossibleCell(IReadOnlyList<string> leafCodes, long count)
    {
        var cell = LeafCell(leafCodes, count);
        if (count > 0 && impossible.Contains(cell))
        {
            throw new InvalidOperationException($"The cell {string.Join(" × ", leafCodes)} is a structural zero: nobody can be counted in it.");
        }

        return cell;
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
    internal long[] Aggregate() => Aggregate((long[])counts.Clone());

    /// <summary>The cells all of whose leaves are structural zeros (a total of impossible cells is one too); none when nothing was marked.</summary>
    internal bool[] StructuralZeros()
    {
        var structural = new bool[Layout.CellCount];
        if (impossible.Count == 0)
        {
            return structural;
        }

        // Count the possible leaves under every cell: a cell with none is as impossible as its leaves.
        var possible = new long[Layout.CellCount];
        for (var cell = 0; cell < possible.Length; cell++)
        {
            possible[cell] = IsLeafCell(cell) && !impossible.Contains(cell) ? 1 : 0;
        }

        possible = Aggregate(possible);
        for (var cell = 0; cell < possible.Length; cell++)
        {
            structural[cell] = possible[cell] == 0;
        }

        return structural;
    }

    private bool IsLeafCell(int cell)
    {
        for (var d = 0; d < Layout.Rank; d++)
        {
            if (!Layout.Dimensions[d].IsLeaf(Layout.Node(cell, d)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds the leaves of <paramref name="values"/> up into every total, dimension by dimension.</summary>
    private long[] Aggregate(long[] values)
    {
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
