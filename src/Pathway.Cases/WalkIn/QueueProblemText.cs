using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Pathway.Cases.WalkIn;

/// <summary>Each refusal's HTTP status and its message in the reader's language, shared by the API and the desk page.</summary>
internal static class QueueProblemText
{
    public static int Status(QueueProblem problem) => problem switch
    {
        QueueProblem.CounterNotFound or QueueProblem.TicketNotFound => StatusCodes.Status404NotFound,
        QueueProblem.CounterDoesNotServe or QueueProblem.CounterBusy or QueueProblem.TicketNotOpen or QueueProblem.SameService
            or QueueProblem.Contention => StatusCodes.Status409Conflict,
    };

    public static string Message(QueueProblem problem, IStringLocalizer text) => problem switch
    {
        QueueProblem.CounterNotFound => text["The office has no counter of this name."],
        QueueProblem.TicketNotFound => text["No ticket has this id."],
        QueueProblem.CounterDoesNotServe => text["This counter does not serve this service."],
        QueueProblem.CounterBusy => text["This counter still has a called ticket: finish it first."],
        QueueProblem.TicketNotOpen => text["This ticket is not at a counter any more."],
        QueueProblem.SameService => text["A ticket can only be transferred to another service."],
        QueueProblem.Contention => text["Many tickets were taken at once; please try again."],
    };
}
