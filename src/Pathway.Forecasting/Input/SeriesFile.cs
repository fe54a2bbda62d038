namespace Pathway.Forecasting.Input;

/// <summary>The series read from a file, or the errors that stop it from being used; warnings either way.</summary>
public sealed record SeriesFile(IReadOnlyList<TimeSeries> Series, IReadOnlyList<SeriesIssue> Issues)
{
    public IEnumerable<SeriesIssue> Errors => Issues.Where(i => !i.IsWarning);
    public IEnumerable<SeriesIssue> Warnings => Issues.Where(i => i.IsWarning);
    public bool IsValid => !Errors.Any();
}
