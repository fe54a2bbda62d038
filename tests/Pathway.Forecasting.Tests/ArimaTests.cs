using System.Diagnostics;
using System.Globalization;
using Pathway.Forecasting.Arima;

namespace Pathway.Forecasting.Tests;

public class ArimaTests(ITestOutputHelper output)
{
    /// <summary>
    /// Monthly international airline passengers (thousands), January 1949 to December 1960:
    /// Box &amp; Jenkins' series G, in the public domain.
    /// </summary>
    private static readonly double[] AirPassengers =
    [
        112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118,
        115, 126, 141, 135, 125, 149, 170, 170, 158, 133, 114, 140,
        145, 150, 178, 163, 172, 178, 199, 199, 184, 162, 146, 166,
        171, 180, 193, 181, 183, 218, 230, 242, 209, 191, 172, 194,
        196, 196, 236, 235, 229, 243, 264, 272, 237, 211, 180, 201,
        204, 188, 235, 227, 234, 264, 302, 293, 259, 229, 203, 229,
        242, 233, 267, 269, 270, 315, 364, 347, 312, 274, 237, 278,
        284, 277, 317, 313, 318, 374, 413, 405, 355, 306, 271, 306,
        315, 301, 356, 348, 355, 422, 465, 467, 404, 347, 305, 336,
        340, 318, 362, 348, 363, 435, 491, 505, 404, 359, 310, 337,
        360, 342, 406, 396, 420, 472, 548, 559, 463, 407, 362, 405,
        417, 391, 419, 461, 472, 535, 622, 606, 508, 461, 390, 432,
    ];

    // ---- what the model chooses and how it forecasts ----

    [Fact]
    public void Recovers_the_coefficient_of_a_simulated_AR1()
    {
        var y = SimulatedAr1(seed: 1);

        var model = AutoArima.Fit(y, 1);

        model.D.ShouldBe(0);
        model.P.ShouldBeGreaterThanOrEqualTo(1);
        model.Ar[0].ShouldBe(0.7, 0.1);
        model.Mean.ShouldNotBeNull().ShouldBe(10, 0.5);
        model.Name.ShouldEndWith("with non-zero mean");
    }

    [Fact]
    public void Exact_likelihood_estimates_the_AR1_coefficient_and_mean()
    {
        // KPSS, with the short bandwidth forecast::ndiffs uses, differences about a quarter of
        // such paths; the estimate itself is checked here on the right order.
        var y = SimulatedAr1(seed: 1);
        var order = new ArimaOrder(1, 0, 0, 0, 0, 0, 1, Constant: true);

        var fit = new ArimaEstimator(y, useAic: false).Fit(order, exact: true);

        fit.Ar[0].ShouldBe(0.7, 0.1);
        fit.Mean.ShouldBe(10, 0.5);
        fit.Sigma2.ShouldBe(1, 0.2);
        double.IsFinite(fit.Criterion).ShouldBeTrue();
    }

    private static double[] SimulatedAr1(int seed)
    {
        var rng = new Random(seed);
        var y = new double[300];
        double x = 0;
        for (var t = 0; t < y.Length; t++)
        {
            x = 0.7 * x + Gaussian(rng);
            y[t] = 10 + x;
        }
        return y;
    }

    [Fact]
    public void Differences_a_random_walk_once()
    {
        var rng = new Random(7);
        var y = new double[200];
        double level = 50;
        for (var t = 0; t < y.Length; t++)
            y[t] = level += Gaussian(rng);

        var model = AutoArima.Fit(y, 1);

        model.D.ShouldBe(1);
        model.SeasonalD.ShouldBe(0);
    }

    [Fact]
    public void A_deterministic_trend_gets_a_drift()
    {
        var rng = new Random(11);
        var y = new double[100];
        for (var t = 0; t < y.Length; t++)
            y[t] = 5 + 0.8 * t + 2 * Gaussian(rng);

        var model = AutoArima.Fit(y, 1);
        var forecast = model.Forecast(12);

        model.D.ShouldBe(1);
        model.Name.ShouldEndWith("with drift");
        model.Drift.ShouldNotBeNull().ShouldBe(0.8, 0.1);
        // The drift carries the forecasts along the trend, a year on.
        forecast.Mean[11].ShouldBe(5 + 0.8 * 111, 6);
    }

