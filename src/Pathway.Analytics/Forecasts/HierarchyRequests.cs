using Pathway.Analytics.Http;
using Pathway.Analytics.Planning;
using Pathway.Analytics.Series;
namespace Pathway.Analytics.Forecasts;

/// <summary>One link of a hierarchy: the child's series key and its parent's.</summary>
public sealed record LinkRequest(string? Child, string? Parent);

/// <summary>
/// Forecasts of every node of a hierarchy, reconciled so that parents equal the sum of their
/// children. The bottom series are stored ones (by id); their keys name them in the links, and the
/// parents are built by adding them up.
/// </summary>
/// <param name="Reconcile">wls (default: weighted by how many bottom series a node holds), ols, mint or bu.</param>
public sealed record HierarchyForecastRequest(IReadOnlyList<LinkRequest>? Links, IReadOnlyList<Guid>? SeriesIds, int? Horizon, string? Model, string? Reconcile);

/// <summary>The reconciled forecasts, parents first.</summary>
public sealed record HierarchyForecastView(string Reconcile, IReadOnlyList<ForecastView> Nodes);
