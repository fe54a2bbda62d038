namespace Pathway.Forecasting.Staffing;

/// <summary>
/// One problem in an uploaded file, on its 1-based line (the header is line 1). The message is
/// plain English for logs and the CLI; pages translate from <see cref="Kind"/> and
/// <see cref="Line"/>.
/// </summary>
public sealed record UploadError(int Line, UploadErrorKind Kind, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}
