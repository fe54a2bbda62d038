using System.Globalization;
using Pathway.Analytics.Series;
using Pathway.Forecasting;
using Pathway.Forecasting.Hierarchies;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Forecasts;

/// <summary>The reconciled forecasts of a hierarchy, parents first, and the ids of the stored bottom series.</summary>
public sealed record HierarchyOutcome(Hierarchy Hierarchy, ReconciliationMethod Method, IReadOnlyList<SeriesForecast> Nodes, IReadOnlyDictionary<string, Guid> StoredIds);

/// <summary>
/// Forecasts a hierarchy of stored series and reconciles it: the part shared by
/// <c>POST /api/v1/forecasts/hierarchy</c> and the hierarchy page. Problems become field errors in
/// the caller's language, naming the nodes (or the line) concerned; with any, nothing is computed.
/// </summary>
internal static class HierarchyForecasts
{
    public const ReconciliationMethod DefaultMethod = ReconciliationMethod.WlsStructural;

    public static ReconciliationMethod Method(string? key, FieldErrors errors, string field = "reconcile")
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return DefaultMethod;
        }

        if (!Reconciliation.TryParse(key.Trim(), out var method))
        {
            errors.Add(field, "Choose one of: {0}.", string.Join(", ", Enum.GetValues<ReconciliationMethod>().Select(m => m.ToKey())));
        }

        return method;
    }

    /// <summary>
    /// Links written as text, one <c>child,parent</c> a line (a file or a text box); a header line
    /// <c>child,parent</c> may come first. Read by the engine's <see cref="HierarchyCsv"/>.
    /// </summary>
    public static IReadOnlyList<(string Child, string Parent)> ReadLinks(string? text, FieldErrors errors)
    {
        text = (text ?? "").TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add("links", "Send the links of the hierarchy, each as a child and its parent.");
            return [];
        }

        var first = text.Split('\n', 2)[0].Trim();
        // As the engine's reader: semicolons when the first line has them and no comma.
        var delimiter = first.Contains(';', StringComparison.Ordinal) && !first.Contains(',', StringComparison.Ordinal) ? ';' : ',';
        var columns = first.Split(delimiter).Select(c => c.Trim().Trim('"').ToLowerInvariant()).ToList();
        var hasHeader = columns.Contains("child") && columns.Contains("parent");
        try
        {
            var hierarchy = HierarchyCsv.Read(new StringReader(hasHeader ? text : $"child{delimiter}parent\n{text}"));
            return hierarchy.Parents.Select(p => (p.Key, p.Value)).ToList();
        }
        catch (HierarchyException problem)
        {
            // A header added here puts the reader's line numbers one ahead of the text's.
            HierarchyProblemText.Add(problem, errors, hasHeader ? 0 : -1);
        }

        return [];
    }

    /// <summary>
    /// Reads the stored bottom series (an id the caller may not see is an error on its entry),
    /// then, when nothing is wrong so far, forecasts and reconciles every node.
    /// </summary>
    public static async Task<HierarchyOutcome?> ForecastAsync(
        IReadOnlyList<(string Child, string Parent)> links, IReadOnlyList<Guid> seriesIds, int horizon, ModelChoice model, ReconciliationMethod method,
        ISeriesStore store, FieldErrors errors, CancellationToken cancellationToken = default)
    {
        var series = new List<TimeSeries>();
        var storedIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        for (var i = 0; i < seriesIds.Count; i++)
        {
            if (await store.GetAsync(seriesIds[i], cancellationToken) is { } found)
            {
                series.Add(found.Series);
                storedIds[found.Series.Id] = found.Summary.Id;
            }
            else
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"seriesIds[{i}]"), "No stored series has this id.");
            }
        }

        if (seriesIds.Count == 0)
        {
            errors.Add("seriesIds", "Choose the bottom series of the hierarchy.");
        }

        if (errors.Any || links.Count == 0)
        {
            return null;
        }

        try
        {
            var hierarchy = Hierarchy.FromLinks(links);
            var nodes = HierarchicalForecaster.Forecast(hierarchy, series, horizon, model, method, cancellation: cancellationToken);
            return new HierarchyOutcome(hierarchy, method, nodes, storedIds);
        }
        catch (HierarchyException problem)
        {
            HierarchyProblemText.Add(problem, errors);
            return null;
        }
    }
}
