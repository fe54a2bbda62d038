using Pathway.Forecasting.Ets;

namespace Pathway.Forecasting.Tests;

public class EtsTests
{
    [Fact]
    public void A_local_level_series_is_fitted_with_its_smoothing_parameter()
    {
        var y = SeriesGenerator.LocalLevel(400, alpha: 0.4, sigma: 5, new Random(3));
        var model = EtsFitter.Fit(y, 1, new EtsSpec(EtsError.Additive, EtsTrend.None, EtsSeason.None)).ShouldNotBeNull();
        model.Parameters.Alpha.ShouldBe(0.4, 0.1);
        Math.Sqrt(model.Sigma2).ShouldBe(5, 0.6);
    }

    [Fact]
    public void Simple_smoothing_intervals_grow_as_the_closed_form_says()
    {
        var y = SeriesGenerator.LocalLevel(60, alpha: 0.3, sigma: 2, new Random(5));
        var model = EtsFitter.Fit(y, 1, new EtsSpec(EtsError.Additive, EtsTrend.None, EtsSeason.None))!;
        // Short enough that the replayed errors are not consulted for most steps; compare the claim itself.
        var forecast = Forecast.FromNormal(model.Name, new double[3], [0, 0, 0]);
        forecast.ShouldNotBeNull();
        var f = model.Forecast(3);
        var sd1 = (f.Upper95[0] - f.Mean[0]) / 1.959963984540054;
        var sd3 = (f.Upper95[2] - f.Mean[2]) / 1.959963984540054;
        sd1.ShouldBeGreaterThanOrEqualTo(Math.Sqrt(model.Sigma2) * 0.999);
        sd3.ShouldBeGreaterThanOrEqualTo(Math.Sqrt(model.Sigma2 * (1 + 2 * model.Parameters.Alpha * model.Parameters.Alpha)) * 0.999);
        f.Mean.Distinct().Count().ShouldBe(1);
    }

    [Fact]
    public void A_strongly_seasonal_series_gets_a_seasonal_model_that_repeats_the_pattern()
    {
        var y = SeriesGenerator.Seasonal(96, level: 1000, trend: 0, amplitude: 0.5, noise: 20, seed: 1);
        var model = EtsFitter.FitAuto(y, 12).ShouldNotBeNull();
        model.Spec.IsSeasonal.ShouldBeTrue();
        var f = model.Forecast(12);
        // The peak month (sin at its top: t ≡ 3 mod 12) stays the highest forecast.
        Array.IndexOf(f.Mean, f.Mean.Max()).ShouldBe(3);
        f.Mean.Max().ShouldBe(1500, 80);
    }

    [Fact]
    public void Automatic_selection_never_picks_a_model_multiplying_non_positive_data()
    {
        var y = SeriesGenerator.Seasonal(60, level: 5, trend: 0, amplitude: 1.5, noise: 1, seed: 2);
        y[10] = 0;
        y[20] = -3;
        var model = EtsFitter.FitAuto(y, 12).ShouldNotBeNull();
        model.Spec.Error.ShouldBe(EtsError.Additive);
        model.Spec.Season.ShouldNotBe(EtsSeason.Multiplicative);
    }

    [Fact]
    public void Damped_only_selection_leaves_out_linear_trends()
    {
        EtsSpec.Candidates(seasonal: true, positive: true).Count().ShouldBe(15);
        EtsSpec.Candidates(seasonal: true, positive: true, dampedTrendsOnly: true).ShouldAllBe(s => s.Trend != EtsTrend.Additive);
        EtsSpec.Candidates(seasonal: false, positive: false).Select(s => s.ToString()).ShouldBe(["ETS(A,N,N)", "ETS(A,A,N)", "ETS(A,Ad,N)"]);
    }

    [Fact]
    public void A_trending_series_is_forecast_upwards()
    {
        var y = SeriesGenerator.Seasonal(72, level: 100, trend: 5, amplitude: 0, noise: 3, seed: 4);
        var f = EtsFitter.FitAuto(y, 12)!.Forecast(6);
        f.Mean[5].ShouldBeGreaterThan(f.Mean[0]);
        f.Mean[0].ShouldBe(100 + 5 * 72, 15);
    }

    [Fact]
    public void Too_short_for_a_seasonal_model_means_none_is_fitted()
    {
        EtsFitter.CanBeSeasonal(25, 12).ShouldBeFalse();
        EtsFitter.CanBeSeasonal(26, 12).ShouldBeTrue();
        EtsFitter.Fit(new double[20], 12, new EtsSpec(EtsError.Additive, EtsTrend.None, EtsSeason.Additive)).ShouldBeNull();
    }

    [Fact]
    public void Interval_coverage_on_simulated_local_level_series_is_close_to_nominal()
    {
        // 400 series from a known ETS(A,N,N) process; one-step forecasts from each, scored against the next value.
        var random = new Random(11);
        int inside80 = 0, inside95 = 0;
        const int trials = 400;
        for (var i = 0; i < trials; i++)
        {
            var y = SeriesGenerator.LocalLevel(81, alpha: 0.3, sigma: 10, random);
            var f = EtsFitter.FitAuto(y[..80], 1)!.Forecast(1);
            if (y[80] >= f.Lower80[0] && y[80] <= f.Upper80[0]) inside80++;
            if (y[80] >= f.Lower95[0] && y[80] <= f.Upper95[0]) inside95++;
        }
        ((double)inside80 / trials).ShouldBeInRange(0.75, 0.88);
        ((double)inside95 / trials).ShouldBeInRange(0.91, 0.985);
    }
}
