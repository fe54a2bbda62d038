using Microsoft.Extensions.Localization;

namespace Pathway.Support.Referrals;

/// <summary>The words of referrals in the reader's language, shared by the pages and the API.</summary>
public static class ReferralText
{
    public static string Problem(ReferralProblem problem, IStringLocalizer text) => problem switch
    {
        ReferralProblem.CaseNotFound => text["There is no such consent or case."],
        ReferralProblem.ReferralNotFound => text["There is no such referral, or it is not yours to see."],
        ReferralProblem.ReceiverMissing => text["Choose the organisation the referral goes to, or write the name of one outside the platform."],
        ReferralProblem.ReceiverUnknown => text["Choose another organisation of the platform, or write the name of one outside it."],
        ReferralProblem.ReceiverTooLong => text["Write at most {0} characters.", Beneficiaries.Consent.MaxRecipientLength],
        ReferralProblem.ReceiverKindMissing => text["Say what kind of service the organisation outside the platform is."],
        ReferralProblem.NoteMissing => text["Write what the referral asks the receiver for."],
        ReferralProblem.NoteTooLong => text["Write at most {0} characters.", Referral.MaxNoteLength],
        ReferralProblem.NoConsent => text["The person has not consented to have data disclosed to this organisation: record their consent first. Without it, only a supervisor may refer, for child protection, writing why."],
        ReferralProblem.OverrideNotAllowed => text["Only a supervisor may refer without the person's consent."],
        ReferralProblem.ReasonMissing => text["Write why the referral is declined."],
        ReferralProblem.ReasonTooLong => text["Write at most {0} characters.", Referral.MaxReasonLength],
        ReferralProblem.NotYours => text["This step is the other side's to take."],
        ReferralProblem.WrongState => text["The referral has moved on already: this step no longer applies."],
        ReferralProblem.CaseClosed => text["The case is closed: nothing new is recorded on it. A supervisor may reopen it."],
    };

    public static string Status(ReferralStatus status, IStringLocalizer text) => status switch
    {
        ReferralStatus.Sent => text["Sent"],
        ReferralStatus.Accepted => text["Accepted"],
        ReferralStatus.Declined => text["Declined"],
        ReferralStatus.Done => text["Done"],
        ReferralStatus.Revoked => text["Revoked by the sender"],
    };

    public static string Kind(ReceiverKind kind, IStringLocalizer text) => kind switch
    {
        ReceiverKind.OfficeUnit => text["Office unit"],
        ReceiverKind.Ngo => text["NGO"],
        ReceiverKind.HealthService => text["Health service"],
        ReceiverKind.SocialService => text["Social service"],
        ReceiverKind.Other => text["Another kind of service"],
    };

    public static string Section(ReferralSection section, IStringLocalizer text) => section switch
    {
        ReferralSection.Identity => text["Identity: names, date of birth, sex, citizenship, language"],
        ReferralSection.Services => text["Services given and planned (without their outcomes)"],
        ReferralSection.Needs => text["Specific needs of the current assessment (without its note)"],
    };

    /// <summary>A step's reason; the one the platform writes itself is shown in the reader's language.</summary>
    public static string? Reason(ReferralStep step, IStringLocalizer text) => Reason(step.Reason, text);

    public static string? Reason(string? reason, IStringLocalizer text) =>
        reason == ReferralStep.ConsentRevoked ? text["The person revoked the consent the referral was sent under."] : reason;
}
