namespace Pathway.Forecasting.Input;

/// <summary>
/// What is wrong on one line of a series file (1-based; 0 when no line applies), with the
/// offending text, so a person can find and fix it.
/// </summary>
public sealed record SeriesIssue(SeriesIssueKind Kind, int Line, string Message, string? SeriesId = null, string? Text = null)
{
    public bool IsWarning => Kind.IsWarning();

    public override string ToString() => Line > 0 ? $"line {Line}: {Message}" : Message;
}
