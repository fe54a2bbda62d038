namespace Pathway.Forecasting.Hierarchies;

/// <summary>
/// A tree of series in which each parent is the sum of its children (offices add up to a
/// voivodeship, voivodeships to the country; citizenships to a total). Leaves are the bottom
/// series; the summing matrix maps bottom series to every node.
/// </summary>
public sealed class Hierarchy
{
    private Hierarchy(IReadOnlyList<string> nodes, IReadOnlyList<string> bottom, IReadOnlyDictionary<string, string> parents)
    {
        Nodes = nodes;
        _index = nodes.Select((node, i) => (node, i)).ToDictionary(x => x.node, x => x.i, StringComparer.Ordinal);
        Bottom = bottom;
        Parents = parents;
        var bottomIndex = bottom.Select((b, i) => (b, i)).ToDictionary(x => x.b, x => x.i, StringComparer.Ordinal);
        Summing = new double[nodes.Count, bottom.Count];
        foreach (var leaf in bottom)
        {
            var node = leaf;
            while (true)
            {
                Summing[IndexOf(node), bottomIndex[leaf]] = 1;
                if (!parents.TryGetValue(node, out var parent)) break;
                node = parent;
            }
        }
    }

    /// <summary>Every node: aggregates first (top-down), then the bottom series.</summary>
    public IReadOnlyList<string> Nodes { get; }
    public IReadOnlyList<string> Bottom { get; }
    public IReadOnlyDictionary<string, string> Parents { get; }

    /// <summary>S: rows are nodes, columns bottom series; 1 where the bottom series adds into the node.</summary>
    public double[,] Summing { get; }

    private readonly Dictionary<string, int> _index;

    public int IndexOf(string node) => _index.TryGetValue(node, out var i) ? i : -1;

    public IEnumerable<string> ChildrenOf(string node) => Parents.Where(p => p.Value == node).Select(p => p.Key);

    /// <summary>Builds the tree from child → parent links; a cycle or a child with two parents is an error naming it.</summary>
    public static Hierarchy FromLinks(IReadOnlyList<(string Child, string Parent)> links)
    {
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (child, parent) in links)
        {
            if (child == parent) throw new HierarchyException(HierarchyProblem.OwnParent, $"'{child}' cannot be its own parent.", child);
            if (parents.TryGetValue(child, out var other) && other != parent)
                throw new HierarchyException(HierarchyProblem.TwoParents, $"'{child}' has two parents: '{other}' and '{parent}'.", child, other, parent);
            parents[child] = parent;
        }
        foreach (var start in parents.Keys)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { start };
            var node = start;
            while (parents.TryGetValue(node, out var up))
            {
                if (!seen.Add(up)) throw new HierarchyException(HierarchyProblem.Cycle, $"The links form a cycle through '{up}'.", up);
                node = up;
            }
        }
        var all = parents.Keys.Concat(parents.Values).Distinct(StringComparer.Ordinal).ToList();
        var aggregates = new HashSet<string>(parents.Values, StringComparer.Ordinal);
        int Depth(string n) { var d = 0; while (parents.TryGetValue(n, out var p)) { n = p; d++; } return d; }
        var ordered = all.Where(aggregates.Contains).OrderBy(Depth).ThenBy(n => n, StringComparer.Ordinal)
            .Concat(all.Where(n => !aggregates.Contains(n)).OrderBy(n => n, StringComparer.Ordinal)).ToList();
        return new Hierarchy(ordered, ordered.Where(n => !aggregates.Contains(n)).ToList(), parents);
    }
}

/// <summary>What is wrong with a hierarchy or its series; <see cref="HierarchyException.Names"/> are the nodes concerned, for a translated message.</summary>
public enum HierarchyProblem
{
    OwnParent,
    TwoParents,
    Cycle,
    NoLinks,

    /// <summary>A line of a links file is not a child and a parent (<see cref="HierarchyException.Line"/>).</summary>
    BadLine,

    /// <summary>The header of a links file does not name the columns child and parent.</summary>
    MissingColumns,
    NotInHierarchy,
    MissingBottom,
    MixedFrequency,
    DifferentEnds,
    TooFewErrors,
    NoObservations,
}

/// <summary>
/// A hierarchy that cannot be built or forecast: the kind, the nodes concerned and, for a links
/// file, the line. The message is plain English for the CLI; pages and the API word it from the fields.
/// </summary>
public sealed class HierarchyException(HierarchyProblem problem, string message, params string[] names) : Exception(message)
{
    public HierarchyProblem Problem { get; } = problem;
    public IReadOnlyList<string> Names { get; } = names;

    /// <summary>The 1-based line of the links file the problem is on; 0 when it is on none.</summary>
    public int Line { get; init; }
}
