using Microsoft.Extensions.Localization;

namespace Pathway.Support.Beneficiaries;

/// <summary>The words of services in the reader's language, shared by the pages and the API.</summary>
public static class ServiceText
{
    public static string Problem(ServiceProblem problem, IStringLocalizer text) => problem switch
    {
        ServiceProblem.KindMissing => text["Choose the kind of service."],
        ServiceProblem.StatusMissing => text["Say whether the service was given or is planned."],
        ServiceProblem.DueMissing => text["Write the day the service is planned for as YYYY-MM-DD."],
        ServiceProblem.DueInPast => text["A planned service is due today or later; record one already given as given."],
        ServiceProblem.DeliveredMissing => text["Write the day the service was given as YYYY-MM-DD."],
        ServiceProblem.DeliveredInFuture => text["A service cannot be given after today; plan it instead."],
        ServiceProblem.ProviderMissing => text["Write who gives the service."],
        ServiceProblem.TooLong => text["This is too long."],
        ServiceProblem.MinutesOutOfRange => text["Write the length in whole minutes, from 1 to {0}.", SupportService.MaxMinutes],
        ServiceProblem.LanguagesMissing => text["For interpreting, choose the two languages (two-letter ISO 639-1 codes), different from each other."],
        ServiceProblem.CaseNotFound => text["There is no such consent or case."],
        ServiceProblem.ServiceNotFound => text["There is no such service in this case."],
        ServiceProblem.NotPlanned => text["Only a planned service can be marked as given."],
        ServiceProblem.CaseClosed => text["The case is closed: nothing new is recorded on it. A supervisor may reopen it."],
    };

    public static string Kind(ServiceKind kind, IStringLocalizer text) => kind switch
    {
        ServiceKind.LegalAdvice => text["Legal advice"],
        ServiceKind.PsychologicalCounselling => text["Psychological counselling"],
        ServiceKind.Interpreting => text["Interpreting"],
        ServiceKind.CaseManagement => text["Case management"],
        ServiceKind.SocialAssistance => text["Social assistance"],
    };

    public static string Status(ServiceStatus status, IStringLocalizer text) => status switch
    {
        ServiceStatus.Planned => text["Planned"],
        ServiceStatus.Delivered => text["Provided"],
        ServiceStatus.Cancelled => text["Cancelled"],
    };
}
