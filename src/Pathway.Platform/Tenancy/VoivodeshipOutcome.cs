namespace Pathway.Platform.Tenancy;

/// <summary>What became of setting an organisation's voivodeship: saved, or why not.</summary>
public abstract record VoivodeshipOutcome
{
    private VoivodeshipOutcome() { }

    public sealed record Saved(OrganisationView Organisation) : VoivodeshipOutcome;

    /// <summary>No organisation of the caller's office has this id.</summary>
    public sealed record NotFound : VoivodeshipOutcome;

    /// <summary>The code is none of the sixteen; the errors by field, in the caller's language.</summary>
    public sealed record Invalid(Dictionary<string, string[]> Errors) : VoivodeshipOutcome;
}
