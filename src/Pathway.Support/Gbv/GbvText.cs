using Microsoft.Extensions.Localization;

namespace Pathway.Support.Gbv;

/// <summary>The incident record's words in the reader's language, shared by its pages and its API.</summary>
public static class GbvText
{
    public static string Problem(GbvProblem problem, IStringLocalizer text) => problem switch
    {
        GbvProblem.IncidentMonthMissing => text["Write the month of the incident as YYYY-MM."],
        GbvProblem.IncidentMonthInFuture => text["The month of the incident cannot be after this month."],
        GbvProblem.ReportedMonthMissing => text["Write the month it was reported as YYYY-MM."],
        GbvProblem.ReportedMonthInFuture => text["The month it was reported cannot be after this month."],
        GbvProblem.ReportedBeforeIncident => text["An incident cannot be reported before the month it happened."],
        GbvProblem.PlaceTooLong => text["Write at most {0} characters.", GbvIncident.MaxPlaceLength],
        GbvProblem.ContextMissing => text["Choose where on the way it happened."],
        GbvProblem.TypeMissing => text["Choose the type of incident."],
        GbvProblem.AgeGroupMissing => text["Choose the survivor's age group."],
        GbvProblem.SexMissing => text["Choose the survivor's sex."],
        GbvProblem.SeparatedChildNotAChild => text["A separated or unaccompanied child is 17 or younger: choose an age group up to 17, or leave this unticked."],
        GbvProblem.PerpetratorMissing => text["Choose who the alleged perpetrator is to the survivor."],
        GbvProblem.PerpetratorsMissing => text["Choose how many perpetrators there were."],
        GbvProblem.ServiceUnknown => text["Choose services from the list."],
        GbvProblem.ConsentMissing => text["Say whether the survivor agreed to be counted in the statistics."],
        GbvProblem.NoOrganisation => text["Only staff of an organisation can record its incidents."],
        GbvProblem.IncidentNotFound => text["There is no such incident, or it is not yours to see."],
        GbvProblem.ReasonMissing => text["Write why the record is deleted."],
        GbvProblem.ReasonTooLong => text["Write at most {0} characters.", GbvIncident.MaxReasonLength],
    };

    public static string Type(GbvIncidentType type, IStringLocalizer text) => type switch
    {
        GbvIncidentType.Rape => text["Rape"],
        GbvIncidentType.SexualAssault => text["Sexual assault"],
        GbvIncidentType.PhysicalAssault => text["Physical assault"],
        GbvIncidentType.ForcedMarriage => text["Forced marriage"],
        GbvIncidentType.DenialOfResources => text["Denial of resources, opportunities or services"],
        GbvIncidentType.PsychologicalAbuse => text["Psychological or emotional abuse"],
    };

    public static string Context(IncidentContext context, IStringLocalizer text) => context switch
    {
        IncidentContext.CountryOfOrigin => text["In the country of origin"],
        IncidentContext.DuringFlight => text["During flight"],
        IncidentContext.CountryOfAsylum => text["In the country of asylum"],
    };

    public static string AgeGroup(SurvivorAgeGroup group, IStringLocalizer text) => group switch
    {
        SurvivorAgeGroup.From0To11 => text["0 to 11 years"],
        SurvivorAgeGroup.From12To17 => text["12 to 17 years"],
        SurvivorAgeGroup.From18To25 => text["18 to 25 years"],
        SurvivorAgeGroup.From26To40 => text["26 to 40 years"],
        SurvivorAgeGroup.From41To60 => text["41 to 60 years"],
        SurvivorAgeGroup.From61 => text["61 years or older"],
    };

    public static string Sex(SurvivorSex sex, IStringLocalizer text) => sex switch
    {
        SurvivorSex.Female => text["Female"],
        SurvivorSex.Male => text["Male"],
        SurvivorSex.Other => text["Other"],
    };

    public static string Perpetrator(PerpetratorRelation relation, IStringLocalizer text) => relation switch
    {
        PerpetratorRelation.IntimatePartner => text["Intimate partner"],
        PerpetratorRelation.FamilyMember => text["Family member"],
        PerpetratorRelation.OtherKnownPerson => text["Another person the survivor knows"],
        PerpetratorRelation.Stranger => text["Stranger"],
        PerpetratorRelation.SmugglerOrTrafficker => text["Smuggler or trafficker"],
        PerpetratorRelation.OfficialOrAuthority => text["Official or person in authority"],
        PerpetratorRelation.Unknown => text["Not known who"],
    };

    public static string Perpetrators(PerpetratorCount count, IStringLocalizer text) => count switch
    {
        PerpetratorCount.One => text["One perpetrator"],
        PerpetratorCount.Two => text["Two perpetrators"],
        PerpetratorCount.ThreeOrMore => text["Three or more perpetrators"],
        PerpetratorCount.Unknown => text["Number of perpetrators not known"],
    };

    public static string Service(GbvService service, IStringLocalizer text) => service switch
    {
        GbvService.LegalAdvice => text["Legal advice"],
        GbvService.PsychologicalCounselling => text["Psychological counselling"],
        GbvService.Interpreting => text["Interpreting"],
        GbvService.CaseManagement => text["Case management"],
        GbvService.SocialAssistance => text["Social assistance"],
        GbvService.HealthCare => text["Health care"],
        GbvService.SafetyAndShelter => text["Safety and shelter"],
    };

    /// <summary>What a figures cell shows: the number, or that it is not shown (the same words whether it is small or hidden to protect a small one).</summary>
    public static string Shown(bool suppressed, int? count, IStringLocalizer text) =>
        suppressed ? text["not shown"] : (count ?? 0).ToString("N0", System.Globalization.CultureInfo.CurrentCulture);
}
