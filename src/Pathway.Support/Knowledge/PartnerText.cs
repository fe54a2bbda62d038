using Microsoft.Extensions.Localization;

namespace Pathway.Support.Knowledge;

/// <summary>The directory's words in the reader's language, shared by its pages and its API.</summary>
public static class PartnerText
{
    public static string Problem(PartnerRefusal refusal, IStringLocalizer text) => refusal.Problem switch
    {
        PartnerProblem.NameMissing => text["Write the organisation's name."],
        PartnerProblem.KindMissing => text["Choose what kind of organisation it is."],
        PartnerProblem.ServiceUnknown => text["Choose among the services listed."],
        PartnerProblem.LanguageUnknown => text["Write each language as its two-letter ISO 639-1 code, such as uk or ar."],
        PartnerProblem.TooManyLanguages => text["Name at most {0} languages.", refusal.Max],
        PartnerProblem.PhoneInvalid => text["Write the telephone number with digits, spaces, +, brackets or dashes, such as +48 22 123 45 67."],
        PartnerProblem.EmailInvalid => text["Write one e-mail address, such as biuro@example.org."],
        PartnerProblem.WebsiteInvalid => text["Write the website's address, such as https://example.org."],
        PartnerProblem.TooLong => text["Write at most {0} characters.", refusal.Max],
        PartnerProblem.DayMissing => text["Write the meeting's day as YYYY-MM-DD."],
        PartnerProblem.TitleMissing => text["Write what the meeting was about."],
        PartnerProblem.PartnersMissing => text["Choose at least one partner that attended."],
        PartnerProblem.PartnerUnknown => text["Choose partners of the directory."],
        PartnerProblem.HasMeetings => text["This partner attended meetings, which keep it: it cannot be removed."],
        PartnerProblem.NoOrganisation => text["Only staff of an organisation can record partners and meetings."],
    };

    public static string Kind(PartnerKind kind, IStringLocalizer text) => kind switch
    {
        PartnerKind.Ngo => text["Non-governmental organisation"],
        PartnerKind.LegalAid => text["Legal aid"],
        PartnerKind.HealthService => text["Health service"],
        PartnerKind.SocialService => text["Social service"],
        PartnerKind.PsychologicalSupport => text["Psychological support"],
        PartnerKind.Shelter => text["Shelter"],
        PartnerKind.InternationalOrganisation => text["International organisation"],
        PartnerKind.PublicAuthority => text["Public authority"],
        PartnerKind.Other => text["Another kind of organisation"],
    };
}
