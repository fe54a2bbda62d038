using Pathway.Platform.Identity;

namespace Pathway.Platform.Demo;

/// <summary>The demo sign-ins, one per role. Printed at start-up of a demo instance; never for production.</summary>
public static class DemoAccounts
{
    public const string Password = "Pathway-Demo-2026!";
    public const string TenantSlug = "mazowieckie";
    public const string Domain = "demo.pathway.test";

    /// <summary>The partner NGO's supervisor: approves its plans and case closures (a supervisor answers for their own organisation's cases only).</summary>
    public const string NgoSupervisor = $"ngo-supervisor@{Domain}";

    public static readonly IReadOnlyList<(string Role, string Email, string Name, bool Ngo)> All =
    [
        (Roles.CaseOfficer, $"officer@{Domain}", "Anna Kowalska", false),
        (Roles.Supervisor, $"supervisor@{Domain}", "Tomasz Wiśniewski", false),
        (Roles.NgoWorker, $"ngo@{Domain}", "Maria Zielińska", true),
        (Roles.Supervisor, NgoSupervisor, "Ewa Dąbrowska", true),
        (Roles.HelplineOperator, $"helpline@{Domain}", "Olena Hrytsenko", false),
        (Roles.ContentEditor, $"editor@{Domain}", "Piotr Nowak", false),
        (Roles.Translator, $"translator@{Domain}", "Nadia Rahimi", false),
        (Roles.Analyst, $"analyst@{Domain}", "Katarzyna Lewandowska", false),
        (Roles.Admin, $"admin@{Domain}", "Jan Admin", false),
        (Roles.Migrant, $"migrant@{Domain}", "Oleksandr Shevchenko", false),
    ];

    /// <summary>The demo sign-in of a role; for the supervisor, the office's (the NGO's is <see cref="NgoSupervisor"/>).</summary>
    public static string EmailOf(string role) => All.First(a => a.Role == role).Email;
}
