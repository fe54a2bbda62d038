namespace Pathway.Support;

/// <summary>A refusal the module's API answers with a status of its own (a conflict, say): its title, in the reader's language.</summary>
internal sealed record ProblemAnswer(string Title);
