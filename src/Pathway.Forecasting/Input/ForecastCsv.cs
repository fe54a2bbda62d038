using System.Globalization;

namespace Pathway.Forecasting.Input;

/// <summary>Writes forecasts as <c>series_id,period,mean,lo80,hi80,lo95,hi95</c>, one line per series and period.</summary>
public static class ForecastCsv
{
    public const string Header = "series_id,period,mean,lo80,hi80,lo95,hi95";

    public static void Write(TextWriter writer, IEnumerable<SeriesForecast> forecasts)
    {
        writer.WriteLine(Header);
        foreach (var sf in forecasts)
        {
            if (sf.Forecast is not { } f) continue;
            var id = CsvText.Quote(sf.Series.Id);
            for (var h = 0; h < f.Horizon; h++)
            {
                writer.WriteLine(string.Join(',', id, sf.Series.Frequency.Format(sf.PeriodAt(h)),
                    Number(f.Mean[h]), Number(f.Lower80[h]), Number(f.Upper80[h]), Number(f.Lower95[h]), Number(f.Upper95[h])));
            }
        }
    }

    /// <summary>Four decimals: forecasts of counts need no more, and files stay readable.</summary>
    private static string Number(double value) => Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);
}
