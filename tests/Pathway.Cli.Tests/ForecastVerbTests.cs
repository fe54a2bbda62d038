using System.Globalization;
using System.Text;

namespace Pathway.Cli.Tests;

/// <summary>The forecasting verbs (forecast, backtest, staffing) in a real process.</summary>
public sealed class ForecastVerbTests
{
    private static string MonthlySeries(params (string Id, int Months, double Level)[] series)
    {
        var csv = new StringBuilder("series_id,period,value\n");
        foreach (var (id, months, level) in series)
        {
            for (var t = 0; t < months; t++)
            {
                var value = level * (1 + 0.3 * Math.Sin(2 * Math.PI * t / 12)) + (t * 7919 % 13);
                csv.Append(CultureInfo.InvariantCulture, $"{id},{2018 + t / 12}-{t % 12 + 1:00},{Math.Round(value)}\n");
            }
        }

        return csv.ToString();
    }

    [Fact]
    public async Task Forecast_WritesEveryPeriodWithNestedIntervals_AndNamesTheFallbackOfAShortSeries()
    {
        using var cli = new Cli();
        await File.WriteAllTextAsync(cli.PathOf("series.csv"), MonthlySeries(("work", 60, 400), ("study", 3, 50)));
        var result = await cli.RunAsync("forecast", "--input", "series.csv", "--horizon", "6", "--output", "out.csv");
        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldContain("study: 3 value(s) are too few for any model");
        var lines = await File.ReadAllLinesAsync(cli.PathOf("out.csv"));
        lines[0].ShouldBe("series_id,period,mean,lo80,hi80,lo95,hi95");
        lines.Length.ShouldBe(1 + 12);
        lines[1].ShouldStartWith("work,2023-01,");
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split(',').Skip(2).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            f[3].ShouldBeLessThanOrEqualTo(f[1]);
            f[1].ShouldBeLessThanOrEqualTo(f[0]);
            f[0].ShouldBeLessThanOrEqualTo(f[2]);
            f[2].ShouldBeLessThanOrEqualTo(f[4]);
        }
        lines.Count(l => l.StartsWith("study,", StringComparison.Ordinal)).ShouldBe(6);
    }

    [Fact]
    public async Task Forecast_BadLines_AreReportedByLineAndNothingIsWritten()
    {
        using var cli = new Cli();
        await File.WriteAllTextAsync(cli.PathOf("bad.csv"), "series_id,period,value\na,2024-01,1\na,2024-02,lots\na,2024/03,3\na,2024-01,4\n");
        var result = await cli.RunAsync("forecast", "--input", "bad.csv", "--horizon", "3", "--output", "out.csv");
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("bad.csv:3: error: 'lots' is not a number");
        result.Error.ShouldContain("bad.csv:4: error: '2024/03' is not a period");
        result.Error.ShouldContain("bad.csv:5: error: Series 'a' has 2024-01-01 twice");
        File.Exists(cli.PathOf("out.csv")).ShouldBeFalse();
    }

    [Fact]
    public async Task Forecast_UnknownModel_IsAUsageError()
    {
        using var cli = new Cli();
        await File.WriteAllTextAsync(cli.PathOf("series.csv"), MonthlySeries(("a", 30, 100)));
        var result = await cli.RunAsync("forecast", "--input", "series.csv", "--output", "out.csv", "--model", "prophet");
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("Unknown model 'prophet'");
    }

    [Fact]
    public async Task Forecast_WithHierarchy_WritesReconciledTotals()
    {
        using var cli = new Cli();
        await File.WriteAllTextAsync(cli.PathOf("series.csv"), MonthlySeries(("praga", 48, 200), ("wola", 48, 300)));
        await File.WriteAllTextAsync(cli.PathOf("tree.csv"), "child,parent\npraga,warszawa\nwola,warszawa\n");
        var result = await cli.RunAsync("forecast", "--input", "series.csv", "--hierarchy", "tree.csv", "--reconcile", "mint", "--horizon", "3", "--output", "out.csv");
        result.ExitCode.ShouldBe(0, result.Error);
        var means = (await File.ReadAllLinesAsync(cli.PathOf("out.csv"))).Skip(1).Select(l => l.Split(','))
            .GroupBy(f => f[0]).ToDictionary(g => g.Key, g => g.Select(f => double.Parse(f[2], CultureInfo.InvariantCulture)).ToArray());
        for (var h = 0; h < 3; h++) means["warszawa"][h].ShouldBe(means["praga"][h] + means["wola"][h], 0.001);
    }

    [Fact]
    public async Task Backtest_PrintsEachModelsAccuracy()
    {
        using var cli = new Cli();
        await File.WriteAllTextAsync(cli.PathOf("series.csv"), MonthlySeries(("a", 72, 300), ("b", 72, 80)));
        var result = await cli.RunAsync("backtest", "--input", "series.csv", "--horizon", "6", "--origins", "4", "--model", "snaive", "--model", "auto", "--output", "acc.csv");
        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("MASE");
        result.Output.ShouldContain("snaive");
        result.Output.ShouldContain("Lowest mean MASE");
        (await File.ReadAllLinesAsync(cli.PathOf("acc.csv"))).Length.ShouldBe(1 + 4);
    }

    [Fact]
    public async Task Staffing_PrintsTheTable_AndRefusesBadLinesAndTargets()
    {
        using var cli = new Cli();
        await File.WriteAllTextAsync(cli.PathOf("calls.csv"), "weekday,hour,calls\nMon,9,200\nMon,10,0\n");
        var result = await cli.RunAsync("staffing", "--input", "calls.csv", "--target", "0.8", "--within", "20", "--aht", "180");
        result.ExitCode.ShouldBe(0, result.Error);
        // 200 calls of 180 s = 10 Erlangs; Erlang C needs 14 operators for 80% within 20 s.
        result.Output.ShouldContain("Mon 09:00");
        result.Output.Split('\n').Single(l => l.StartsWith("Mon 09:00", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[4].ShouldBe("14");

        await File.WriteAllTextAsync(cli.PathOf("bad.csv"), "weekday,hour,calls\nMon,25,3\n");
        var bad = await cli.RunAsync("staffing", "--input", "bad.csv");
        bad.ExitCode.ShouldBe(2);
        bad.Error.ShouldContain("bad.csv:2:");

        var target = await cli.RunAsync("staffing", "--input", "calls.csv", "--target", "1.5");
        target.ExitCode.ShouldBe(2);
        target.Error.ShouldContain("service level");
    }
}
