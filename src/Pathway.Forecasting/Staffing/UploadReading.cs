namespace Pathway.Forecasting.Staffing;

/// <summary>
/// An uploaded file read whole or not at all: the rows when every line was good, otherwise no
/// rows and every error found (up to <see cref="MaxErrors"/>). Half a file is never planned with.
/// </summary>
public sealed class UploadReading<TRow>
{
    public const int MaxErrors = 100;

    private UploadReading(IReadOnlyList<TRow> rows, IReadOnlyList<UploadError> errors)
    {
        Rows = rows;
        Errors = errors;
    }

    public IReadOnlyList<TRow> Rows { get; }

    public IReadOnlyList<UploadError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    internal static UploadReading<TRow> Success(IReadOnlyList<TRow> rows) => new(rows, []);

    internal static UploadReading<TRow> Failure(IReadOnlyList<UploadError> errors) => new([], errors);
}
