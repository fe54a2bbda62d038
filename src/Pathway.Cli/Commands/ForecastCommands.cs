using System.CommandLine;
using System.Globalization;
using Pathway.Forecasting;
using Pathway.Forecasting.Backtesting;
using Pathway.Forecasting.Hierarchies;
using Pathway.Forecasting.Input;
using Spectre.Console;

namespace Pathway.Cli.Commands;

/// <summary><c>pathway forecast</c> and <c>pathway backtest</c>: the forecasting engine on long-format CSV files.</summary>
internal static class ForecastCommands
{
    private const int NotesShown = 20;

    public static Command BuildForecast()
    {
        var input = InputOption();
        var horizon = HorizonOption();
        var output = new Option<FileInfo>("--output") { Description = "Where to write series_id,period,mean,lo80,hi80,lo95,hi95", Required = true };
        var model = ModelOption();
        var hierarchy = new Option<FileInfo?>("--hierarchy") { Description = "CSV of child,parent links: forecasts of every node, reconciled so that parents equal the sum of their children" };
        var reconcile = new Option<string>("--reconcile") { Description = "With --hierarchy: wls (default), ols, mint or bu", DefaultValueFactory = _ => "wls" };
        var command = new Command("forecast", "Forecast every series in a long-format CSV (series_id,period,value; period YYYY-MM or YYYY-MM-DD) with 80% and 95% intervals")
            { input, horizon, output, model, hierarchy, reconcile };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!ReadSeries(parse.GetValue(input)!, out var file)) return ExitCodes.Usage;
            if (!TryModel(parse.GetValue(model), out var choice)) return ExitCodes.Usage;
            var steps = parse.GetValue(horizon);

            Hierarchy? tree = null;
            if (!Reconciliation.TryParse(parse.GetValue(reconcile), out var method))
            {
                await Console.Error.WriteLineAsync($"Unknown reconciliation '{parse.GetValue(reconcile)}': use wls, ols, mint or bu.");
                return ExitCodes.Usage;
            }
            if (parse.GetValue(hierarchy) is { } hierarchyFile)
            {
                try
                {
                    using var reader = new StreamReader(hierarchyFile.FullName);
                    tree = HierarchyCsv.Read(reader);
                    HierarchicalForecaster.BuildNodes(tree, file.Series);
                }
                catch (Exception e) when (e is HierarchyException or IOException)
                {
                    await Console.Error.WriteLineAsync($"{hierarchyFile.Name}: {e.Message}");
                    return ExitCodes.Usage;
                }
            }

            IReadOnlyList<SeriesForecast> forecasts = [];
            var started = System.Diagnostics.Stopwatch.StartNew();
            await WithSeriesProgressAsync("Forecasting", tree?.Nodes.Count ?? file.Series.Count, progress =>
                forecasts = tree is null
                    ? ForecastBatch.Run(file.Series, steps, choice, progress, cancellationToken)
                    : HierarchicalForecaster.Forecast(tree, file.Series, steps, choice, method, progress, cancellationToken));
            var elapsed = started.Elapsed;

