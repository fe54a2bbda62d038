using Pathway.Forecasting.Input;
namespace Pathway.Forecasting.Staffing;

/// <summary>Errors collected while reading a file, cut off after <see cref="UploadReading{TRow}.MaxErrors"/>.</summary>
internal sealed class UploadErrors
{
    private readonly List<UploadError> errors = [];

    public int Count => errors.Count;

    /// <summary>True once the list is cut off: a reader may stop looking.</summary>
    public bool Full { get; private set; }

    public IReadOnlyList<UploadError> List => errors;

    public void Add(int line, UploadErrorKind kind, string message) => Add(new UploadError(line, kind, message));

    /// <summary>A problem of one cell: the column's name from the header and the text found in it.</summary>
    public void Add(CsvText csv, CsvRow row, int column, UploadErrorKind kind, string message) =>
        Add(new UploadError(row.Line, kind, message) { Column = csv.Header[column], Value = row[column] });

    private void Add(UploadError error)
    {
        if (Full)
        {
            return;
        }

        if (errors.Count == UploadReading<object>.MaxErrors)
        {
            errors.Add(new UploadError(error.Line, UploadErrorKind.TooManyErrors, $"More than {UploadReading<object>.MaxErrors} errors; the rest are not listed. Is this the right file?"));
            Full = true;
            return;
        }

        errors.Add(error);
    }

    /// <summary>
    /// The number in a cell, or null after recording why not. Negative numbers are errors: every
    /// figure uploaded here is a count, hours or days.
    /// </summary>
    public double? NonNegative(CsvText csv, CsvRow row, int column, string what)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            Add(csv, row, column, UploadErrorKind.MissingValue, $"The {what} is missing.");
            return null;
        }

        if (!csv.TryParseNumber(text, out var value))
        {
            Add(csv, row, column, UploadErrorKind.InvalidNumber, $"The {what} '{text}' is not a number.");
            return null;
        }

        if (value < 0)
        {
            Add(csv, row, column, UploadErrorKind.NegativeNumber, $"The {what} {text} is negative.");
            return null;
        }

        return value;
    }

    /// <summary>A whole number of zero or more (cases, days), or null after recording why not.</summary>
    public int? WholeNonNegative(CsvText csv, CsvRow row, int column, string what)
    {
        if (NonNegative(csv, row, column, what) is not { } value)
        {
            return null;
        }

        if (value != Math.Floor(value) || value > int.MaxValue)
        {
            Add(csv, row, column, UploadErrorKind.InvalidNumber, $"The {what} '{row[column]}' is not a whole number.");
            return null;
        }

        return (int)value;
    }
}
