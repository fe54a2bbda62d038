namespace Pathway.Cases.Applications;

/// <summary>What a change to an application gives.</summary>
public abstract record ApplicationOutcome
{
    public sealed record Saved(OnlineApplication Application) : ApplicationOutcome;

    /// <summary>No such application of this migrant (another's looks the same: it is not theirs to know of).</summary>
    public sealed record NotFound : ApplicationOutcome;

    /// <summary>The application changed since the caller read it (another tab): nothing was saved.</summary>
    public sealed record Stale(int CurrentVersion) : ApplicationOutcome;

    /// <summary>Submitted already: it is read-only, and linked to its case.</summary>
    public sealed record ReadOnly(string? CaseNumber) : ApplicationOutcome;

    /// <summary>The input has field errors (in the caller's <see cref="Platform.Localization.FieldErrors"/>).</summary>
    public sealed record Invalid : ApplicationOutcome;

    /// <summary>The office takes no applications online (no office unit, or no such type in force today).</summary>
    public sealed record NotOffered : ApplicationOutcome;
}

/// <summary>What a submission gives.</summary>
public abstract record SubmitOutcome
{
    /// <param name="Repeated">The application had been submitted already; this is the same case.</param>
    public sealed record Submitted(OnlineApplication Application, bool Repeated) : SubmitOutcome;

    public sealed record NotFound : SubmitOutcome;

    public sealed record Stale(int CurrentVersion) : SubmitOutcome;

    public sealed record AwaitingEmployerAnnex : SubmitOutcome;

    public sealed record Incomplete(ApplicationChecklist Checklist) : SubmitOutcome;

    /// <summary>The account must set up two-factor sign-in before it can sign.</summary>
    public sealed record NeedsSecondFactor : SubmitOutcome;

    /// <summary>Field errors: the fee statement or the signing code.</summary>
    public sealed record Invalid : SubmitOutcome;

    /// <summary>The application type is no longer in force today.</summary>
    public sealed record NotOffered : SubmitOutcome;
}
