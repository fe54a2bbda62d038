using System.Globalization;
using System.Text;
using Pathway.Forecasting;
using Pathway.Forecasting.Input;

namespace Pathway.Analytics.Export;

public enum ForecastFileFormat
{
    Csv,
    Xlsx,
}

/// <summary>A forecast ready to download: its bytes, content type and a file name made from the series key.</summary>
public sealed record ForecastFile(byte[] Content, string ContentType, string FileName)
{
    public static ForecastFile Of(SeriesForecast forecast, ForecastFileFormat format) => format switch
    {
        ForecastFileFormat.Csv => new ForecastFile(Csv([forecast]), "text/csv; charset=utf-8", FileNameOf(forecast, "csv")),
        ForecastFileFormat.Xlsx => new ForecastFile(ForecastWorkbook.Write(forecast), ForecastWorkbook.ContentType, FileNameOf(forecast, "xlsx")),
    };

    /// <summary>Several forecasts in one CSV (a hierarchy's nodes, parents first), named after the first.</summary>
    public static ForecastFile CsvOf(IReadOnlyList<SeriesForecast> forecasts) =>
        new(Csv(forecasts), "text/csv; charset=utf-8", FileNameOf(forecasts[0], "csv").Replace("-forecast.", "-hierarchy-forecast.", StringComparison.Ordinal));

    public static bool TryParseFormat(string? text, out ForecastFileFormat format) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out format) && Enum.IsDefined(format) && !int.TryParse(text, CultureInfo.InvariantCulture, out _);

    private static byte[] Csv(IEnumerable<SeriesForecast> forecasts)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        ForecastCsv.Write(writer, forecasts);
        return Encoding.UTF8.GetBytes(writer.ToString());
    }

    /// <summary>Letters, digits, dots, dashes and underscores of the key: safe in any file system.</summary>
    private static string FileNameOf(SeriesForecast forecast, string extension)
    {
        var key = new string(forecast.Series.Id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-').ToArray()).Trim('-', '.');
        return $"{(key.Length == 0 ? "series" : key)}-forecast.{extension}";
    }
}
