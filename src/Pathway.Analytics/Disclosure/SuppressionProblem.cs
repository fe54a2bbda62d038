namespace Pathway.Analytics.Disclosure;

/// <summary>
/// The cells that leave the warehouse and what ties them: the union of the published tables of
/// one cube, each cell once however many tables show it, and every relation "a total is the sum of
/// its children" of each table, once. Linked tables are protected as this one whole, so their
/// patterns agree on the cells they share. A structural zero is never published: the tables do not
/// hold it, and its known nought stands in the sums it is part of.
/// </summary>
internal sealed class SuppressionProblem
{
    public SuppressionProblem(CountCube cube, IReadOnlyList<PublishedTable> tables)
    {
        if (tables.Count is 0 or > 31)
        {
            throw new ArgumentException("Protect 1 to 31 tables of a cube at once.", nameof(tables));
        }

        Layout = cube.Layout;
        Tables = tables;
        TableDimensions = tables.Select(DimensionsOf).ToArray();
        Values = cube.Aggregate();
        Persons = cube.Persons() ?? Values;
        StructuralZeros = cube.StructuralZeros();
        TableMask = new int[Layout.CellCount];
        for (var cell = 0; cell < Layout.CellCount; cell++)
        {
            for (var t = 0; t < tables.Count && !StructuralZeros[cell]; t++)
            {
                if (InTable(cell, t))
                {
                    TableMask[cell] |= 1 << t;
                }
            }
        }

        Relations = BuildRelations();
    }

    public CubeLayout Layout { get; }

    public IReadOnlyList<PublishedTable> Tables { get; }

    public bool[][] TableDimensions { get; }

    public long[] Values { get; }

    /// <summary>The distinct persons in each cell: <see cref="Values"/> itself when the cube counts persons.</summary>
    public long[] Persons { get; }

    /// <summary>The cells nobody can be in, known to be nought by anyone who reads the tables (<see cref="CountCube.Impossible"/>).</summary>
    public bool[] StructuralZeros { get; }

    /// <summary>Bit t set: the cell is in table t. Zero: the cell is never published.</summary>
    public int[] TableMask { get; }

    public IReadOnlyList<CellRelation> Relations { get; }

    public bool Published(int cell) => TableMask[cell] != 0;

    private bool[] DimensionsOf(PublishedTable table)
    {
        var used = new bool[Layout.Rank];
        foreach (var name in table.Dimensions)
        {
            var d = Layout.DimensionIndex(name);
            if (d < 0)
            {
                throw new ArgumentException($"Table {table.Name} names {name}, which is not a dimension of the cube.", nameof(table));
            }

            used[d] = true;
        }

        return used;
    }

    private bool InTable(int cell, int table)
    {
        for (var d = 0; d < Layout.Rank; d++)
        {
            if (!TableDimensions[table][d] && Layout.Node(cell, d) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private List<CellRelation> BuildRelations()
    {
        var relations = new List<CellRelation>();
        var seen = new HashSet<long>();
        for (var cell = 0; cell < Layout.CellCount; cell++)
        {
            if (TableMask[cell] == 0)
            {
                continue;
            }

            for (var d = 0; d < Layout.Rank; d++)
            {
                var dimension = Layout.Dimensions[d];
                var node = Layout.Node(cell, d);
                if (dimension.IsLeaf(node) || !UsedByTableOf(cell, d) || !seen.Add(((long)cell * Layout.Rank) + d))
                {
                    continue;
                }

                var parts = dimension.Children[node].Select(child => Layout.With(cell, d, child)).ToArray();
                relations.Add(new CellRelation(cell, d, parts));
            }
        }

        return relations;
    }

    /// <summary>Whether a table holding this cell runs along dimension <paramref name="d"/> (only then is the cell's sum along it published).</summary>
    private bool UsedByTableOf(int cell, int d)
    {
        for (var t = 0; t < Tables.Count; t++)
        {
            if ((TableMask[cell] & (1 << t)) != 0 && TableDimensions[t][d])
            {
                return true;
            }
        }

        return false;
    }
}
