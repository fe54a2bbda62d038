using Pathway.Forecasting.Models;

namespace Pathway.Forecasting.Tests;

public class ForecasterTests
{
    [Fact]
    public void One_value_gives_a_naive_forecast_and_says_the_intervals_have_no_width()
    {
        var result = Forecaster.Forecast(SeriesGenerator.Monthly("one", [42]), 3);
        result.Forecast!.Mean.ShouldBe([42.0, 42.0, 42.0]);
        result.Forecast.Model.ShouldBe("Naive");
        result.Notes.Select(n => n.Kind).ShouldBe([ForecastNoteKind.ModelFellBack, ForecastNoteKind.IntervalsNotEstimated]);
        result.Notes[0].Message.ShouldContain("too few");
    }

    [Fact]
    public void Three_values_fall_back_to_naive_with_intervals()
    {
        var result = Forecaster.Forecast(SeriesGenerator.Monthly("three", [10, 12, 11]), 2, ModelChoice.Ets);
        result.Forecast!.Mean.ShouldBe([11.0, 11.0]);
        result.Forecast.Upper95[1].ShouldBeGreaterThan(result.Forecast.Upper95[0]);
        result.Notes.ShouldContain(n => n.Kind == ForecastNoteKind.ModelFellBack && n.Model == "Naive");
    }

    [Fact]
    public void A_year_and_a_half_of_months_gets_a_non_seasonal_model_and_a_note()
    {
        var y = SeriesGenerator.Seasonal(18, 100, 0, 0.3, 2, 1);
        var result = Forecaster.Forecast(SeriesGenerator.Monthly("short", y), 12);
        result.Notes.ShouldContain(n => n.Kind == ForecastNoteKind.TooShortForSeasonal);
        // The automatic model names its ETS member first: "ETS(A,Ad,N) 50% + Theta 50%".
        result.Forecast!.Model.Split(' ')[0].ShouldEndWith(",N)");
    }

    [Fact]
    public void No_observation_gives_no_forecast_and_a_clear_note()
    {
        var result = Forecaster.Forecast(SeriesGenerator.Monthly("empty", [double.NaN, double.NaN]), 4);
        result.Forecast.ShouldBeNull();
        result.Notes.ShouldHaveSingleItem().Kind.ShouldBe(ForecastNoteKind.NoObservations);
    }

    [Fact]
    public void Gaps_are_filled_and_reported()
    {
        var y = SeriesGenerator.Seasonal(48, 100, 1, 0.2, 2, 3);
        y[0] = double.NaN;
        y[10] = y[11] = double.NaN;
        y[47] = double.NaN;
        var result = Forecaster.Forecast(SeriesGenerator.Monthly("gaps", y), 6);
        result.Notes.Select(n => (n.Kind, n.Count)).ShouldBe([
            (ForecastNoteKind.LeadingMissingDropped, 1), (ForecastNoteKind.MissingInterpolated, 2), (ForecastNoteKind.TrailingMissingCarried, 1)]);
        result.Forecast!.Mean.ShouldAllBe(v => double.IsFinite(v));
        result.FirstPeriod.ShouldBe(new DateOnly(2020, 1, 1));
    }

    [Fact]
    public void Counts_are_never_forecast_below_zero()
    {
        double[] y = [0, 5, 0, 0, 9, 0, 1, 0, 0, 7, 0, 0, 2, 0, 0, 0];
        var f = Forecaster.Forecast(SeriesGenerator.Monthly("sparse", y), 12).Forecast!;
        f.Lower95.ShouldAllBe(v => v >= 0);
        f.Mean.ShouldAllBe(v => v >= 0);
    }

    [Theory]
    [InlineData(ModelChoice.Auto)]
    [InlineData(ModelChoice.Ets)]
    [InlineData(ModelChoice.Theta)]
    [InlineData(ModelChoice.SeasonalNaive)]
    [InlineData(ModelChoice.Combo)]
    public void Every_model_gives_finite_nested_intervals(ModelChoice choice)
    {
        var y = SeriesGenerator.Seasonal(84, 500, 2, 0.3, 25, 9);
        var f = Forecaster.Forecast(SeriesGenerator.Monthly("s", y), 12, choice).Forecast!;
        for (var h = 0; h < 12; h++)
        {
            f.Lower95[h].ShouldBeLessThanOrEqualTo(f.Lower80[h]);
            f.Lower80[h].ShouldBeLessThanOrEqualTo(f.Mean[h]);
            f.Mean[h].ShouldBeLessThanOrEqualTo(f.Upper80[h]);
            f.Upper80[h].ShouldBeLessThanOrEqualTo(f.Upper95[h]);
            double.IsFinite(f.Upper95[h]).ShouldBeTrue();
        }
    }

    [Fact]
    public void Seasonal_naive_repeats_the_last_cycle_and_widens_each_cycle()
    {
        var y = Enumerable.Range(0, 36).Select(t => (double)(t % 12) + (t / 12)).ToArray();
        var f = SeasonalNaive.Fit(y, 12).Forecast(24);
        f.Mean[..12].ShouldBe(y[24..]);
        f.Mean[12..].ShouldBe(y[24..]);
        (f.Upper80[12] - f.Mean[12]).ShouldBe((f.Upper80[0] - f.Mean[0]) * Math.Sqrt(2), 1e-9);
    }

    [Fact]
    public void Theta_continues_a_trend_at_half_its_slope_plus_smoothing()
    {
        var y = Enumerable.Range(0, 40).Select(t => 10.0 + 2 * t + (t % 2 == 0 ? 1 : -1)).ToArray();
        var f = Theta.Fit(y, 1)!.Forecast(5);
        (f.Mean[4] - f.Mean[0]).ShouldBe(4 * 1.0, 0.01);
    }

    [Fact]
    public void A_lasting_level_shift_is_found_and_reported()
    {
        var y = SeriesGenerator.Seasonal(96, 200, 0, 0.2, 8, 5);
        for (var t = 70; t < 96; t++) y[t] *= 3;
        StructuralBreak.Latest(y, 12, 12).ShouldBeInRange(68, 72);
        var result = Forecaster.Forecast(SeriesGenerator.Monthly("shift", y), 12);
        result.Notes.ShouldContain(n => n.Kind == ForecastNoteKind.StructuralBreak && n.Count >= 24 && n.Count <= 28);
        result.Forecast!.Mean.Average().ShouldBeGreaterThan(450);
        StructuralBreak.Latest(SeriesGenerator.Seasonal(96, 200, 0.5, 0.2, 8, 6), 12, 12).ShouldBe(-1);
    }

    [Fact]
    public void The_same_history_gives_the_same_forecast()
    {
        var y = SeriesGenerator.Seasonal(60, 80, 0.5, 0.4, 6, 8);
        var a = Forecaster.Forecast(SeriesGenerator.Monthly("s", y), 12).Forecast!;
        var b = Forecaster.Forecast(SeriesGenerator.Monthly("s", y), 12).Forecast!;
        a.Upper95.ShouldBe(b.Upper95);
    }
}
