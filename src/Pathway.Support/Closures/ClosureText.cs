using Microsoft.Extensions.Localization;

namespace Pathway.Support.Closures;

/// <summary>The words of case closures in the reader's language, shared by the pages and the API.</summary>
public static class ClosureText
{
    public static string Problem(ClosureProblem problem, IStringLocalizer text) => problem switch
    {
        ClosureProblem.CaseNotFound => text["There is no such consent or case."],
        ClosureProblem.ClosureNotFound => text["There is no such closure request, or it is not yours to see."],
        ClosureProblem.ReasonMissing => text["Choose why the case ends."],
        ClosureProblem.NoteMissing => text["Write the reason."],
        ClosureProblem.NoteTooLong => text["Write at most {0} characters.", CaseClosure.MaxNoteLength],
        ClosureProblem.ClosedAlready => text["The case is closed already."],
        ClosureProblem.NotClosed => text["The case is not closed."],
        ClosureProblem.PendingAlready => text["A closure of this case waits for a supervisor already."],
        ClosureProblem.TransferWaiting => text["A transfer of this case waits for its answer: the case cannot be closed meanwhile."],
        ClosureProblem.OwnRequest => text["You asked for this closure: another supervisor decides on it."],
        ClosureProblem.NotAllowed => text["Only a supervisor approves, returns or reopens a closure."],
        ClosureProblem.WrongState => text["The request has been decided already."],
        ClosureProblem.Anonymised => text["The case was anonymised under the retention rules: it cannot be reopened. Register the person again if they come back."],
    };

    public static string Reason(ClosureReason reason, IStringLocalizer text) => reason switch
    {
        ClosureReason.GoalsReached => text["The plan's goals are reached"],
        ClosureReason.NoLongerNeeded => text["Support is no longer needed"],
        ClosureReason.PersonWithdrew => text["The person no longer wants support"],
        ClosureReason.MovedAway => text["The person moved away"],
        ClosureReason.ContactLost => text["Contact is lost"],
        ClosureReason.ServedElsewhere => text["Another organisation supports the person"],
        ClosureReason.Deceased => text["The person died"],
        ClosureReason.Other => text["Another reason (write it)"],
    };

    public static string Status(ClosureStatus status, IStringLocalizer text) => status switch
    {
        ClosureStatus.Requested => text["Waiting for a supervisor"],
        ClosureStatus.Approved => text["Approved: the case is closed"],
        ClosureStatus.Returned => text["Returned"],
        ClosureStatus.Reopened => text["Reopened"],
    };
}