    [Fact]
    public void Takes_a_seasonal_difference_of_air_passengers_and_forecasts_the_last_year_within_10_percent()
    {
        var train = AirPassengers[..132];
        var test = AirPassengers[132..];

        var model = AutoArima.Fit(train, 12);
        var forecast = model.Forecast(12);

        model.SeasonalD.ShouldBe(1);
        model.Name.ShouldContain("[12]");
        var mape = Enumerable.Range(0, 12).Average(i => Math.Abs(forecast.Mean[i] - test[i]) / test[i]);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{model.Name}: AICc {model.Aicc:F2}, 1960 MAPE {mape:P2}"));
        mape.ShouldBeLessThan(0.10);
        // July peaks above November in the forecast, as in every year of the data.
        forecast.Mean[6].ShouldBeGreaterThan(forecast.Mean[10] * 1.3);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    public void A_four_point_series_gets_finite_forecasts_near_its_level(int seasonLength)
    {
        double[] y = [3, 5, 4, 6];

        var model = AutoArima.Fit(y, seasonLength);
        var forecast = model.Forecast(6);

        AllFinite(forecast).ShouldBeTrue();
        forecast.Mean.ShouldAllBe(m => m >= 2 && m <= 8);
        forecast.Upper95[0].ShouldBeGreaterThan(forecast.Lower95[0]);
    }

    [Theory]
    [InlineData(new double[] { 7, 7, 7, 7, 7, 7, 7, 7, 7, 7 })]
    [InlineData(new double[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new double[] { 4 })]
    [InlineData(new double[] { })]
    public void A_constant_series_forecasts_itself(double[] y)
    {
        var model = AutoArima.Fit(y, 12);
        var forecast = model.Forecast(12);

        AllFinite(forecast).ShouldBeTrue();
        forecast.Mean.ShouldAllBe(m => m == (y.Length > 0 ? y[0] : 0));
        forecast.Upper95.ShouldBe(forecast.Lower95);
        double.IsNaN(model.Aicc).ShouldBeFalse();
    }

    [Theory]
    [InlineData(new double[] { 3, 5, 4 })]
    [InlineData(new double[] { 3, 5 })]
    [InlineData(new double[] { 0, 0, 1, 0, 0, 0, 2, 0, 0, 1, 0, 0, 0, 0, 3, 0, 0, 0, 1, 0 })]
    [InlineData(new double[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5 })]
    [InlineData(new double[] { 1e6, 1e6 + 1, 1e6, 1e6 + 2, 1e6 + 1, 1e6 })]
    public void Awkward_series_get_finite_forecasts(double[] y)
    {
        foreach (var seasonLength in new[] { 1, 7, 12, 52 })
        {
            var model = AutoArima.Fit(y, seasonLength);
            var forecast = model.Forecast(24);
            AllFinite(forecast).ShouldBeTrue(string.Create(CultureInfo.InvariantCulture, $"{model.Name} for season {seasonLength}"));
            double.IsNaN(model.Aicc).ShouldBeFalse();
            model.Fitted.Length.ShouldBe(y.Length);
        }
    }

    [Fact]
    public void A_straight_line_is_extended_exactly()
    {
        var y = Enumerable.Range(0, 30).Select(t => 2.0 * t + 1).ToArray();

        var model = AutoArima.Fit(y, 12);
        var forecast = model.Forecast(3);

        model.Name.ShouldBe("ARIMA(0,1,0) with drift");
        forecast.Mean.ShouldBe([61, 63, 65], 1e-9);
        forecast.Upper95[2].ShouldBe(65, 1e-9);
    }

    [Fact]
    public void A_repeated_season_is_forecast_by_last_year()
    {
        double[] season = [5, 9, 14, 20, 18, 11, 6, 3, 2, 4, 7, 8];
        var y = Enumerable.Range(0, 48).Select(t => season[t % 12]).ToArray();

        var model = AutoArima.Fit(y, 12);
        var forecast = model.Forecast(24);

        model.SeasonalD.ShouldBe(1);
        for (var h = 0; h < 24; h++)
            forecast.Mean[h].ShouldBe(season[h % 12], 1e-9);
    }

    [Fact]
    public void Weekly_series_get_seasonal_differencing_but_no_seasonal_ARMA_terms()
    {
        var rng = new Random(52);
        var y = new double[156];
        for (var t = 0; t < y.Length; t++)
            y[t] = 100 + 30 * Math.Sin(2 * Math.PI * t / 52) + 0.1 * t + 3 * Gaussian(rng);

        var model = AutoArima.Fit(y, 52);
        var forecast = model.Forecast(52);

        AllFinite(forecast).ShouldBeTrue();
        model.SeasonLength.ShouldBe(52);
        model.SeasonalP.ShouldBe(0);
        model.SeasonalQ.ShouldBe(0);
        model.SeasonalD.ShouldBe(1);
        // The peak of the next year lands near week 13, as in the history.
        Array.IndexOf(forecast.Mean, forecast.Mean.Max()).ShouldBeInRange(9, 17);
    }

    [Fact]
    public void Fitted_values_are_one_step_forecasts_after_the_differenced_start()
    {
        var model = AutoArima.Fit(AirPassengers, 12);
        var lost = model.D + 12 * model.SeasonalD;

        model.Fitted.Length.ShouldBe(AirPassengers.Length);
        model.Fitted[..lost].ShouldAllBe(v => double.IsNaN(v));
        model.Fitted[lost..].ShouldAllBe(v => double.IsFinite(v));
        // One-step errors have the model's own variance.
        var errors = Enumerable.Range(lost, AirPassengers.Length - lost).Select(t => AirPassengers[t] - model.Fitted[t]).ToArray();
        var mse = errors.Average(e => e * e);
        mse.ShouldBe(model.Sigma2, model.Sigma2 * 0.25);
    }

    [Fact]
    public void Intervals_widen_with_the_horizon_by_the_psi_weights()
    {
        var y = Enumerable.Range(0, 120).Select(t => 100 + 10 * Math.Sin(t / 3.0) + (t % 5)).ToArray();
        var model = AutoArima.Fit(y, 1);
        var forecast = model.Forecast(10);

        var halfWidths = forecast.Upper95.Zip(forecast.Lower95, (u, l) => (u - l) / 2).ToArray();
        halfWidths[0].ShouldBe(Normal.Z95 * Math.Sqrt(model.Sigma2), 1e-9);
        for (var h = 1; h < halfWidths.Length; h++)
            halfWidths[h].ShouldBeGreaterThanOrEqualTo(halfWidths[h - 1] - 1e-9);
    }

    [Fact]
    public void One_step_95_percent_intervals_cover_simulated_ARIMA_110_paths()
    {
        var rng = new Random(95);
        const int paths = 500;
        var covered = 0;
        for (var path = 0; path < paths; path++)
        {
            var y = new double[101];
            double change = 0, level = 20;
            for (var t = 0; t < y.Length; t++)
            {
                change = 0.5 * change + Gaussian(rng);
                y[t] = level += change;
            }

            var forecast = AutoArima.Fit(y[..100], 1).Forecast(1);
            if (y[100] >= forecast.Lower95[0] && y[100] <= forecast.Upper95[0])
                covered++;
        }

        var coverage = covered / (double)paths;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"1-step 95% coverage over {paths} ARIMA(1,1,0) paths: {coverage:P1}"));
        coverage.ShouldBeInRange(0.92, 0.98);
    }

