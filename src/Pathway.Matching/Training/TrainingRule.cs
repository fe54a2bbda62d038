namespace Pathway.Matching.Training;

/// <summary>
/// A blocking rule used only to train m-probabilities: among pairs that agree on the rule's
/// fields, the other fields of non-matches agree as often as in random pairs, so EM with u fixed
/// from random pairs is unbiased for them. The rule's own fields are not estimated from its pairs.
/// </summary>
internal sealed record TrainingRule(string Name, int[] BlockedFields, Func<int, long> KeyOf);
