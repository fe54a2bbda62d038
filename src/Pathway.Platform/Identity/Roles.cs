namespace Pathway.Platform.Identity;

/// <summary>The roles people hold on the platform. Names are stored; do not rename.</summary>
public static class Roles
{
    public const string Migrant = nameof(Migrant);
    public const string CaseOfficer = nameof(CaseOfficer);
    public const string Supervisor = nameof(Supervisor);
    public const string NgoWorker = nameof(NgoWorker);
    public const string HelplineOperator = nameof(HelplineOperator);
    public const string ContentEditor = nameof(ContentEditor);
    public const string Translator = nameof(Translator);
    public const string Analyst = nameof(Analyst);
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyList<string> All =
        [Migrant, CaseOfficer, Supervisor, NgoWorker, HelplineOperator, ContentEditor, Translator, Analyst, Admin];

    /// <summary>Everyone but migrants works for an organisation and must use two-factor sign-in.</summary>
    public static readonly IReadOnlyList<string> Staff =
        [CaseOfficer, Supervisor, NgoWorker, HelplineOperator, ContentEditor, Translator, Analyst, Admin];

    public static bool IsStaff(IEnumerable<string> roles) => roles.Any(r => Staff.Contains(r, StringComparer.Ordinal));

    /// <summary>The English name shown for a role; the key of its translation.</summary>
    public static string DisplayName(string role) => role switch
    {
        CaseOfficer => "Case officer",
        Supervisor => "Supervisor",
        NgoWorker => "NGO worker",
        HelplineOperator => "Helpline operator",
        ContentEditor => "Content editor",
        Translator => "Translator",
        Analyst => "Analyst",
        Admin => "Administrator",
        Migrant => "Migrant",
        _ => role,
    };
}
