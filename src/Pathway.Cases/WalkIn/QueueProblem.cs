namespace Pathway.Cases.WalkIn;

/// <summary>Why a queue action was refused; each maps to one HTTP status and one message.</summary>
public enum QueueProblem
{
    CounterNotFound,
    TicketNotFound,
    CounterDoesNotServe,
    CounterBusy,
    TicketNotOpen,
    SameService,
    Contention,
}

/// <summary>The ticket after the action (none when nobody is waiting), or the reason there was no action.</summary>
public sealed record QueueOutcome(Ticket? Ticket, QueueProblem? Problem)
{
    public static QueueOutcome Done(Ticket? ticket) => new(ticket, null);

    public static QueueOutcome Refused(QueueProblem problem) => new(null, problem);
}
