namespace Pathway.People.Duplicates;

/// <summary>Why two records (or one record) need a supervisor's eyes.</summary>
public enum SuspicionKind
{
    /// <summary>Two records that probably describe one person (possibly one person with two identities).</summary>
    LikelySamePerson = 0,
    /// <summary>One document number held by two different persons.</summary>
    SharedDocumentNumber = 1,
    /// <summary>A person's document is on an imported lost/stolen list.</summary>
    LostOrStolenDocument = 2,
}
