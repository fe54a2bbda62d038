namespace Pathway.Forecasting.Tests;

/// <summary>Reproducible synthetic monthly series for the model tests.</summary>
internal static class SeriesGenerator
{
    public static double[] Seasonal(int length, double level, double trend, double amplitude, double noise, int seed)
    {
        var random = new Random(seed);
        var y = new double[length];
        for (var t = 0; t < length; t++)
            y[t] = (level + trend * t) * (1 + amplitude * Math.Sin(2 * Math.PI * t / 12)) + noise * Gaussian(random);
        return y;
    }

    /// <summary>A local-level (ETS(A,N,N)) series: the level moves by α times each error.</summary>
    public static double[] LocalLevel(int length, double alpha, double sigma, Random random)
    {
        var y = new double[length];
        var level = 100.0;
        for (var t = 0; t < length; t++)
        {
            var e = sigma * Gaussian(random);
            y[t] = level + e;
            level += alpha * e;
        }
        return y;
    }

    public static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    public static TimeSeries Monthly(string id, double[] values) => new(id, Frequency.Monthly, new DateOnly(2016, 1, 1), values);
}
