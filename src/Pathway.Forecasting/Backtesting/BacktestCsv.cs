using System.Globalization;
using Pathway.Forecasting.Input;

namespace Pathway.Forecasting.Backtesting;

/// <summary>Writes each series' accuracy per model: <c>series_id,model,origins,points,mase,smape,coverage80,coverage95</c>.</summary>
public static class BacktestCsv
{
    public static void Write(TextWriter writer, BacktestReport report)
    {
        writer.WriteLine("series_id,model,origins,points,mase,smape,coverage80,coverage95");
        foreach (var r in report.Results)
        {
            writer.WriteLine(string.Join(',', CsvText.Quote(r.SeriesId), r.Model.ToKey(), r.Origins, r.Points,
                Number(r.Mase), Number(r.Smape), Number(r.Coverage80), Number(r.Coverage95)));
        }
    }

    /// <summary>Empty where a figure could not be measured (a series without variation has no MASE).</summary>
    private static string Number(double value) => double.IsNaN(value) ? "" : value.ToString("0.#####", CultureInfo.InvariantCulture);
}
