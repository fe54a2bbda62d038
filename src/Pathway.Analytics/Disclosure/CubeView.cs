namespace Pathway.Analytics.Disclosure;

/// <summary>
/// A view of a protected cube, as a dashboard asks for it: <see cref="Filters"/> fix a dimension to
/// one category (at any level: a month, a year, a continent), <see cref="Across"/> lists the
/// dimensions the view breaks down by (every category and total of each); the others stay at their
/// total.
/// </summary>
public sealed record CubeView(IReadOnlyDictionary<string, string> Filters, IReadOnlyList<string> Across);

/// <summary>Why a view cannot be cut: typed, for the caller to word in the user's language.</summary>
public enum CubeViewProblem
{
    UnknownDimension,
    UnknownCategory,
    DimensionTwice,

    /// <summary>The view needs a cell none of the protected tables publishes: protect a cube that holds it instead.</summary>
    NotPublished,
}

/// <summary>The view's cells, in the order of the cube, or the problem and the dimension it is about.</summary>
public sealed record CubeViewResult(IReadOnlyList<ProtectedCell>? Cells, CubeViewProblem? Problem, string? Dimension)
{
    internal static CubeViewResult Refused(CubeViewProblem problem, string dimension) => new(null, problem, dimension);
}
