using Microsoft.Extensions.Localization;

namespace Pathway.Support.Needs;

/// <summary>The words of vulnerability assessments in the reader's language, shared by the section on the case and the API.</summary>
public static class NeedText
{
    public static string Problem(NeedProblem problem, IStringLocalizer text) => problem switch
    {
        NeedProblem.AssessedOnMissing => text["Write the day of the assessment as YYYY-MM-DD."],
        NeedProblem.AssessedInFuture => text["An assessment cannot be dated after today."],
        NeedProblem.NameTooLong => text["Write at most {0} characters.", NeedAssessment.MaxNameLength],
        NeedProblem.NeedsMissing => text["Tick the specific needs found, or that no specific needs were found."],
        NeedProblem.NoNeedsContradicted => text["Either tick the needs found or that no specific needs were found, not both."],
        NeedProblem.CategoryUnknown => text["Choose the needs from the list."],
        NeedProblem.CategoryTwice => text["Each need can be recorded once in an assessment."],
        NeedProblem.CodeNotOfCategory => text["Choose a UNHCR code of the need it is given for."],
        NeedProblem.ExploitationMissing => text["For trafficking, choose the form of exploitation."],
        NeedProblem.ExploitationWithoutTrafficking => text["A form of exploitation is recorded only with trafficking."],
        NeedProblem.NoteTooLong => text["Write at most {0} characters.", NeedAssessment.MaxNoteLength],
        NeedProblem.ReviewMissing => text["Write the day of the next review as YYYY-MM-DD."],
        NeedProblem.ReviewNotAfterAssessment => text["The next review comes after the day of the assessment."],
        NeedProblem.CaseNotFound => text["There is no such consent or case."],
        NeedProblem.CaseClosed => text["The case is closed: nothing new is recorded on it. A supervisor may reopen it."],
    };

    public static string Category(NeedCategory category, IStringLocalizer text) => category switch
    {
        NeedCategory.UnaccompaniedOrSeparatedChild => text["Unaccompanied or separated child"],
        NeedCategory.Trafficking => text["Victim of trafficking in human beings"],
        NeedCategory.GenderBasedOrDomesticViolence => text["Gender-based or domestic violence"],
        NeedCategory.Disability => text["Disability"],
        NeedCategory.SeriousIllness => text["Serious illness"],
        NeedCategory.MentalHealth => text["Mental health"],
        NeedCategory.OlderPerson => text["Older person"],
        NeedCategory.PregnancyOrBreastfeeding => text["Pregnancy or breastfeeding"],
        NeedCategory.SingleParent => text["Single parent or caregiver"],
        NeedCategory.Lgbtiq => text["LGBTIQ+"],
        NeedCategory.TortureSurvivor => text["Survivor of torture"],
    };

    public static string Exploitation(Exploitation form, IStringLocalizer text) => form switch
    {
        Needs.Exploitation.Sexual => text["Sexual exploitation"],
        Needs.Exploitation.ForcedLabourOrServices => text["Forced labour or services, including begging"],
        Needs.Exploitation.SlaveryOrSimilarPractices => text["Slavery or practices similar to slavery"],
        Needs.Exploitation.Servitude => text["Servitude"],
        Needs.Exploitation.CriminalActivities => text["Exploitation of criminal activities"],
        Needs.Exploitation.RemovalOfOrgans => text["Removal of organs"],
        Needs.Exploitation.ForcedMarriage => text["Forced marriage"],
        Needs.Exploitation.IllegalAdoption => text["Illegal adoption"],
        Needs.Exploitation.Surrogacy => text["Exploitation of surrogacy"],
        Needs.Exploitation.Other => text["Another form of exploitation"],
    };

    /// <summary>What a UNHCR code stands for (the list's own wording, shortened); the code itself is shown beside it untranslated.</summary>
    public static string Code(string code, IStringLocalizer text) => code switch
    {
        "SC" => text["Unaccompanied or separated child"],
        "SC-UC" => text["Unaccompanied child"],
        "SC-SC" => text["Separated child"],
        "SC-CH" => text["Child-headed household"],
        "SC-IC" => text["Child in institutional care"],
        "SC-FC" => text["Child in foster care"],
        "SV" => text["Sexual and gender-based violence"],
        "SV-VA" => text["Survivor of violence in the country of asylum"],
        "SV-VF" => text["Survivor of violence during flight"],
        "SV-VO" => text["Survivor of violence in the country of origin"],
        "SV-GM" => text["Female genital mutilation"],
        "SV-HP" => text["Harmful traditional practices"],
        "SV-HK" => text["Threat of honour killing or violence"],
        "SV-FM" => text["Forced or early marriage"],
        "SV-SS" => text["Survival sex"],
        "DS" => text["Disability"],
        "SM" => text["Serious medical condition"],
        "SM-MI" => text["Mental illness"],
        "SM-CI" => text["Chronic illness"],
        "SM-CC" => text["Critical medical condition"],
        "SM-MN" => text["Malnutrition"],
        "SM-AD" => text["Addiction"],
        "SM-OT" => text["Other medical condition"],
        "SM-DP" => text["Difficult pregnancy"],
        "CR-TP" => text["Teenage pregnancy"],
        "WR-LC" => text["Lactation"],
        "ER" => text["Older person at risk"],
        "ER-NF" => text["Single older person"],
        "ER-MC" => text["Older person with children"],
        "ER-FR" => text["Older person unable to care for self"],
        "SP" => text["Single parent or caregiver"],
        "SP-PT" => text["Single parent"],
        "SP-GP" => text["Single grandparent"],
        "SP-CG" => text["Single caregiver"],
        "TR" => text["Torture"],
        "TR-PI" => text["Psychological or physical impairment due to torture"],
        "TR-HO" => text["Forced to egregious acts"],
        "TR-WV" => text["Witness of violence to others"],
        _ => code,
    };

    public static string Review(NeedAssessment current, ReviewState state, IStringLocalizer text) => state switch
    {
        ReviewState.Overdue => text["The review was due on {0}: it is overdue.", current.NextReviewOn.ToString("d", System.Globalization.CultureInfo.CurrentCulture)],
        ReviewState.DueToday => text["The review is due today."],
        ReviewState.Scheduled => text["Next review on {0}.", current.NextReviewOn.ToString("d", System.Globalization.CultureInfo.CurrentCulture)],
    };
}
