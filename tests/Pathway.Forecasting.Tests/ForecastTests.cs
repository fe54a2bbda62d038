using Pathway.Forecasting;

namespace Pathway.Forecasting.Tests;

public class ForecastTests
{
    [Fact]
    public void Normal_intervals_are_symmetric_and_nested()
    {
        var f = Forecast.FromNormal("test", [10, 20], [1, 2]);
        f.Lower95[1].ShouldBeLessThan(f.Lower80[1]);
        f.Upper95[1].ShouldBeGreaterThan(f.Upper80[1]);
        (f.Upper80[0] - f.Mean[0]).ShouldBe(f.Mean[0] - f.Lower80[0], 1e-12);
        (f.Upper95[1] - f.Mean[1]).ShouldBe(2 * 1.959963984540054, 1e-9);
    }

    [Fact]
    public void Clamping_cuts_negative_bounds_of_counts()
    {
        var f = Forecast.FromNormal("test", [1], [5]).ClampedAtZero();
        f.Lower95[0].ShouldBe(0);
        f.Upper95[0].ShouldBeGreaterThan(1);
    }

    [Theory]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.9, 1.2815515655446004)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.001, -3.090232306167813)]
    public void The_inverse_normal_matches_the_tables(double p, double z) => Normal.Quantile(p).ShouldBe(z, 1e-8);
}