    [Fact]
    public void Names_follow_the_forecast_package()
    {
        new ArimaOrder(1, 1, 1, 0, 1, 1, 12, false).Name.ShouldBe("ARIMA(1,1,1)(0,1,1)[12]");
        new ArimaOrder(0, 1, 0, 0, 0, 0, 12, true).Name.ShouldBe("ARIMA(0,1,0) with drift");
        new ArimaOrder(2, 0, 0, 1, 0, 0, 7, true).Name.ShouldBe("ARIMA(2,0,0)(1,0,0)[7] with non-zero mean");
        new ArimaOrder(1, 0, 0, 0, 0, 0, 1, false).Name.ShouldBe("ARIMA(1,0,0) with zero mean");
        new ArimaOrder(0, 0, 0, 0, 1, 0, 12, true).Name.ShouldBe("ARIMA(0,0,0)(0,1,0)[12] with drift");
    }

    [Fact]
    public void Fit_time_for_120_monthly_points()
    {
        var series = Enumerable.Range(0, 60).Select(i => MonthlyCounts(new Random(1000 + i), 120)).ToArray();
        foreach (var y in series.Take(5))
            AutoArima.Fit(y, 12); // JIT

        var watch = Stopwatch.StartNew();
        foreach (var y in series)
            AutoArima.Fit(y, 12);
        watch.Stop();

        // A figure to watch, not a limit: timings on shared machines vary too much to assert.
#if DEBUG
        const string build = "Debug build, several times slower than Release";
#else
        const string build = "Release build";
#endif
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"AutoArima.Fit, 120 monthly points: {watch.Elapsed.TotalMilliseconds / series.Length:F2} ms per series (mean of {series.Length}, {build})"));
    }

    // ---- the pieces underneath ----

    [Theory]
    [InlineData(1, 0, 0, 0, 1)]
    [InlineData(0, 1, 0, 0, 1)]
    [InlineData(2, 2, 0, 0, 1)]
    [InlineData(3, 1, 0, 0, 1)]
    [InlineData(1, 1, 1, 1, 4)]
    [InlineData(1, 0, 2, 0, 4)]
    [InlineData(0, 2, 0, 2, 4)]
    [InlineData(0, 1, 0, 1, 12)]
    public void The_filter_gives_the_exact_Gaussian_likelihood(int p, int q, int seasonalP, int seasonalQ, int period)
    {
        var rng = new Random(p * 1000 + q * 100 + seasonalP * 10 + seasonalQ + period);
        var ar = new double[p];
        var seasonalAr = new double[seasonalP];
        Polynomials.ToStationary(Enumerable.Range(0, p).Select(_ => 2 * rng.NextDouble() - 1).ToArray(), ar);
        Polynomials.ToStationary(Enumerable.Range(0, seasonalP).Select(_ => 2 * rng.NextDouble() - 1).ToArray(), seasonalAr);
        var ma = Enumerable.Range(0, q).Select(_ => 1.2 * rng.NextDouble() - 0.6).ToArray();
        var seasonalMa = Enumerable.Range(0, seasonalQ).Select(_ => 1.2 * rng.NextDouble() - 0.6).ToArray();
        var phi = new double[p + seasonalP * period];
        var theta = new double[q + seasonalQ * period];
        Polynomials.Expand(ar, seasonalAr, period, -1, phi);
        Polynomials.Expand(ma, seasonalMa, period, +1, theta);
        var lags = Polynomials.StructuralLags(p, seasonalP, period);
        var w = Enumerable.Range(0, 40).Select(_ => 4 * rng.NextDouble() - 2).ToArray();

        var (denseSquares, denseLogDet) = DenseLikelihood(w, phi, theta);
        var filter = new KalmanFilter();
        foreach (var full in new[] { false, true })
        {
            filter.Run(w, 0, phi, lags, theta, out var squares, out var logDet, default, default, full).ShouldBeTrue();
            squares.ShouldBe(denseSquares, 1e-8 * denseSquares);
            logDet.ShouldBe(denseLogDet, 1e-8);
        }
    }

    [Fact]
    public void The_stationary_mapping_round_trips_and_stays_stationary()
    {
        double[] raw = [0.9, -1.7, 0.3, 2.5];
        var coefficients = new double[4];
        Polynomials.ToStationary(raw, coefficients);
        Polynomials.RootsOutside(coefficients, 1).ShouldBeTrue();

        var back = new double[4];
        Polynomials.FromStationary(coefficients, back).ShouldBeTrue();
        back.ShouldBe(raw, 1e-9);
    }

    [Fact]
    public void Root_margins_match_known_roots()
    {
        // 1 - 0.5z has its root at 2; (1 - 0.6z)^2 = 1 - 1.2z + 0.36z^2 a double root at 1/0.6.
        Polynomials.RootsOutside([0.5], 1.99).ShouldBeTrue();
        Polynomials.RootsOutside([0.5], 2.01).ShouldBeFalse();
        Polynomials.RootsOutside([1.2, -0.36], 1.66).ShouldBeTrue();
        Polynomials.RootsOutside([1.2, -0.36], 1.67).ShouldBeFalse();
        Polynomials.RootsOutside([1.0], 1).ShouldBeFalse();
        Polynomials.RootsOutside([], 5).ShouldBeTrue();
    }

    [Fact]
    public void Seasonal_factors_multiply_out()
    {
        // (1 - 0.5B)(1 - 0.3B^4) = 1 - 0.5B - 0.3B^4 + 0.15B^5
        var full = new double[5];
        Polynomials.Expand([0.5], [0.3], 4, -1, full);
        full.ShouldBe([0.5, 0, 0, 0.3, -0.15], 1e-12);
        // (1 + 0.4B)(1 + 0.2B^2) = 1 + 0.4B + 0.2B^2 + 0.08B^3
        var ma = new double[3];
        Polynomials.Expand([0.4], [0.2], 2, +1, ma);
        ma.ShouldBe([0.4, 0.2, 0.08], 1e-12);
    }

    [Fact]
    public void Kpss_tells_noise_from_a_random_walk()
    {
        var rng = new Random(3);
        var noise = Enumerable.Range(0, 150).Select(_ => Gaussian(rng)).ToArray();
        double level = 0;
        var walk = noise.Select(e => level += e).ToArray();

        Kpss.Differences(noise, 2).ShouldBe(0);
        Kpss.Differences(walk, 2).ShouldBe(1);
        Kpss.Differences(Enumerable.Range(0, 50).Select(t => (double)t).ToArray(), 2).ShouldBe(1);
    }

    [Fact]
    public void Seasonal_strength_separates_seasonal_series_from_noise()
    {
        var rng = new Random(12);
        var seasonal = Enumerable.Range(0, 96).Select(t => 10 * Math.Sin(2 * Math.PI * t / 12) + 0.05 * t + Gaussian(rng)).ToArray();
        var noise = Enumerable.Range(0, 96).Select(_ => Gaussian(rng)).ToArray();

        SeasonalStrength.Of(seasonal, 12).ShouldBeGreaterThan(SeasonalStrength.DifferencingThreshold);
        SeasonalStrength.Of(noise, 12).ShouldBeLessThan(SeasonalStrength.DifferencingThreshold);
        SeasonalStrength.Of(AirPassengers, 12).ShouldBeGreaterThan(SeasonalStrength.DifferencingThreshold);
    }

    [Fact]
    public void Bfgs_finds_the_minimum_of_the_Rosenbrock_valley()
    {
        var x = new double[] { -1.2, 1 };
        var minimum = new Bfgs().Minimize(new Rosenbrock(), x, maxIterations: 500);

        minimum.ShouldBeLessThan(1e-6);
        x.ShouldBe([1, 1], 1e-2);
    }

    private sealed class Rosenbrock : IObjective
    {
        public double Value(ReadOnlySpan<double> x) => 100 * Math.Pow(x[1] - x[0] * x[0], 2) + Math.Pow(1 - x[0], 2);
    }

    /// <summary>
    /// Sum of squared standardised innovations and log-determinant of the n x n autocovariance
    /// matrix (unit innovation variance), by Cholesky: slow, but independent of the filter.
    /// </summary>
    private static (double Squares, double LogDet) DenseLikelihood(double[] w, double[] phi, double[] theta)
    {
        var n = w.Length;
        var alpha = new double[phi.Length + 1];
        alpha[0] = 1;
        for (var i = 0; i < phi.Length; i++)
            alpha[i + 1] = -phi[i];
        var psi = Polynomials.PsiWeights(alpha, theta, 20000);
        var gamma = new double[n];
        for (var k = 0; k < n; k++)
        {
            for (var j = 0; j + k < psi.Length; j++)
                gamma[k] += psi[j] * psi[j + k];
        }

        var l = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var s = gamma[i - j];
                for (var k = 0; k < j; k++)
                    s -= l[i, k] * l[j, k];
                l[i, j] = i == j ? Math.Sqrt(s) : s / l[j, j];
            }
        }
        var z = new double[n];
        double squares = 0, logDet = 0;
        for (var i = 0; i < n; i++)
        {
            var s = w[i];
            for (var k = 0; k < i; k++)
                s -= l[i, k] * z[k];
            z[i] = s / l[i, i];
            squares += z[i] * z[i];
            logDet += 2 * Math.Log(l[i, i]);
        }
        return (squares, logDet);
    }

    /// <summary>Monthly counts with a drifting level and yearly seasonality, like arrivals at an office.</summary>
    private static double[] MonthlyCounts(Random rng, int n)
    {
        var y = new double[n];
        double level = 50 + 150 * rng.NextDouble();
        var amplitude = 0.4 * rng.NextDouble();
        for (var t = 0; t < n; t++)
        {
            level *= Math.Exp(0.03 * Gaussian(rng));
            var mean = level * (1 + amplitude * Math.Sin(2 * Math.PI * t / 12));
            y[t] = Math.Max(0, Math.Round(mean + Math.Sqrt(mean) * Gaussian(rng)));
        }
        return y;
    }

    private static double Gaussian(Random rng)
    {
        var u = 1 - rng.NextDouble();
        var v = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }

    private static bool AllFinite(Forecast f) =>
        f.Mean.Concat(f.Lower80).Concat(f.Upper80).Concat(f.Lower95).Concat(f.Upper95).All(double.IsFinite);
}
