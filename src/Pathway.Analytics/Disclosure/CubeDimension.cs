namespace Pathway.Analytics.Disclosure;

/// <summary>A category of a dimension: its code and the code of the category it adds up into (null: the dimension's total).</summary>
public sealed record CubeCategory(string Code, string? Parent = null);

/// <summary>
/// One dimension of a count cube: its categories, arranged as a tree under the total (months
/// within years, citizenships within continents, offices within voivodeships). Counts are given
/// for the leaves; every other category and the total are the sums of their children.
/// A sensitive dimension (the decision's outcome) is one whose category is itself the thing an
/// intruder must not learn about a person, so a group all in one of its categories is protected
/// (<see cref="CellSuppression"/>).
/// </summary>
public sealed class CubeDimension
{
    private readonly Dictionary<string, int> nodeOf;

    public CubeDimension(string name, IEnumerable<CubeCategory> categories, string totalCode = "Total", bool sensitive = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(totalCode);
        Name = name;
        TotalCode = totalCode;
        Sensitive = sensitive;
        var list = categories.ToList();
        Codes = [totalCode, .. list.Select(c => c.Code)];
        nodeOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var node = 0; node < Codes.Count; node++)
        {
            if (!nodeOf.TryAdd(Codes[node], node))
            {
                throw new ArgumentException($"Dimension {name}: the code {Codes[node]} is given twice.", nameof(categories));
            }
        }

        var parents = new int[Codes.Count];
        parents[0] = -1;
        for (var i = 0; i < list.Count; i++)
        {
            var parent = list[i].Parent is { } code ? nodeOf.GetValueOrDefault(code, -1) : 0;
            if (parent < 0 || parent == i + 1)
            {
                throw new ArgumentException($"Dimension {name}: the category {list[i].Code} adds up into an unknown category {list[i].Parent}.", nameof(categories));
            }

            parents[i + 1] = parent;
        }

        Parents = parents;
        var children = Enumerable.Range(0, Codes.Count).Select(_ => new List<int>()).ToArray();
        for (var node = 1; node < Codes.Count; node++)
        {
            children[parents[node]].Add(node);
        }

        Children = children.Select(c => (IReadOnlyList<int>)c.ToArray()).ToArray();
        Depths = new int[Codes.Count];
        for (var node = 1; node < Codes.Count; node++)
        {
            var depth = 0;
            for (var up = node; up != 0; up = parents[up])
            {
                if (++depth > Codes.Count)
                {
                    throw new ArgumentException($"Dimension {name}: the categories under {Codes[node]} add up in a circle.", nameof(categories));
                }
            }

            Depths[node] = depth;
        }

        if (Children[0].Count == 0)
        {
            throw new ArgumentException($"Dimension {name} has no categories.", nameof(categories));
        }
    }

    /// <summary>A dimension without a hierarchy: the categories add up straight into the total.</summary>
    public static CubeDimension Flat(string name, IEnumerable<string> codes, string totalCode = "Total", bool sensitive = false) =>
        new(name, codes.Select(code => new CubeCategory(code)), totalCode, sensitive);

    public string Name { get; }

    public string TotalCode { get; }

    public bool Sensitive { get; }

    /// <summary>Every code, the total first (node 0), then the categories in the order given.</summary>
    public IReadOnlyList<string> Codes { get; }

    internal IReadOnlyList<int> Parents { get; }

    internal IReadOnlyList<IReadOnlyList<int>> Children { get; }

    internal int[] Depths { get; }

    internal int NodeCount => Codes.Count;

    internal int MaxDepth => Depths.Max();

    internal bool IsLeaf(int node) => Children[node].Count == 0;

    internal int? NodeOf(string code) => nodeOf.TryGetValue(code, out var node) ? node : null;

    /// <summary>The other children of the node's parent, in the order given.</summary>
    internal IEnumerable<int> Siblings(int node) => node == 0 ? [] : Children[Parents[node]].Where(n => n != node);

    /// <summary>The node's ancestors, its parent first, the total last.</summary>
    internal IEnumerable<int> Ancestors(int node)
    {
        for (var up = Parents[node]; up >= 0; up = Parents[up])
        {
            yield return up;
        }
    }
}
