namespace Pathway.Portal.DecisionTrees;

/// <summary>
/// Where one answer of a decision tree leads, the same in every language: to a later question
/// (<see cref="LeadsTo"/>) or to the procedure that may fit (<see cref="Procedure"/>, with the
/// application type whose processing times are shown). The question's and answer's words are the
/// item's body: each "## " section a question, the items of its list the answers, in order.
/// </summary>
public sealed class TreeAnswer
{
    public const int MaxKeyLength = 40;

    public Guid ItemId { get; init; }
    public Guid TenantId { get; init; }

    /// <summary>The question's place among the body's sections, from 1.</summary>
    public int Question { get; init; }

    /// <summary>The answer's place in its question's list, from 1.</summary>
    public int Answer { get; init; }

    /// <summary>The question's key, the same on each of its answers: answers lead to a question by it.</summary>
    public string QuestionKey { get; init; } = "";

    public string? LeadsTo { get; init; }

    /// <summary>The address of the procedure (an item of kind Procedure) the answer ends in.</summary>
    public string? Procedure { get; init; }

    /// <summary>The cases catalogue's application type (such as temporary-work) whose processing times are shown with the procedure.</summary>
    public string? ApplicationType { get; init; }
}
