namespace Pathway.Forecasting.Hierarchies;

/// <summary>
/// Forecasts every node of a hierarchy and reconciles them so that parents equal the sum of their
/// children in every period. Aggregates are built from the bottom series (a node given in the
/// input as well is replaced by the sum of its children, so the history adds up too).
/// </summary>
public static class HierarchicalForecaster
{
    public static IReadOnlyList<SeriesForecast> Forecast(Hierarchy hierarchy, IReadOnlyList<TimeSeries> input, int horizon,
        ModelChoice choice, ReconciliationMethod method, IProgress<int>? progress = null, CancellationToken cancellation = default)
    {
        var series = BuildNodes(hierarchy, input);
        var baseForecasts = ForecastBatch.Run(series, horizon, choice, progress, cancellation);
        if (baseForecasts.FirstOrDefault(f => f.Forecast is null) is { } empty)
            throw new HierarchyException(HierarchyProblem.NoObservations, $"'{empty.Series.Id}' has no observations.", empty.Series.Id);
        var residuals = method == ReconciliationMethod.MinTShrink ? InSampleErrors(baseForecasts) : null;
        var projection = Reconciliation.Projection(hierarchy, method, residuals);
        var summing = hierarchy.Summing;
        var n = hierarchy.Nodes.Count;
        var nonNegative = baseForecasts.All(f => f.History.All(v => v >= 0));

        var reconciled = new double[n][];
        for (var i = 0; i < n; i++) reconciled[i] = new double[horizon];
        var column = new double[n];
        for (var h = 0; h < horizon; h++)
        {
            for (var i = 0; i < n; i++) column[i] = baseForecasts[i].Forecast!.Mean[h];
            var bottom = Matrix.Multiply(projection, column);
            // Counts cannot go below zero; cutting at the bottom and adding up keeps the forecasts coherent.
            if (nonNegative) for (var j = 0; j < bottom.Length; j++) bottom[j] = Math.Max(0, bottom[j]);
            var all = Matrix.Multiply(summing, bottom);
            for (var i = 0; i < n; i++) reconciled[i][h] = all[i];
        }

        var results = new SeriesForecast[n];
        for (var i = 0; i < n; i++)
        {
            var f = baseForecasts[i].Forecast!;
            double[] Shift(double[] bound) => bound.Select((v, h) => v + reconciled[i][h] - f.Mean[h]).Select(v => nonNegative ? Math.Max(0, v) : v).ToArray();
            // Intervals move with the reconciled mean and keep the base model's width: an
            // approximation (not a reconciled distribution), which the documentation states.
            var moved = new Forecast($"{f.Model}, reconciled ({method.ToKey()})", reconciled[i], Shift(f.Lower80), Shift(f.Upper80), Shift(f.Lower95), Shift(f.Upper95));
            results[i] = baseForecasts[i] with { Forecast = moved };
        }
        return results;
    }

    /// <summary>The series of every node, in the hierarchy's order: bottom ones as given, aggregates summed.</summary>
    public static IReadOnlyList<TimeSeries> BuildNodes(Hierarchy hierarchy, IReadOnlyList<TimeSeries> input)
    {
        var byId = input.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var unknown = input.Where(s => hierarchy.IndexOf(s.Id) < 0).Select(s => s.Id).ToList();
        if (unknown.Count > 0) throw new HierarchyException(HierarchyProblem.NotInHierarchy, $"Not in the hierarchy: {string.Join(", ", unknown.Take(5))}{(unknown.Count > 5 ? ", ..." : "")}.", [.. unknown]);
        var missing = hierarchy.Bottom.Where(b => !byId.ContainsKey(b)).ToList();
        if (missing.Count > 0) throw new HierarchyException(HierarchyProblem.MissingBottom, $"No series for the bottom node(s): {string.Join(", ", missing.Take(5))}{(missing.Count > 5 ? ", ..." : "")}.", [.. missing]);
        var bottoms = hierarchy.Bottom.Select(b => byId[b]).ToList();
        var frequency = bottoms[0].Frequency;
        var end = bottoms[0].End;
        foreach (var b in bottoms)
        {
            if (b.Frequency != frequency) throw new HierarchyException(HierarchyProblem.MixedFrequency, $"'{b.Id}' is {b.Frequency}, '{bottoms[0].Id}' {frequency}: a hierarchy has one frequency.", b.Id, bottoms[0].Id);
            if (b.End != end) throw new HierarchyException(HierarchyProblem.DifferentEnds, $"'{b.Id}' ends {frequency.Format(b.End)}, '{bottoms[0].Id}' {frequency.Format(end)}: the bottom series must end in the same period.", b.Id, frequency.Format(b.End), bottoms[0].Id, frequency.Format(end));
        }
        var start = bottoms.Min(b => b.Start);
        var length = frequency.StepsBetween(start, end) + 1;
        var summing = hierarchy.Summing;
        var nodes = new List<TimeSeries>(hierarchy.Nodes.Count);
        for (var i = 0; i < hierarchy.Nodes.Count; i++)
        {
            var id = hierarchy.Nodes[i];
            if (hierarchy.Bottom.Contains(id, StringComparer.Ordinal)) { nodes.Add(byId[id]); continue; }
            var values = new double[length];
            for (var j = 0; j < bottoms.Count; j++)
            {
                if (summing[i, j] == 0) continue;
                var b = bottoms[j];
                var offset = frequency.StepsBetween(start, b.Start);
                // Before a bottom series starts it adds nothing (an office opened later); a missing value inside it leaves the sum missing.
                for (var t = 0; t < b.Length; t++) values[offset + t] += b.Values[t];
            }
            nodes.Add(new TimeSeries(id, frequency, start, values));
        }
        return nodes;
    }

    /// <summary>One-step in-sample errors over the periods all nodes' models cover.</summary>
    private static double[][] InSampleErrors(IReadOnlyList<SeriesForecast> forecasts)
    {
        var errors = forecasts.Select(f => f.History.Select((y, t) => y - f.Model!.Fitted[t]).ToArray()).ToList();
        var common = errors.Min(e => e.Length);
        var usable = Enumerable.Range(0, common).Where(k => errors.All(e => double.IsFinite(e[e.Length - common + k]))).ToList();
        if (usable.Count < 3) throw new HierarchyException(HierarchyProblem.TooFewErrors, "Too few in-sample errors for MinT reconciliation; use wls.");
        return errors.Select(e => usable.Select(k => e[e.Length - common + k]).ToArray()).ToArray();
    }
}
