using Pathway.Forecasting.Models;

namespace Pathway.Forecasting.Tests;

public class InnerWindowCombinationTests
{
    [Fact]
    public void Automatic_forecasts_mix_damped_ets_and_theta_and_name_both_with_their_weights()
    {
        var y = SeriesGenerator.Seasonal(96, 200, 0.5, 0.3, 5, 11);
        var result = Forecaster.Forecast(SeriesGenerator.Monthly("mixed", y), 12);
        var model = result.Model.ShouldBeOfType<InnerWindowCombination>();
        model.WindowCount.ShouldBe(3);
        model.Ets.Spec.Trend.ShouldNotBe(Ets.EtsTrend.Additive);
        result.Forecast!.Model.ShouldMatch(@"^ETS\([AM],(N|Ad),[NAM]\) \d+% \+ Theta \d+%$");
        var percents = System.Text.RegularExpressions.Regex.Matches(result.Forecast.Model, @"(\d+)%").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        percents.Sum().ShouldBe(100);
    }

    [Fact]
    public void The_model_with_the_smaller_inner_window_errors_gets_more_weight_but_never_all_of_it()
    {
        InnerWindowCombination.EtsWeightFor(1, 1).ShouldBe(0.5);
        InnerWindowCombination.EtsWeightFor(1, 2).ShouldBe(0.5 * 0.5 + 0.5 * 0.8, 1e-12);
        InnerWindowCombination.EtsWeightFor(2, 1).ShouldBe(0.5 * 0.5 + 0.5 * 0.2, 1e-12);
        InnerWindowCombination.EtsWeightFor(0, 5).ShouldBe(0.75);
        InnerWindowCombination.EtsWeightFor(5, 0).ShouldBe(0.25);
        InnerWindowCombination.EtsWeightFor(0, 0).ShouldBe(0.5);
    }

    [Fact]
    public void A_steady_linear_trend_favours_damped_ets_over_theta()
    {
        // Theta adds only half the fitted slope to a level that already lags a steep trend, so it
        // falls behind; the damped trend of ETS keeps up over a cycle.
        var random = new Random(5);
        var y = Enumerable.Range(0, 84).Select(t => 100 + 6.0 * t + SeriesGenerator.Gaussian(random)).ToArray();
        var model = InnerWindowCombination.Fit(y, 12).ShouldBeOfType<InnerWindowCombination>();
        model.WindowCount.ShouldBe(3);
        model.EtsWeight.ShouldBeGreaterThan(0.6);
    }

    [Fact]
    public void Intervals_widen_when_the_inner_windows_missed_by_more_than_the_models_claim()
    {
        // Calm seasonal years, then three years of surges and drops that the models' own
        // one-step errors underrate over a whole cycle.
        var y = SeriesGenerator.Seasonal(120, 500, 0, 0.2, 5, 3);
        var random = new Random(8);
        var level = 1.0;
        for (var t = 84; t < 120; t++)
        {
            if (t % 6 == 0) level = 0.5 + 1.5 * random.NextDouble();
            y[t] *= level;
        }
        var model = InnerWindowCombination.Fit(y, 12).ShouldBeOfType<InnerWindowCombination>();
        var forecast = model.Forecast(12);
        var members = MixedWidths(model, 12);
        for (var h = 0; h < 12; h++)
            (forecast.Upper80[h] - forecast.Lower80[h]).ShouldBeGreaterThan(1.2 * members[h]);
    }

    [Fact]
    public void Intervals_are_never_narrower_than_the_weighted_member_intervals()
    {
        var y = SeriesGenerator.Seasonal(120, 500, 1, 0.2, 5, 4);
        var model = InnerWindowCombination.Fit(y, 12).ShouldBeOfType<InnerWindowCombination>();
        var forecast = model.Forecast(12);
        var members = MixedWidths(model, 12);
        for (var h = 0; h < 12; h++)
        {
            (forecast.Upper80[h] - forecast.Lower80[h]).ShouldBeGreaterThanOrEqualTo(members[h] - 1e-9);
            forecast.Lower95[h].ShouldBeLessThanOrEqualTo(forecast.Lower80[h]);
            forecast.Upper95[h].ShouldBeGreaterThanOrEqualTo(forecast.Upper80[h]);
        }
    }

    [Fact]
    public void The_same_history_gives_the_same_forecast()
    {
        var y = SeriesGenerator.Seasonal(100, 50, 0.2, 0.4, 3, 9);
        var first = Forecaster.Forecast(SeriesGenerator.Monthly("a", y), 12).Forecast!;
        var second = Forecaster.Forecast(SeriesGenerator.Monthly("a", (double[])y.Clone()), 12).Forecast!;
        second.Model.ShouldBe(first.Model);
        second.Mean.ShouldBe(first.Mean);
        second.Lower95.ShouldBe(first.Lower95);
        second.Upper95.ShouldBe(first.Upper95);
    }

    [Fact]
    public void A_history_too_short_for_inner_windows_gets_equal_weights_and_the_members_intervals()
    {
        var y = SeriesGenerator.Seasonal(20, 80, 0, 0, 2, 6);
        var model = InnerWindowCombination.Fit(y, 12).ShouldBeOfType<InnerWindowCombination>();
        model.WindowCount.ShouldBe(0);
        model.EtsWeight.ShouldBe(0.5);
        var forecast = model.Forecast(6);
        var members = MixedWidths(model, 6);
        for (var h = 0; h < 6; h++) (forecast.Upper80[h] - forecast.Lower80[h]).ShouldBe(members[h], 1e-9);
    }

    private static double[] MixedWidths(InnerWindowCombination model, int horizon)
    {
        var ets = model.Ets.Forecast(horizon);
        var theta = model.Theta.Forecast(horizon);
        var w = model.EtsWeight;
        return Enumerable.Range(0, horizon)
            .Select(h => w * (ets.Upper80[h] - ets.Lower80[h]) + (1 - w) * (theta.Upper80[h] - theta.Lower80[h]))
            .ToArray();
    }
}
