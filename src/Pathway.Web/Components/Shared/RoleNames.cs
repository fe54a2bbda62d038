using Pathway.Platform.Identity;

namespace Pathway.Web.Components.Shared;

/// <summary>The English name of a role, the key of its translation; the role's own name is an identifier.</summary>
internal static class RoleNames
{
    public static string Of(string role) => role switch
    {
        Roles.CaseOfficer => "Case officer",
        Roles.Supervisor => "Supervisor",
        Roles.NgoWorker => "NGO worker",
        Roles.HelplineOperator => "Helpline operator",
        Roles.ContentEditor => "Content editor",
        Roles.Translator => "Translator",
        Roles.Analyst => "Analyst",
        Roles.Admin => "Administrator",
        Roles.Migrant => "Migrant",
        _ => role,
    };
}
