using System.Text.Json.Serialization;
using Pathway.Platform.Tenancy;

namespace Pathway.Support.Transfers;

/// <summary>A transfer's life: requested by the sending team, then accepted or declined by the receiving organisation, or withdrawn by the sender first.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TransferStatus>))]
public enum TransferStatus
{
    Requested,
    Accepted,
    Declined,
    Withdrawn,
}

/// <summary>
/// A request to move a whole support case to another organisation of the office: its team asks,
/// the receiving organisation's staff accept (the case, under a new number, becomes theirs and the
/// sender loses it) or decline. Only under the person's consent to disclose to the receiver, or a
/// supervisor's documented override. Owned by the sending organisation, which keeps the outcome in
/// its list after the case has gone; the receiver reads it through <see cref="TransferDesk"/>.
/// </summary>
public sealed class Transfer : ITenantOwned
{
    public const int MaxReasonLength = 1000;

    /// <summary>The reason of a step the platform took itself: the person revoked the consent the transfer was requested under.</summary>
    public const string ConsentRevoked = "consent revoked";

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }

    /// <summary>The sending organisation: the case's holder when the transfer was requested.</summary>
    public Guid OrganisationId { get; init; }

    public Guid ToOrganisationId { get; init; }

    public Guid BeneficiaryId { get; init; }

    /// <summary>The case's number in the sending organisation: what its list keeps showing after the case has gone.</summary>
    public required string CaseNumber { get; init; }

    /// <summary>The number the receiving organisation gave the case on accepting it.</summary>
    public string? NewCaseNumber { get; private set; }

    /// <summary>Why the case should move, in the sender's words: the receiver reads it.</summary>
    public required string Reason { get; init; }

    /// <summary>The consent the transfer was requested under; null when it was requested by override.</summary>
    public Guid? ConsentId { get; init; }

    /// <summary>Why the case moves without the person's consent, written by a supervisor: the sender's record only.</summary>
    public string? OverrideReason { get; init; }

    public TransferStatus Status { get; private set; }
    public DateTime RequestedAt { get; init; }
    public required string RequestedBy { get; init; }
    public DateTime ChangedAt { get; private set; }

    public List<TransferStep> Steps { get; init; } = [];

    /// <summary>A new request, with its first step.</summary>
    public static Transfer Request(
        Guid tenant, Guid from, Guid to, Guid beneficiary, string number, string reason, Guid? consent, string? overrideReason, TransferStep step) =>
        new Transfer
        {
            TenantId = tenant, OrganisationId = from, ToOrganisationId = to, BeneficiaryId = beneficiary, CaseNumber = number, Reason = reason,
            ConsentId = consent, OverrideReason = consent is null ? overrideReason : null, Status = TransferStatus.Requested,
            RequestedAt = step.At, RequestedBy = step.By, ChangedAt = step.At,
        }.With(step);

    /// <summary>Which step may follow which: only a request still waiting may be answered or withdrawn.</summary>
    public static bool Allowed(TransferStatus from, TransferStatus to) => (from, to) switch
    {
        (TransferStatus.Requested, TransferStatus.Accepted or TransferStatus.Declined or TransferStatus.Withdrawn) => true,
        _ => false,
    };

    /// <summary>Whose step it is: the receiving organisation answers; the sender withdraws.</summary>
    public static bool IsReceiversStep(TransferStatus to) => to is TransferStatus.Accepted or TransferStatus.Declined;

    /// <summary>Moves the transfer on, when the step is allowed now; the step is kept with who took it and why.</summary>
    public bool Move(TransferStep step, string? newCaseNumber = null)
    {
        if (!Allowed(Status, step.Status) || (step.Status == TransferStatus.Accepted) != (newCaseNumber is not null))
        {
            return false;
        }

        Status = step.Status;
        ChangedAt = step.At;
        NewCaseNumber = newCaseNumber;
        With(step);
        return true;
    }

    private Transfer With(TransferStep step)
    {
        Steps.Add(new TransferStep
        {
            Id = step.Id, TransferId = Id, Status = step.Status, At = step.At, By = step.By, ByUserId = step.ByUserId,
            ByOrganisation = step.ByOrganisation, Reason = step.Reason,
        });
        return this;
    }
}

/// <summary>One step of a transfer, shown to both sides: who took it, for which organisation, when, and why.</summary>
public sealed class TransferStep
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TransferId { get; init; }
    public TransferStatus Status { get; init; }
    public DateTime At { get; init; }
    public required string By { get; init; }

    /// <summary>The account that took the step (empty for a step the platform took): the requester keeps seeing the outcome.</summary>
    public Guid ByUserId { get; init; }

    /// <summary>The organisation the person acted for.</summary>
    public required string ByOrganisation { get; init; }

    public string? Reason { get; init; }
}
