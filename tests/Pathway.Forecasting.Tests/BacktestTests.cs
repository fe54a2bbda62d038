using Pathway.Forecasting.Backtesting;

namespace Pathway.Forecasting.Tests;

public class BacktestTests
{
    [Fact]
    public void A_perfectly_repeating_series_is_forecast_without_error_by_seasonal_naive()
    {
        var y = Enumerable.Range(0, 60).Select(t => 10.0 + (t % 12) + (t % 3)).ToArray();
        y[5] += 1; // one irregular month so the MASE scale is not zero
        var report = Backtest.Run([SeriesGenerator.Monthly("p", y)], 12, 6, [ModelChoice.SeasonalNaive]);
        var row = report.Results.ShouldHaveSingleItem();
        row.Origins.ShouldBe(6);
        row.Points.ShouldBe(72);
        row.Mase.ShouldBe(0);
        row.Smape.ShouldBe(0);
    }

    [Fact]
    public void Mase_is_the_error_over_the_in_sample_seasonal_naive_error()
    {
        // Training 1..24 with slope 1: seasonal naive's in-sample error is 12, the last-value forecast errs by h.
        var y = Enumerable.Range(1, 36).Select(t => (double)t).ToArray();
        var lengths = Backtest.TrainingLengths(36, 12, 12, 1);
        lengths.ShouldBe([24]);
        var report = Backtest.Run([SeriesGenerator.Monthly("line", y)], 12, 1, [ModelChoice.SeasonalNaive]);
        // Seasonal naive repeats 13..24 for 25..36: each error is exactly 12, the scale is 12.
        report.Results[0].Mase.ShouldBe(1.0, 1e-9);
        report.Summary[0].MeanMase.ShouldBe(1.0, 1e-9);
    }

    [Fact]
    public void Series_too_short_for_the_horizon_are_skipped_by_name()
    {
        var report = Backtest.Run([SeriesGenerator.Monthly("tiny", [1, 2, 3, 4, 5])], 12, 3, [ModelChoice.Auto]);
        report.Results.ShouldBeEmpty();
        report.Skipped.ShouldHaveSingleItem().ShouldStartWith("tiny");
    }

    [Fact]
    public void The_best_model_is_the_one_with_the_lowest_mean_mase()
    {
        var y = SeriesGenerator.Seasonal(96, 300, 1, 0.4, 10, 2);
        var report = Backtest.Run([SeriesGenerator.Monthly("s", y)], 12, 6, [ModelChoice.SeasonalNaive, ModelChoice.Auto]);
        report.Best.ShouldBe(report.Summary.OrderBy(s => s.MeanMase).First().Model);
        report.Summary.ShouldAllBe(s => s.Coverage95 >= s.Coverage80);
    }
}
