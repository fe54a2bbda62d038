namespace Pathway.Matching;

/// <summary>Either a job's report or the input error that stopped it before any output was written.</summary>
public sealed class JobOutcome<TReport>
    where TReport : class
{
    private JobOutcome(TReport? report, InputError? error)
    {
        Report = report;
        Error = error;
    }

    public TReport? Report { get; }

    public InputError? Error { get; }

    public bool Succeeded => Report is not null;

    public static JobOutcome<TReport> Success(TReport report) => new(report, null);

    public static JobOutcome<TReport> Failure(InputError error) => new(null, error);
}
