using Microsoft.Extensions.Localization;

namespace Pathway.Support.Beneficiaries;

/// <summary>The words of intake and consents in the reader's language, shared by the pages and the API.</summary>
public static class BeneficiaryText
{
    public static string Intake(IntakeProblem problem, IStringLocalizer text) => problem switch
    {
        IntakeProblem.GivenNamesMissing => text["Write the given names."],
        IntakeProblem.SurnameMissing => text["Write the surname."],
        IntakeProblem.NameTooLong => text["Write at most {0} characters.", Beneficiary.MaxNameLength],
        IntakeProblem.BirthDateUnreadable => text["Write the date of birth as YYYY-MM-DD, or leave it empty when it is not known."],
        IntakeProblem.BirthDateInFuture => text["The date of birth cannot be in the future."],
        IntakeProblem.CitizenshipUnknown => text["Write the citizenship as a country code of passports (such as UKR, AFG, XXA for stateless)."],
        IntakeProblem.LanguageUnknown => text["Choose the language the person reads their receipts in."],
        IntakeProblem.LegalBasisMissing => text["Choose on what basis the organisation holds the person's data."],
        IntakeProblem.ServicesConsentMissing => text["With consent as the basis, the person's consent to receive services must be recorded."],
        IntakeProblem.NoOrganisation => text["Only staff of an organisation can register the people it supports."],
        IntakeProblem.PersonUnknown => text["The person registry has no such record that you may see."],
    };

    public static string Team(TeamProblem problem, IStringLocalizer text) => problem switch
    {
        TeamProblem.CaseNotFound => text["There is no such consent or case."],
        TeamProblem.NotAColleague => text["Choose a colleague of the organisation holding the case who works support cases."],
        TeamProblem.AlreadyOnTeam => text["This colleague is on the team already."],
        TeamProblem.NotOnTeam => text["This person is not on the case team."],
        TeamProblem.LastMember => text["The last member of a team cannot be removed: add a colleague first."],
    };

    public static string Consent(ConsentProblem problem, IStringLocalizer text) => problem switch
    {
        ConsentProblem.RecipientMissing => text["Say which organisation the data may go to."],
        ConsentProblem.RecipientTooLong => text["Write at most {0} characters.", Pathway.Support.Beneficiaries.Consent.MaxRecipientLength],
        ConsentProblem.RecipientUnknown => text["Choose another organisation of the platform, or write the name of one outside it."],
        ConsentProblem.AlreadyGiven => text["This consent is recorded already and not revoked."],
        ConsentProblem.NotFound => text["There is no such consent or case."],
        ConsentProblem.AlreadyRevoked => text["This consent was revoked already."],
        ConsentProblem.CaseClosed => text["The case is closed: nothing new is recorded on it. A supervisor may reopen it."],
    };

    public static string Basis(LegalBasis basis, IStringLocalizer text) => basis switch
    {
        LegalBasis.Consent => text["The person's consent"],
        LegalBasis.VitalInterests => text["The person's vital interests (they cannot consent now)"],
        LegalBasis.PublicTask => text["A task in the public interest given by law"],
        LegalBasis.LegalObligation => text["A legal obligation of the organisation"],
    };

    public static string Sex(Sex sex, IStringLocalizer text) => sex switch
    {
        Beneficiaries.Sex.Female => text["Female"],
        Beneficiaries.Sex.Male => text["Male"],
        Beneficiaries.Sex.Other => text["Other"],
        Beneficiaries.Sex.Unknown => text["Not known"],
    };

    /// <summary>What a consent allows, in words: the receipt's sentence.</summary>
    public static string Allows(Consent consent, IReadOnlyDictionary<Guid, string> organisations, IStringLocalizer text) =>
        Allows(consent.Kind, consent.RecipientOrganisationId is { } id && organisations.TryGetValue(id, out var name) ? name : consent.RecipientName, text);

    /// <summary>What a consent of <paramref name="kind"/> allows, with the recipient's name for a consent to disclose.</summary>
    public static string Allows(ConsentKind kind, string? recipient, IStringLocalizer text) => kind switch
    {
        ConsentKind.ReceiveServices => text["To receive the organisation's services, and for it to keep the data they need."],
        ConsentKind.DiscloseTo => text["For the organisation to pass the data a referral needs to: {0}.", recipient ?? "?"],
    };
}
