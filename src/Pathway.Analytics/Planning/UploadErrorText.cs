using Microsoft.Extensions.Localization;
using Pathway.Analytics.Forecasts;
using Pathway.Analytics.Localization;
using Pathway.Forecasting.Staffing;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Planning;

/// <summary>What is wrong with a line of an uploaded planning file (calls, inflow, types, officer hours), in the reader's language, naming the column and the text found when the problem is in a cell.</summary>
internal static class UploadErrorText
{
    /// <param name="header">The header the file should have, named when it has none or lacks a column.</param>
    public static string Describe(UploadError error, string header, IStringLocalizer<AnalyticsText> text) => error.Kind switch
    {
        UploadErrorKind.EmptyFile => text["The file has no rows: write the header {0} and then one line per row.", header],
        UploadErrorKind.MissingColumn => text["The header must name the columns {0}.", header],
        UploadErrorKind.MissingValue => error.Column is { } column
            ? text["The column {0} is empty on this line.", Bidi.Isolate(column)]
            : text["A value this line needs is empty."],
        UploadErrorKind.InvalidNumber => error.Column is { } column
            ? text["'{0}' in the column {1} is not a valid number: use a dot for decimals, whole numbers for cases and days, and more than zero for handling hours and deadlines.", Bidi.Isolate(error.Value ?? ""), Bidi.Isolate(column)]
            : text["A value on this line is not a valid number: use a dot for decimals, whole numbers for cases and days, and more than zero for handling hours and deadlines."],
        UploadErrorKind.NegativeNumber => error.Column is { } column
            ? text["{0} in the column {1} is negative.", Bidi.Isolate(error.Value ?? ""), Bidi.Isolate(column)]
            : text["A value on this line is negative."],
        UploadErrorKind.InvalidWeekday => text["The weekday is not one of Mon to Sun or 1 to 7 (1 is Monday)."],
        UploadErrorKind.InvalidHour => text["The hour is not a whole hour from 0 to 23."],
        UploadErrorKind.InvalidTimestamp => text["The timestamp is not written YYYY-MM-DDTHH:mm or YYYY-MM-DD HH:mm."],
        UploadErrorKind.InvalidPeriod => text["The period is not a month written YYYY-MM."],
        UploadErrorKind.DuplicateHour => text["This weekday and hour are given twice."],
        UploadErrorKind.DuplicateTimestamp => text["This timestamp is given twice."],
        UploadErrorKind.DuplicatePeriod => text["This month is given twice."],
        UploadErrorKind.DuplicateType => text["This application type is listed twice."],
        UploadErrorKind.TooManyErrors => text["More than {0} errors; the rest are not listed. Is this the right file?", UploadReading<object>.MaxErrors],
    };
}
