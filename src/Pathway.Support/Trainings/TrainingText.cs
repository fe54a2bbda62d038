using Microsoft.Extensions.Localization;

namespace Pathway.Support.Trainings;

/// <summary>The register's words in the reader's language, shared by its pages and its API.</summary>
public static class TrainingText
{
    public static string Problem(TrainingProblem problem, IStringLocalizer text) => problem switch
    {
        TrainingProblem.TitleMissing => text["Write the training's title."],
        TrainingProblem.AreaMissing => text["Choose the training's area."],
        TrainingProblem.StartMissing => text["Write the first day as YYYY-MM-DD."],
        TrainingProblem.EndUnreadable => text["Write the last day as YYYY-MM-DD, or leave it empty for a one-day training."],
        TrainingProblem.EndBeforeStart => text["The last day must be on or after the first."],
        TrainingProblem.TrainerMissing => text["Write who gave the training."],
        TrainingProblem.TooLong => text["Write at most {0} characters.", Training.MaxTextLength],
        TrainingProblem.InstitutionMissing => text["Write the institution's name."],
        TrainingProblem.KindMissing => text["Choose what kind of institution it is."],
        TrainingProblem.ParticipantsOutOfRange => text["Write how many took part, from 1 to {0}.", TrainingAttendance.MaxParticipants],
        TrainingProblem.NotFound => text["There is no such training."],
        TrainingProblem.NoOrganisation => text["Only staff of an organisation can record its trainings."],
    };

    public static string Area(TrainingArea area, IStringLocalizer text) => area switch
    {
        TrainingArea.TraffickingInHumanBeings => text["Trafficking in human beings"],
        TrainingArea.UnaccompaniedMinors => text["Unaccompanied minors"],
        TrainingArea.VulnerableGroupsInAsylum => text["Vulnerable groups in asylum"],
        TrainingArea.GenderBasedViolence => text["Gender-based violence"],
        TrainingArea.InterculturalCommunication => text["Intercultural communication"],
        TrainingArea.MigrationLaw => text["Migration law"],
        TrainingArea.Other => text["Another area"],
    };

    public static string Kind(InstitutionKind kind, IStringLocalizer text) => kind switch
    {
        InstitutionKind.PublicAdministration => text["Public administration"],
        InstitutionKind.BorderGuard => text["Border guard"],
        InstitutionKind.Police => text["Police"],
        InstitutionKind.SocialServices => text["Social services"],
        InstitutionKind.Health => text["Health care"],
        InstitutionKind.Education => text["Education"],
        InstitutionKind.Judiciary => text["Courts and prosecution"],
        InstitutionKind.Ngo => text["Non-governmental organisation"],
        InstitutionKind.Other => text["Another institution"],
    };
}
