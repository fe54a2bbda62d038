using Microsoft.Extensions.Localization;

namespace Pathway.Support.Sealing;

/// <summary>The words of sealed cases and break-glass access in the reader's language, shared by the pages and the API.</summary>
public static class SealingText
{
    public static string Problem(SealingProblem problem, IStringLocalizer text) => problem switch
    {
        SealingProblem.CaseNotFound => text["There is no such consent or case."],
        SealingProblem.ReasonMissing => text["Write the reason."],
        SealingProblem.ReasonTooLong => text["Write at most {0} characters.", BreakGlassAccess.MaxReasonLength],
        SealingProblem.NotOnTeam => text["Only the case's team seals or unseals it."],
        SealingProblem.SealedAlready => text["The case is sealed already."],
        SealingProblem.NotSealed => text["The case is not sealed."],
        SealingProblem.NumberMissing => text["Write the case's number."],
        SealingProblem.NumberUnknown => text["No case of your organisation has this number."],
        SealingProblem.OpenAlready => text["You may open this case already: no glass needs breaking."],
        SealingProblem.HoursOutOfRange => text["Choose from 1 to {0} hours.", BreakGlassAccess.MaxHours],
        SealingProblem.AccessNotFound => text["There is no such break-glass opening, or it is not yours to review."],
        SealingProblem.ReviewedAlready => text["This opening has been reviewed already."],
    };
}
