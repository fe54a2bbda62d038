using Microsoft.Extensions.Localization;

namespace Pathway.Support.Transfers;

/// <summary>The words of transfers in the reader's language, shared by the pages and the API.</summary>
public static class TransferText
{
    public static string Problem(TransferProblem problem, IStringLocalizer text) => problem switch
    {
        TransferProblem.CaseNotFound => text["There is no such consent or case."],
        TransferProblem.TransferNotFound => text["There is no such transfer, or it is not yours to see."],
        TransferProblem.ReceiverMissing => text["Choose the organisation the case is to move to."],
        TransferProblem.ReceiverUnknown => text["Choose another organisation of the platform."],
        TransferProblem.ReasonMissing => text["Write the reason."],
        TransferProblem.ReasonTooLong => text["Write at most {0} characters.", Transfer.MaxReasonLength],
        TransferProblem.NoConsent => text["The person has not consented to have data disclosed to this organisation: record their consent first. Without it, only a supervisor may transfer the case, writing why."],
        TransferProblem.OverrideNotAllowed => text["Only a supervisor may transfer a case without the person's consent."],
        TransferProblem.PendingAlready => text["A transfer of this case waits for its answer already: one at a time."],
        TransferProblem.NotYours => text["This step is the other side's to take."],
        TransferProblem.WrongState => text["The transfer has moved on already: this step no longer applies."],
        TransferProblem.NumberTaken => text["Another case took the next number at the same moment: try again."],
        TransferProblem.CaseClosed => text["The case is closed: nothing new is recorded on it. A supervisor may reopen it."],
    };

    public static string Status(TransferStatus status, IStringLocalizer text) => status switch
    {
        TransferStatus.Requested => text["Waiting for an answer"],
        TransferStatus.Accepted => text["Accepted"],
        TransferStatus.Declined => text["Declined"],
        TransferStatus.Withdrawn => text["Withdrawn by the sender"],
    };

    /// <summary>What a step's button says.</summary>
    public static string Action(TransferStatus to, IStringLocalizer text) => to switch
    {
        TransferStatus.Requested => text["Request the transfer"],
        TransferStatus.Accepted => text["Accept the case"],
        TransferStatus.Declined => text["Decline"],
        TransferStatus.Withdrawn => text["Withdraw the request"],
    };

    /// <summary>A step's reason; the one the platform writes itself is shown in the reader's language.</summary>
    public static string? Reason(TransferStep step, IStringLocalizer text) => Reason(step.Reason, text);

    public static string? Reason(string? reason, IStringLocalizer text) =>
        reason == Transfer.ConsentRevoked ? text["The person revoked the consent the transfer was requested under."] : reason;
}
