using Pathway.Forecasting.Arima;

namespace Pathway.Forecasting.Tests;

public class ArimaTests
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

    private static double Gaussian(Random rng)
    {
        var u = 1 - rng.NextDouble();
        var v = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }
}