            var path = parse.GetValue(output)!.FullName;
            await OutputFile.WriteAtomicallyAsync(path, writer => ForecastCsv.Write(writer, forecasts));
            PrintNotes(forecasts.SelectMany(f => f.Notes.Select(n => (f.Series.Id, Note: n))).Select(x => $"{x.Id}: {x.Note.Message}").ToList());
            var models = forecasts.Where(f => f.Forecast is not null).GroupBy(f => ModelFamily(f.Forecast!.Model), StringComparer.Ordinal).OrderByDescending(g => g.Count())
                .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count():N0}"));
            AnsiConsole.MarkupLine(Markup.Escape($"Models chosen: {string.Join(", ", models)}"));
            var made = forecasts.Count(f => f.Forecast is not null);
            AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[green]{made:N0} of {forecasts.Count:N0} series forecast {steps} periods ahead in {elapsed.TotalSeconds.ToString("N1", CultureInfo.InvariantCulture)} s.[/] Written to {Markup.Escape(path)}."));
            return made == forecasts.Count ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    public static Command BuildBacktest()
    {
        var input = InputOption();
        var horizon = HorizonOption();
        var origins = new Option<int>("--origins") { Description = "Number of rolling forecast origins, one period apart, ending one horizon before the last value", DefaultValueFactory = _ => 12 };
        origins.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--origins must be at least 1."); });
        var models = new Option<string[]>("--model") { Description = "Models to compare (repeat the option); all when left out", AllowMultipleArgumentsPerToken = true };
        var output = new Option<FileInfo?>("--output") { Description = "Optional CSV with each series' accuracy per model" };
        var command = new Command("backtest", "Rolling-origin evaluation: per-model MASE, sMAPE and 80%/95% interval coverage") { input, horizon, origins, models, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!ReadSeries(parse.GetValue(input)!, out var file)) return ExitCodes.Usage;
            var chosen = new List<ModelChoice>();
            foreach (var key in parse.GetValue(models) is { Length: > 0 } keys ? keys : ModelChoices.All.Select(m => m.ToKey()).ToArray())
            {
                if (!TryModel(key, out var choice)) return ExitCodes.Usage;
                if (!chosen.Contains(choice)) chosen.Add(choice);
            }

            BacktestReport? report = null;
            var started = System.Diagnostics.Stopwatch.StartNew();
            await WithSeriesProgressAsync("Backtesting", file.Series.Count, progress =>
                report = Backtest.Run(file.Series, parse.GetValue(horizon), parse.GetValue(origins), chosen, progress, cancellationToken));

            var table = new Table().AddColumns("model", "series", "mean MASE", "median MASE", "mean sMAPE", "80% coverage", "95% coverage");
            foreach (var s in report!.Summary)
            {
                table.AddRow(s.Model.ToKey(), s.Series.ToString("N0", CultureInfo.InvariantCulture), Figure(s.MeanMase, "N3"), Figure(s.MedianMase, "N3"),
                    Figure(s.MeanSmape, "N2"), Figure(s.Coverage80 * 100, "N1") + " %", Figure(s.Coverage95 * 100, "N1") + " %");
            }

            AnsiConsole.Write(table);
            PrintNotes(report.Skipped.Select(s => "skipped " + s).ToList());
            if (parse.GetValue(output) is { } file2)
                await OutputFile.WriteAtomicallyAsync(file2.FullName, writer => BacktestCsv.Write(writer, report));
            AnsiConsole.MarkupLine($"Lowest mean MASE: [green]{report.Best?.ToKey() ?? "none"}[/] ({started.Elapsed.TotalSeconds.ToString("N1", CultureInfo.InvariantCulture)} s).");
            return report.Results.Count > 0 ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    private static string Figure(double value, string format) => double.IsNaN(value) ? "-" : value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>
    /// "ETS(M,Ad,M)" counts as ETS, "ARIMA(0,1,1)(0,1,1)[12]" as ARIMA and the automatic
    /// "ETS(A,Ad,N) 62% + Theta 38%" as ETS + Theta, when summarising the models chosen.
    /// </summary>
    private static string ModelFamily(string model)
    {
        if (model.StartsWith("Combination", StringComparison.Ordinal)) return "Combination";
        if (model.Contains(" + ", StringComparison.Ordinal)) return string.Join(" + ", model.Split(" + ").Select(part => ModelFamily(part.Split(' ')[0])));
        var bracket = model.IndexOfAny(['(', '[']);
        return bracket > 0 ? model[..bracket].Trim() : model;
    }

    private static Option<FileInfo> InputOption() =>
        new("--input") { Description = "Long-format CSV: series_id,period,value", Required = true };

    private static Option<int> HorizonOption()
    {
        var horizon = new Option<int>("--horizon") { Description = "Periods to forecast", DefaultValueFactory = _ => 12 };
        horizon.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 1000) r.AddError("--horizon must be between 1 and 1000."); });
        return horizon;
    }

    private static Option<string> ModelOption() =>
        new("--model") { Description = "auto, ets, theta, arima, snaive or combo", DefaultValueFactory = _ => "auto" };

    private static bool TryModel(string? key, out ModelChoice choice)
    {
        if (ModelChoices.TryParse(key, out choice)) return true;
        Console.Error.WriteLine($"Unknown model '{key}': use one of {string.Join(", ", ModelChoices.All.Select(m => m.ToKey()))}.");
        return false;
    }

    /// <summary>Reads the input; prints every error (with its line) and returns false when there is one.</summary>
    private static bool ReadSeries(FileInfo input, out SeriesFile file)
    {
        file = new SeriesFile([], []);
        if (!input.Exists)
        {
            Console.Error.WriteLine($"{input.FullName}: the file does not exist.");
            return false;
        }
        file = SeriesCsv.Read(input.FullName);
        foreach (var issue in file.Issues)
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{input.Name}:{issue.Line}: {(issue.IsWarning ? "warning" : "error")}: {issue.Message}"));
        if (!file.IsValid)
        {
            Console.Error.WriteLine($"{file.Errors.Count()} error(s); nothing was forecast.");
            return false;
        }
        if (file.Series.Count == 0)
        {
            Console.Error.WriteLine($"{input.Name}: no series in the file.");
            return false;
        }
        return true;
    }

    private static void PrintNotes(IReadOnlyList<string> notes)
    {
        foreach (var note in notes.Take(NotesShown)) Console.Error.WriteLine(note);
        if (notes.Count > NotesShown) Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"... and {notes.Count - NotesShown:N0} more notes."));
    }

    private static async Task WithSeriesProgressAsync(string label, int total, Action<IProgress<int>> work) =>
        await CliConsole.TimedBars()
            .StartAsync(async context =>
            {
                var task = context.AddTask(string.Create(CultureInfo.InvariantCulture, $"{label} {total:N0} series"), maxValue: Math.Max(1, total));
                await Task.Run(() => work(new Progress<int>(done => task.Value = Math.Max(task.Value, done))));
                task.Value = task.MaxValue;
            });
}
