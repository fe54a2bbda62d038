using System.Globalization;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Localization;

namespace Pathway.Analytics.Sources;

/// <summary>The faults of an outside table in the reader's language, and where they are.</summary>
internal static class SourceProblemText
{
    public static string Describe(SourceProblem problem, IStringLocalizer<AnalyticsText> text) => problem.Kind switch
    {
        SourceProblemKind.NotText => text["The file is not UTF-8 text (save it as CSV UTF-8)."],
        SourceProblemKind.Empty => text["The file holds no table: a header row and at least one row of data are needed."],
        SourceProblemKind.Malformed => text["The quoting is broken here: a quote left open, or text after a closing quote."],
        SourceProblemKind.FieldCount => text["The row has {0} fields, not as many as the header.", problem.Value ?? ""],
        SourceProblemKind.DuplicateColumn => text["The header names the column {0} twice.", problem.Value ?? ""],
        SourceProblemKind.NoTimeColumn => text["No column holds the time period; name it. The columns are: {0}.", problem.Value ?? ""],
        SourceProblemKind.NoValueColumn => text["No column holds the values; name it. The columns are: {0}.", problem.Value ?? ""],
        SourceProblemKind.NamedColumnMissing => text["There is no column {0}. The columns are: {1}.", problem.Column ?? "", problem.Value ?? ""],
        SourceProblemKind.UnknownStructureType => text["'{0}' is not a structure type: write dataflow, datastructure or dataprovision.", problem.Value ?? ""],
        SourceProblemKind.MissingStructure => text["The row names no dataflow."],
        SourceProblemKind.UnknownAction => text["'{0}' is not an action: write I, A, M, R or D.", problem.Value ?? ""],
        SourceProblemKind.DeleteAction => text["This row deletes data (action D), and a load keeps a table whole: leave the row out and load the table again with replace."],
        SourceProblemKind.MissingDimension => text["The dimension is empty."],
        SourceProblemKind.UnknownCode => text["'{0}' is not a code of this dimension's code list.", problem.Value ?? ""],
        SourceProblemKind.UnreadableTime => text["'{0}' is not a time period: write 2024, 2024-Q1, 2024-03, 2024-W05 or 2024-03-15.", problem.Value ?? ""],
        SourceProblemKind.TimeNotOfFrequency => text["The time period {0} does not match the row's frequency.", problem.Value ?? ""],
        SourceProblemKind.UnreadableValue => text["'{0}' is neither a number nor a missing marker of this import.", problem.Value ?? ""],
        SourceProblemKind.DuplicateKey => text["The series and period {0} are already on line {1}.", problem.Value ?? "", problem.OtherLine],
        SourceProblemKind.KeyMismatch => text["The key {0} does not match the row's dimensions.", problem.Value ?? ""],
        SourceProblemKind.ColumnMissing => text["The stored table has the dimension {0} and the file lacks it; tick replace to load the table with its new columns.", problem.Value ?? ""],
        SourceProblemKind.ColumnAdded => text["The file has the dimension {0} and the stored table does not; tick replace to load the table with its new columns.", problem.Value ?? ""],
        SourceProblemKind.TooManyProblems => text["… and {0} more faults.", problem.Value ?? ""],
    };

    /// <summary>The column as a list of faults shows it: its name, and its number when the file has it there.</summary>
    public static string Column(SourceProblem problem) =>
        problem.Column is null ? ""
        : problem.ColumnNumber > 0 ? string.Create(CultureInfo.InvariantCulture, $"{problem.Column} ({problem.ColumnNumber})")
        : problem.Column;

    /// <summary>The key of a fault in the API's validation problem: its line and column, in the invariant form clients parse.</summary>
    public static string Key(SourceProblem problem) => (problem.Line, problem.Column) switch
    {
        ( > 0, { } column) => string.Create(CultureInfo.InvariantCulture, $"line {problem.Line}, column {column}"),
        ( > 0, null) => string.Create(CultureInfo.InvariantCulture, $"line {problem.Line}"),
        (_, { } column) => string.Create(CultureInfo.InvariantCulture, $"column {column}"),
        _ => "file",
    };

    public static string Describe(SourceFieldProblem problem, IStringLocalizer<AnalyticsText> text) =>
        problem.TooLong ? text["Use at most {0} characters.", problem.Limit] : text["This field is required."];

    public static string FieldName(SourceField field) => field switch
    {
        SourceField.Name => "name",
        SourceField.Title => "title",
        SourceField.Source => "source",
    };
}
