using System.Globalization;

namespace Pathway.Platform.Reporting;

/// <summary>How a report's figures read in every form of it: in the reader's culture, a dash where the data cannot tell, a mark where a figure is confidential.</summary>
public static class ReportFigures
{
    /// <summary>Shown for a figure disclosure control hid, as statistical offices print it ("c": confidential).</summary>
    public const string ConfidentialMark = "c";

    /// <summary>Shown where the data cannot tell.</summary>
    public const string UnknownMark = "—";

    public static string Text(ReportValue value, ReportFigure figure, CultureInfo culture) => value switch
    {
        { Hidden: true } => ConfidentialMark,
        { Number: null } => UnknownMark,
        { Number: { } number } => figure switch
        {
            ReportFigure.Count => number.ToString("N0", culture),
            ReportFigure.Days => number.ToString("N1", culture),
            ReportFigure.Share => number.ToString("P0", culture),
        },
    };

    /// <summary>The figure as a published table may give it to a program: null when hidden or unknown.</summary>
    public static decimal? Published(ReportValue value) => value.Hidden ? null : value.Number;

    /// <summary>Whether any figure of the content is hidden: the forms then say what the mark means.</summary>
    public static bool AnyHidden(ReportTable table) => table.Rows.Any(r => r.Values.Any(v => v.Hidden));
}
