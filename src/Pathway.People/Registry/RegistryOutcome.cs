using Pathway.People.Duplicates;

namespace Pathway.People.Registry;

/// <summary>What saving a person or a document came to; the page and the API each turn it into their answer.</summary>
public abstract record RegistryOutcome
{
    private RegistryOutcome() { }

    /// <summary>The registry check run with a registration (null for a document added): what the page shows.</summary>
    public RegistryCheckResult? Check { get; init; }

    public sealed record Saved(PersonView Person) : RegistryOutcome;

    /// <summary>A document number of this kind and issuing state is already another person's (or this person's).</summary>
    public sealed record NumberHeld(DocumentHolder Holder) : RegistryOutcome;

    /// <summary>Recording a number on a second person is a supervisor's decision.</summary>
    public sealed record ExceptionNotAllowed : RegistryOutcome;

    public sealed record PersonNotFound : RegistryOutcome;

    /// <summary>The check found something the caller has not confirmed looking at (<see cref="RegistrationAcknowledgement"/>); nothing saved.</summary>
    public sealed record NotAcknowledged : RegistryOutcome;
}
