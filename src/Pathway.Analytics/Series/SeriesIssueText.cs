using Microsoft.Extensions.Localization;
using Pathway.Analytics.Localization;
using Pathway.Forecasting.Input;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Series;

/// <summary>What is wrong with a line of an uploaded series file, in the reader's language.</summary>
public static class SeriesIssueText
{
    /// <summary>The message alone, for a field or line named elsewhere.</summary>
    public static string Describe(SeriesIssue issue, IStringLocalizer<AnalyticsText> text) => issue.Kind switch
    {
        SeriesIssueKind.EmptyFile => text["The file is empty: it needs a header line series_id,period,value."],
        SeriesIssueKind.MissingColumns => text["The header must name the columns series_id, period and value; it has: {0}.", issue.Text ?? ""],
        SeriesIssueKind.WrongFieldCount => text["This line has a different number of fields than the header."],
        SeriesIssueKind.MissingSeriesId => text["The series_id is empty."],
        SeriesIssueKind.UnparsableDate => text["'{0}' is not a period: write YYYY-MM for months or YYYY-MM-DD for days.", issue.Text ?? ""],
        SeriesIssueKind.NonNumericValue => text["'{0}' is not a number: use a dot for decimals, and leave the value empty or write NA when it is missing.", issue.Text ?? ""],
        SeriesIssueKind.DuplicatePeriod => text["Series {0} has this period twice.", issue.SeriesId ?? ""],
        SeriesIssueKind.MixedFrequency => text["Series {0} mixes months (YYYY-MM) and days (YYYY-MM-DD).", issue.SeriesId ?? ""],
        SeriesIssueKind.OffGrid => text["Series {0} is weekly, and this date is not a whole number of weeks after its first date.", issue.SeriesId ?? ""],
        SeriesIssueKind.Gap => text["Series {0} skips periods before this line; they are treated as missing values.", issue.SeriesId ?? ""],
    };

    /// <summary>The message with its line number, as a list of a file's problems shows it.</summary>
    public static string WithLine(SeriesIssue issue, IStringLocalizer<AnalyticsText> text) =>
        issue.Line > 0 ? text["Line {0}: {1}", issue.Line, Describe(issue, text)] : Describe(issue, text);
}
