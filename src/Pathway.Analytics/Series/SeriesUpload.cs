using System.Text;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Localization;
using Pathway.Forecasting;
using Pathway.Forecasting.Input;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Series;

/// <summary>A problem of an uploaded file in the reader's language, with its line (0 when no line applies).</summary>
public sealed record UploadProblem(int Line, string Message);

/// <summary>The series of an uploaded file, or the errors that stop it from being used; warnings either way.</summary>
public sealed record SeriesUploadReading(IReadOnlyList<TimeSeries> Series, IReadOnlyList<UploadProblem> Errors, IReadOnlyList<UploadProblem> Warnings)
{
    public bool IsValid => Errors.Count == 0 && Series.Count > 0;
}

/// <summary>Reads an uploaded long-format file (series_id,period,value) as the page and the API receive it.</summary>
public static class SeriesUpload
{
    /// <summary>Ten years of daily figures for a few dozen series fit well within this.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SeriesUploadReading Read(byte[] content, IStringLocalizer<AnalyticsText> text)
    {
        string csv;
        try
        {
            csv = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + content.AsSpan(0, Math.Max(0, e.Index)).Count((byte)'\n');
            return new SeriesUploadReading([], [new UploadProblem(line, text["The file is not UTF-8 text (save it as CSV UTF-8)."])], []);
        }

        return Read(csv, text);
    }

    public static SeriesUploadReading Read(string csv, IStringLocalizer<AnalyticsText> text)
    {
        using var reader = new StringReader(csv);
        var file = SeriesCsv.Read(reader);
        return new SeriesUploadReading(
            file.Series,
            file.Errors.Select(i => Problem(i, text)).ToList(),
            file.Warnings.Select(i => Problem(i, text)).ToList());
    }

    /// <summary>The series written back in the long format, as the page keeps an upload between its forms.</summary>
    public static string Write(IEnumerable<TimeSeries> series)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        SeriesCsv.Write(writer, series);
        return writer.ToString();
    }

    private static UploadProblem Problem(SeriesIssue issue, IStringLocalizer<AnalyticsText> text) => new(issue.Line, SeriesIssueText.Describe(issue, text));
}
