namespace Pathway.Analytics.Disclosure;

/// <summary>
/// A table that leaves the warehouse: the cross of the named dimensions of a cube, every level and
/// total of each, with the cube's other dimensions at their total. Tables of one cube share their
/// common cells (reason × duration and reason × citizenship share the reason totals).
/// </summary>
public sealed record PublishedTable(string Name, IReadOnlyList<string> Dimensions)
{
    /// <summary>The whole cube with all its totals as one table: what dashboards cut their views from.</summary>
    public static PublishedTable WholeCube(CountCube cube) => new("cube", [.. cube.Dimensions.Select(d => d.Name)]);
}
