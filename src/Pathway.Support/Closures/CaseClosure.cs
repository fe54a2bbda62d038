using System.Text.Json.Serialization;
using Pathway.Platform.Tenancy;

namespace Pathway.Support.Closures;

/// <summary>
/// Why a support case ends, in the words case-management standards use for a closure (the case
/// plan's goals reached, the person no longer needs or wants the service, left the area, cannot be
/// reached, is served elsewhere, or died): what a supervisor weighs before approving it, and what
/// the figures of closed cases are grouped by.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClosureReason>))]
public enum ClosureReason
{
    GoalsReached,
    NoLongerNeeded,
    PersonWithdrew,
    MovedAway,
    ContactLost,
    ServedElsewhere,
    Deceased,
    Other,
}

/// <summary>A closure's life: requested by the case's team, then approved (the case is closed) or returned by a supervisor; an approved closure may be reopened.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClosureStatus>))]
public enum ClosureStatus
{
    Requested,
    Approved,
    Returned,
    Reopened,
}

/// <summary>
/// A request to close a support case and what became of it. The case's team asks with the reason;
/// a supervisor of the organisation who did not ask approves it (the case is closed from then on:
/// nothing new is recorded on it) or returns it with what is still to be done. A closed case can be
/// reopened by a supervisor, saying why. Kept, with every decision, for the case's history and the
/// figures of time to closure.
/// </summary>
public sealed class CaseClosure : ITenantOwned
{
    public const int MaxNoteLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid OrganisationId { get; init; }
    public Guid BeneficiaryId { get; init; }

    public ClosureReason Reason { get; init; }

    /// <summary>The requester's words: required with <see cref="ClosureReason.Other"/>.</summary>
    public string? Note { get; init; }

    public ClosureStatus Status { get; private set; }
    public DateTime RequestedAt { get; init; }
    public Guid RequestedById { get; init; }
    public required string RequestedBy { get; init; }

    public DateTime? DecidedAt { get; private set; }
    public Guid? DecidedById { get; private set; }
    public string? DecidedBy { get; private set; }

    /// <summary>Why the supervisor returned the request: required then, optional on approval.</summary>
    public string? DecisionNote { get; private set; }

    public DateTime? ReopenedAt { get; private set; }
    public string? ReopenedBy { get; private set; }
    public string? ReopenReason { get; private set; }

    /// <summary>Which step may follow which: a waiting request is approved or returned; an approved closure may be reopened.</summary>
    public static bool Allowed(ClosureStatus from, ClosureStatus to) => (from, to) switch
    {
        (ClosureStatus.Requested, ClosureStatus.Approved or ClosureStatus.Returned) => true,
        (ClosureStatus.Approved, ClosureStatus.Reopened) => true,
        _ => false,
    };

    /// <summary>Four eyes: the one who asked for the closure does not approve it.</summary>
    public bool MayDecide(Guid user) => user != RequestedById;

    /// <summary>Approves or returns a waiting request; false when the step does not apply now.</summary>
    internal bool Decide(ClosureStatus to, Guid by, string byName, string? note, DateTime at)
    {
        if (to is not (ClosureStatus.Approved or ClosureStatus.Returned) || !Allowed(Status, to))
        {
            return false;
        }

        Status = to;
        DecidedAt = at;
        DecidedById = by;
        DecidedBy = byName;
        DecisionNote = note;
        return true;
    }

    /// <summary>Reopens an approved closure; false when it is not the case's approved closure.</summary>
    internal bool Reopen(string byName, string reason, DateTime at)
    {
        if (!Allowed(Status, ClosureStatus.Reopened))
        {
            return false;
        }

        Status = ClosureStatus.Reopened;
        ReopenedAt = at;
        ReopenedBy = byName;
        ReopenReason = reason;
        return true;
    }

    internal static CaseClosure Request(Guid tenant, Guid organisation, Guid beneficiary, ClosureReason reason, string? note, Guid by, string byName, DateTime at) => new()
    {
        TenantId = tenant, OrganisationId = organisation, BeneficiaryId = beneficiary, Reason = reason, Note = note,
        Status = ClosureStatus.Requested, RequestedAt = at, RequestedById = by, RequestedBy = byName,
    };
}
