using Pathway.Analytics.Series;
using Pathway.Forecasting;

namespace Pathway.Analytics.Demo;

/// <summary>
/// Realistic synthetic series for the demo office: monthly applications by type and office unit
/// (January 2016 to October 2026) with seasonality, growth, the 2022 step and noise, and two
/// years of daily helpline calls. Counts are drawn per type and unit, and every total is the sum
/// of its parts, so the unit totals and the voivodeship total add up exactly.
/// </summary>
internal sealed class DemoSeriesGenerator(int seed, Guid residenceUnit, Guid clientUnit)
{
    public static readonly DateOnly FirstMonth = new(2016, 1, 1);
    public static readonly DateOnly LastMonth = new(2026, 10, 1);
    private static readonly DateOnly StepMonth = new(2022, 3, 1);
    private const double MonthlyNoise = 0.06;
    private const int HelplineDays = 730;

    private readonly Random random = new(seed);

    public IReadOnlyList<DemoSeries> Generate(DateOnly today)
    {
        var months = Frequency.Monthly.StepsBetween(FirstMonth, LastMonth) + 1;
        var byType = new List<DemoSeries>();
        var residenceTotal = new double[months];
        var clientTotal = new double[months];
        foreach (var type in DemoApplicationType.All)
        {
            var residence = Counts(type, months, type.ResidenceUnitShare);
            var client = Counts(type, months, 1 - type.ResidenceUnitShare);
            Add(residenceTotal, residence);
            Add(clientTotal, client);
            byType.Add(Monthly(type.SeriesKey, Sum(residence, client), residenceUnit));
        }

        return
        [
            .. byType,
            Monthly("applications.unit.residence-legalisation", residenceTotal, residenceUnit),
            Monthly("applications.unit.client-service", clientTotal, clientUnit),
            Monthly("applications.total", Sum(residenceTotal, clientTotal), residenceUnit),
            HelplineCalls(today),
        ];
    }

    private double[] Counts(DemoApplicationType type, int months, double share)
    {
        var counts = new double[months];
        for (var t = 0; t < months; t++)
        {
            var month = FirstMonth.AddMonths(t);
            var level = type.Level * share * Math.Pow(1 + type.YearlyGrowth, t / 12.0);
            var step = month >= StepMonth ? type.Step2022 : 1;
            var mean = level * step * type.Season[month.Month - 1];
            counts[t] = Math.Round(mean * Math.Exp(MonthlyNoise * Normal() - MonthlyNoise * MonthlyNoise / 2));
        }

        return counts;
    }

    /// <summary>Busy Mondays, quiet weekends, more calls in January and September, growth, and counting noise.</summary>
    private DemoSeries HelplineCalls(DateOnly today)
    {
        double[] weekday = [0.15, 1.25, 1.10, 1.00, 0.95, 0.85, 0.30]; // Sunday first, as DayOfWeek counts
        var start = today.AddDays(-HelplineDays);
        var calls = new double[HelplineDays];
        for (var t = 0; t < HelplineDays; t++)
        {
            var day = start.AddDays(t);
            var yearly = 1 + 0.08 * Math.Cos(2 * Math.PI * (day.DayOfYear - 15) / 365.25) + 0.06 * Math.Exp(-Math.Pow((day.DayOfYear - 258) / 12.0, 2));
            var mean = 140 * Math.Pow(1.08, t / 365.25) * weekday[(int)day.DayOfWeek] * yearly;
            calls[t] = Math.Max(0, Math.Round(mean + Math.Sqrt(mean) * Normal()));
        }

        return new DemoSeries(new TimeSeries("helpline.calls.daily", Frequency.Daily, start, calls), new SeriesDescription(PlatformSeriesNames.EnglishTitle("helpline.calls.daily"), "calls"), clientUnit);
    }

    private static DemoSeries Monthly(string key, double[] counts, Guid owner) =>
        new(new TimeSeries(key, Frequency.Monthly, FirstMonth, counts), new SeriesDescription(PlatformSeriesNames.EnglishTitle(key), "applications"), owner);

    private static double[] Sum(double[] a, double[] b) => a.Zip(b, (x, y) => x + y).ToArray();

    private static void Add(double[] total, double[] part)
    {
        for (var i = 0; i < total.Length; i++)
        {
            total[i] += part[i];
        }
    }

    private double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
