namespace Pathway.People.Registry;

/// <summary>
/// The person who already holds a document number of the same kind and issuing state. Id and name
/// are null when the holder is in a unit the caller may not see: they learn only that it is taken.
/// </summary>
public sealed record DocumentHolder(DocumentKind Kind, string Number, string IssuingState, Guid? PersonId, string? Name);
