using Pathway.People.Registry;

namespace Pathway.People.Duplicates;

public sealed record SuspicionView(
    Guid Id,
    SuspicionKind Kind,
    SuspicionSource Source,
    SuspicionStatus Status,
    double Probability,
    SuspicionEvidence Evidence,
    DateTime DetectedAt,
    PersonSummary Person,
    PersonSummary? Other);

public sealed record MergeView(Guid Id, PersonSummary Survivor, PersonSummary Merged, DateTime MergedAt, DateTime? UndoneAt);

public enum ReviewOutcome
{
    Done,
    NotFound,
    AlreadyDecided,
    NotAllowed,
}
