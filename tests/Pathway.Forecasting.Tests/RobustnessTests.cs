using System.Globalization;
namespace Pathway.Forecasting.Tests;

/// <summary>Whatever the history (empty, constant, sparse, huge, with holes), a forecast is finite or a note says why there is none.</summary>
public class RobustnessTests
{
    public static TheoryData<ModelChoice> Models => new(ModelChoices.All);

    [Theory]
    [MemberData(nameof(Models))]
    public void Odd_histories_never_give_NaN_or_infinite_forecasts(ModelChoice model)
    {
        var random = new Random(20261123 + (int)model);
        for (var trial = 0; trial < 60; trial++)
        {
            var length = random.Next(0, 80);
            var kind = trial % 6;
            var values = new double[length];
            for (var t = 0; t < length; t++)
            {
                values[t] = kind switch
                {
                    0 => 7,                                                    // constant
                    1 => random.NextDouble() < 0.8 ? 0 : random.Next(1, 4),    // sparse counts
                    2 => 1e9 * (1 + random.NextDouble()),                      // huge
                    3 => random.NextDouble() < 0.3 ? double.NaN : random.Next(0, 500), // holes
                    4 => SeriesGenerator.Gaussian(random) * 100,               // negative values too
                    _ => t < length / 2 ? 10 : 10_000,                          // a jump
                };
            }
            var result = Forecaster.Forecast(SeriesGenerator.Monthly(string.Create(CultureInfo.InvariantCulture, $"odd{trial}"), values), 12, model);
            if (values.All(double.IsNaN))
            {
                result.Forecast.ShouldBeNull();
                result.Notes.ShouldContain(n => n.Kind == ForecastNoteKind.NoObservations);
                continue;
            }
            var f = result.Forecast.ShouldNotBeNull();
            foreach (var part in new[] { f.Mean, f.Lower80, f.Upper80, f.Lower95, f.Upper95 })
                part.ShouldAllBe(v => double.IsFinite(v), string.Create(CultureInfo.InvariantCulture, $"{model}, trial {trial} ({kind}), length {length}: {f.Model}"));
            for (var h = 0; h < 12; h++) f.Lower95[h].ShouldBeLessThanOrEqualTo(f.Upper95[h] + 1e-9);
        }
    }
}
