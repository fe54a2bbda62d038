namespace Pathway.Forecasting.Staffing;

/// <summary>
/// One problem in an uploaded file, on its 1-based line (the header is line 1) and, for a cell,
/// in its column with the text found there. The message is plain English for logs and the CLI;
/// pages translate from <see cref="Kind"/>, <see cref="Line"/>, <see cref="Column"/> and <see cref="Value"/>.
/// </summary>
public sealed record UploadError(int Line, UploadErrorKind Kind, string Message)
{
    /// <summary>The column of the cell as the header names it; null for a problem of the whole line or file.</summary>
    public string? Column { get; init; }

    /// <summary>The text found in the cell (empty when it was empty); null for a problem of the whole line or file.</summary>
    public string? Value { get; init; }

    public override string ToString() => $"line {Line}: {Message}";
}
