namespace Pathway.People.Registry;

/// <summary>What saving a person or a document came to; the page and the API each turn it into their answer.</summary>
public abstract record RegistryOutcome
{
    private RegistryOutcome() { }

    public sealed record Saved(PersonView Person) : RegistryOutcome;

    /// <summary>A document number of this kind and issuing state is already another person's (or this person's).</summary>
    public sealed record NumberHeld(DocumentHolder Holder) : RegistryOutcome;

    /// <summary>Recording a number on a second person is a supervisor's decision.</summary>
    public sealed record ExceptionNotAllowed : RegistryOutcome;

    public sealed record PersonNotFound : RegistryOutcome;
}
