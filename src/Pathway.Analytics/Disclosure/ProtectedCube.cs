namespace Pathway.Analytics.Disclosure;

/// <summary>
/// A cube after disclosure control: every published cell with its status and the value shown.
/// Views are cut from it (<see cref="View"/>), never counted again from the data, so every view of
/// the cube shows the one pattern that was checked as a whole.
/// </summary>
public sealed class ProtectedCube
{
    private readonly SuppressionProblem problem;
    private readonly ConfStatus[] statuses;
    private readonly PrimaryReason[] reasons;

    internal ProtectedCube(SuppressionProblem problem, ConfStatus[] statuses, PrimaryReason[] reasons, DisclosureRules rules)
    {
        this.problem = problem;
        this.statuses = statuses;
        this.reasons = reasons;
        Rules = rules;
        Tables = [.. problem.Tables.Select((_, t) => Summarise(t))];
    }

    public DisclosureRules Rules { get; }

    public IReadOnlyList<CubeDimension> Dimensions => problem.Layout.Dimensions;

    public IReadOnlyList<TableSummary> Tables { get; }

    public int PrimaryCount => Count(ConfStatus.Primary);

    public int SecondaryCount => Count(ConfStatus.Secondary);

    public int PublishedCount => problem.TableMask.Count(mask => mask != 0);

    /// <summary>Every published cell, in the cube's order.</summary>
    public IEnumerable<ProtectedCell> Cells => Enumerable.Range(0, problem.Layout.CellCount).Where(problem.Published).Select(CellAt);

    internal SuppressionProblem Problem => problem;

    internal IReadOnlyList<ConfStatus> Statuses => statuses;

    internal IReadOnlyList<PrimaryReason> Reasons => reasons;

    /// <summary>The cell of these codes (one per dimension, the total's code for a total); null when the cube does not publish it.</summary>
    public ProtectedCell? Cell(IReadOnlyList<string> codes)
    {
        if (codes.Count != problem.Layout.Rank)
        {
            return null;
        }

        var nodes = new int[codes.Count];
        for (var d = 0; d < codes.Count; d++)
        {
            if (Dimensions[d].NodeOf(codes[d]) is not { } node)
            {
                return null;
            }

            nodes[d] = node;
        }

        var cell = problem.Layout.CellOf(nodes);
        return problem.Published(cell) ? CellAt(cell) : null;
    }

    /// <summary>
    /// The cells of a view: the dimensions in <see cref="CubeView.Across"/> at every category and
    /// total, those in <see cref="CubeView.Filters"/> at the category chosen, the others at their
    /// total.
    /// </summary>
    public CubeViewResult View(CubeView view)
    {
        var layout = problem.Layout;
        var fixedNodes = new int[layout.Rank];
        var across = new List<int>();
        foreach (var (name, code) in view.Filters.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var d = layout.DimensionIndex(name);
            if (d < 0)
            {
                return CubeViewResult.Refused(CubeViewProblem.UnknownDimension, name);
            }

            if (Dimensions[d].NodeOf(code) is not { } node)
            {
                return CubeViewResult.Refused(CubeViewProblem.UnknownCategory, name);
            }

            fixedNodes[d] = node;
        }

        foreach (var name in view.Across)
        {
            var d = layout.DimensionIndex(name);
            if (d < 0)
            {
                return CubeViewResult.Refused(CubeViewProblem.UnknownDimension, name);
            }

            if (view.Filters.ContainsKey(name) || across.Contains(d))
            {
                return CubeViewResult.Refused(CubeViewProblem.DimensionTwice, name);
            }

            across.Add(d);
        }

        var cells = new List<ProtectedCell>();
        var nodes = (int[])fixedNodes.Clone();
        while (true)
        {
            var cell = layout.CellOf(nodes);
            if (!problem.Published(cell))
            {
                return CubeViewResult.Refused(CubeViewProblem.NotPublished, string.Join(',', across.Select(d => Dimensions[d].Name)));
            }

            cells.Add(CellAt(cell));
            var i = across.Count - 1;
            while (i >= 0 && ++nodes[across[i]] == Dimensions[across[i]].NodeCount)
            {
                nodes[across[i]] = 0;
                i--;
            }

            if (i < 0)
            {
                return new CubeViewResult(cells, null, null);
            }
        }
    }

    private ProtectedCell CellAt(int cell) => new(
        problem.Layout.Codes(cell),
        statuses[cell],
        statuses[cell] == ConfStatus.Free ? problem.Values[cell] : null,
        reasons[cell]);

    private int Count(ConfStatus status) => statuses.Where((s, cell) => s == status && problem.Published(cell)).Count();

    private TableSummary Summarise(int table)
    {
        var layout = problem.Layout;
        var dims = problem.TableDimensions[table];
        int cells = 0, primary = 0, secondary = 0;
        long hidden = 0;
        for (var cell = 0; cell < layout.CellCount; cell++)
        {
            if ((problem.TableMask[cell] & (1 << table)) == 0)
            {
                continue;
            }

            cells++;
            primary += statuses[cell] == ConfStatus.Primary ? 1 : 0;
            secondary += statuses[cell] == ConfStatus.Secondary ? 1 : 0;
            var inner = Enumerable.Range(0, layout.Rank).All(d => !dims[d] || layout.Dimensions[d].IsLeaf(layout.Node(cell, d)));
            if (inner && statuses[cell] != ConfStatus.Free)
            {
                hidden += problem.Values[cell];
            }
        }

        return new TableSummary(problem.Tables[table].Name, cells, primary, secondary, hidden, problem.Values[0]);
    }
}
