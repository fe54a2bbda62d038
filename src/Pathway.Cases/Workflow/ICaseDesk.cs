using System.Security.Claims;

namespace Pathway.Cases.Workflow;

/// <summary>The office's work on cases: registering, opening, acting and the queues.</summary>
public interface ICaseDesk
{
    Task<RegisterOutcome> RegisterAsync(NewCase application, Guid organisationId, ClaimsPrincipal by, CancellationToken cancellationToken = default);

    /// <summary>Opens a case; the read goes to the audit trail with its reason.</summary>
    Task<CaseFile?> OpenAsync(string number, string? reason = null, CancellationToken cancellationToken = default);

    /// <summary>Takes an action on the version of the case the caller read.</summary>
    Task<ActOutcome> ActAsync(string number, CaseAction action, int version, CaseActionInput input, ClaimsPrincipal by, CancellationToken cancellationToken = default);

    Task<CaseQueuePage> QueueAsync(CaseQueueQuery query, ClaimsPrincipal by, CancellationToken cancellationToken = default);
}
