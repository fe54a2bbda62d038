using Pathway.Platform.Identity;
using Pathway.Platform.Modules;

namespace Pathway.Cases;

/// <summary>What the residence cases module lets each role do, and why.</summary>
public static class CasesPermissions
{
    public const string CasesRead = "cases.read";
    public const string CasesWork = "cases.work";
    public const string CasesSupervise = "cases.supervise";
    public const string CasesCatalogue = "cases.catalogue";
    public const string FilesCapture = "cases.files.capture";
    public const string QueueKiosk = "cases.queue.kiosk";
    public const string Apply = "cases.apply";

    public static readonly IReadOnlyList<PermissionGrant> Grants =
    [
        new(CasesRead, [Roles.CaseOfficer, Roles.Supervisor],
            "Officers and their supervisors work residence cases: their time limits, letters and paper files."),
        new(CasesWork, [Roles.CaseOfficer, Roles.Supervisor],
            "Moving a case on (notices, appearances, drafts), booking appointments and handling paper files is the officers' daily work."),
        new(CasesSupervise, [Roles.Supervisor],
            "Assigning and reassigning cases, bulk actions and signing decisions are a supervisor's call, recorded with their name."),
        new(CasesCatalogue, [Roles.Supervisor],
            "The catalogue follows the law: a supervisor records a new time to decide, duty, document or suspension from the day it takes effect, with its source; every change is audited and no row that cases were judged by is overwritten."),
        new(FilesCapture, [Roles.Supervisor],
            "RFID reader gateways send reads with an API key of this scope and nothing else; supervisors set the readers up and send test reads."),
        new(QueueKiosk, [Roles.Supervisor],
            "A ticket kiosk stands in the waiting room: its API key may issue walk-in tickets and nothing else, so a key taken from it opens no records; supervisors set the kiosks up."),
        new(Apply, [Roles.Migrant],
            "Migrants file their own residence applications online and follow only their own cases: what they filed, the office's letters and requests, their appointments."),
    ];
}
