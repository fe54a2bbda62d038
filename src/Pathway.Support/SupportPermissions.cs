using Pathway.Platform.Identity;
using Pathway.Platform.Modules;

namespace Pathway.Support;

/// <summary>What the support services module lets each role do, and why.</summary>
public static class SupportPermissions
{
    public const string HelplineRead = "helpline.read";
    public const string HelplineLog = "helpline.log";
    public const string HelplineManage = "helpline.manage";
    public const string ReferralsReceive = "referrals.receive";
    public const string ReferralsOverride = "referrals.override";
    public const string FundReportsRead = "fund-reports.read";
    public const string TransfersOverride = "transfers.override";
    public const string TrainingsRead = "trainings.read";
    public const string TrainingsManage = "trainings.manage";
    public const string BeneficiariesWork = "beneficiaries.work";
    public const string BeneficiariesSupervise = "beneficiaries.supervise";
    public const string BeneficiariesExport = "beneficiaries.export";
    public const string LibraryRead = "library.read";
    public const string LibraryManage = "library.manage";
    public const string PartnersRead = "partners.read";
    public const string PartnersManage = "partners.manage";
    public const string GbvRecord = "gbv.record";
    public const string GbvFigures = "gbv.figures";
    public const string ClosuresApprove = "closures.approve";
    public const string CaseloadRead = "caseload.read";
    public const string BreakGlass = "beneficiaries.break-glass";
    public const string BreakGlassReview = "break-glass.review";
    public const string InterpretersManage = "interpreters.manage";
    public const string TracingWork = "tracing.work";
    public const string PlansApprove = "plans.approve";
    public const string PlansFollow = "plans.follow";
    public const string RetentionManage = "retention.manage";

    /// <summary>The roles a library document may be opened to: those that read the library at all.</summary>
    public static readonly IReadOnlyList<string> LibraryReaders = [Roles.NgoWorker, Roles.Supervisor, Roles.CaseOfficer, Roles.HelplineOperator, Roles.Analyst];

    public static readonly IReadOnlyList<PermissionGrant> Grants =
    [
        new(HelplineRead, [Roles.HelplineOperator, Roles.Supervisor, Roles.Analyst],
            "The helpline's figures (calls answered, waiting, the busy hours) are counts with no caller in them: operators steer by them, supervisors report them, analysts plan from them."),
        new(HelplineLog, [Roles.HelplineOperator, Roles.Supervisor],
            "Operators note the topic and language of the calls they take or make; the note names no caller."),
        new(HelplineManage, [Roles.Supervisor],
            "Importing the telephony's files and saying which contexts and channels make which kind of call change every figure the helpline reports, so a supervisor does it, audited."),
        new(BeneficiariesWork, [Roles.NgoWorker, Roles.Supervisor],
            "Advisory-point and NGO staff register the people they support and record their consents; each opens only the cases of the teams they are on, and every opening is audited."),
        new(BeneficiariesSupervise, [Roles.Supervisor],
            "A supervisor answers for all of the organisation's support cases: they open any of them, as the need-to-know rule allows the organisation's supervisors."),
        new(BeneficiariesExport, [Roles.Supervisor],
            "The export of everything the organisation holds about a person (GDPR art. 15) carries special categories of data in one file: health, vulnerability, trafficking, violence. A supervisor, who answers for the organisation's cases, answers the person's request; every export is audited and names its exporter on every page."),
        new(ReferralsReceive, [Roles.NgoWorker, Roles.Supervisor, Roles.CaseOfficer],
            "Staff of the organisation a referral is addressed to read what the sender chose to pass on, and accept, decline or close it; the sender sees each step."),
        new(ReferralsOverride, [Roles.Supervisor],
            "Sending a referral without the person's consent is for child protection only: a supervisor decides, writes why, and the decision is audited on its own."),
        new(FundReportsRead, [Roles.NgoWorker, Roles.Supervisor, Roles.Analyst],
            "A fund's indicators are counts of the organisation's own services and trainings, with no one named in them: those who run a funded project report them, and analysts check them."),
        new(TransfersOverride, [Roles.Supervisor],
            "Moving a whole case to another organisation without the person's consent is a decision of its own, wider than a referral's chosen sections and not only for child protection: a supervisor decides, writes why, and the decision is audited on its own."),
        new(TrainingsRead, [Roles.NgoWorker, Roles.Supervisor, Roles.Analyst],
            "The register of trainings counts participants by institution and names no participant: those who give trainings and those who report them to funds read it."),
        new(TrainingsManage, [Roles.NgoWorker, Roles.Supervisor],
            "NGO staff and the office's supervisors record the trainings their organisation gives, each organisation its own; every change is audited."),
        new(LibraryRead, LibraryReaders,
            "Manuals, good practice, templates and legal texts are for the staff who advise migrants or answer them (NGO workers, case officers, helpline operators), their supervisors, and the analysts who plan the services those documents describe; each document opens only to the roles its uploader chose."),
        new(LibraryManage, [Roles.NgoWorker, Roles.Supervisor],
            "NGO staff and the office's supervisors keep their organisation's part of the library: they upload documents, choose which roles may read them and take them off; every change is audited."),
        new(PartnersRead, [Roles.NgoWorker, Roles.Supervisor, Roles.CaseOfficer, Roles.HelplineOperator],
            "Those who advise or answer migrants look up where to send them: which organisation gives which service in which language, and whom to call there. The directory holds no migrant's data."),
        new(PartnersManage, [Roles.NgoWorker, Roles.Supervisor],
            "NGO staff and the office's supervisors, who work with the partners, record them and the meetings held with them, each organisation its own; every change is audited."),
        new(GbvRecord, [Roles.NgoWorker, Roles.Supervisor],
            "Those who hear a survivor (NGO staff and the office's supervisors) record the incident apart from any case, with no name, no date of birth and only the month and a district, and correct it or delete it with the reason (a record made by mistake, twice, or at the survivor's wish); the list of codes and categories stays with them, each organisation its own, and every record, correction (the fields' names, never their values) and deletion (with its reason) is audited. Case officers and analysts do not read single incidents: even without a name, one incident can point at the person."),
        new(GbvFigures, [Roles.NgoWorker, Roles.Supervisor, Roles.Analyst],
            "The figures count only incidents whose survivor agreed to be counted, and hide every count from 1 to 4, and beside it another count of the table wherever the tables' shared total would give the small one away, so no survivor can be recognised in them: those who record incidents report them, and analysts plan the services for survivors from them."),
        new(ClosuresApprove, [Roles.Supervisor],
            "Closing a case ends the support a vulnerable person gets: the team asks, and a supervisor of the organisation who did not ask checks that nothing is left undone before approving it, or returns it; a supervisor also reopens a closed case. Every decision is audited with its reason."),
        new(BreakGlass, [Roles.NgoWorker, Roles.Supervisor],
            "When a person's case worker is away and the person is in front of a colleague (or a sealed case's team cannot be reached), the colleague may open the case of their own organisation for a few hours: they give its exact number and the reason, the organisation's supervisors are alerted, and the opening is audited and reviewed."),
        new(BreakGlassReview, [Roles.Supervisor],
            "Every break-glass opening of a case is looked at afterwards by a supervisor of the organisation, who is alerted when it happens and marks it reviewed, noting what was not right."),
        new(CaseloadRead, [Roles.Supervisor],
            "A supervisor balances the work of the organisation's case workers: how many open cases each holds, how long cases take to close and which planned services are overdue. The figures count cases and name the workers, never a person supported."),
        new(InterpretersManage, [Roles.NgoWorker, Roles.Supervisor],
            "Each organisation keeps its own register of interpreters and cultural mediators (their languages, contacts, weekly hours and absences): at an NGO the workers who book them keep it, at the office its supervisors, who answer for the support cases there. Case officers, helpline operators and analysts book no interpreters for support cases. Everyone who works support cases reads the register, and books from it for the cases they may open; every change is audited."),
        new(TracingWork, [Roles.NgoWorker, Roles.Supervisor],
            "Those who work with separated children and their families (NGO staff and the office's supervisors) take tracing requests and judge the candidates the matching proposes: a person, not the score, decides that a child is found. A candidate in a child's case opens only to that case's team and the supervisors, as the case does; a candidate another organisation of the office holds is judged by a tracer of each side, and neither sees the other's person until both have confirmed; case officers, helpline operators and analysts have no part in tracing, and nothing is told to a requester before a case worker confirms."),
        new(PlansApprove, [Roles.Supervisor],
            "A care or integration plan commits the organisation to what its staff will do for the person, and tells the person what is asked of them: a supervisor, who answers for all of the organisation's cases, approves it or returns it with the reason, and never a plan they wrote themself (four eyes). Each decision is audited."),
        new(PlansFollow, [Roles.Migrant],
            "Migrants read the plan in force of the support cases they linked to their own account with a one-time code from their worker, and tick their own tasks done; never a draft, and never anyone else's case."),
        new(RetentionManage, [Roles.Supervisor],
            "How long the organisation keeps each kind of record, and which cases a legal hold keeps whatever the rules say, decide when a vulnerable person's data is anonymised or deleted for good: a supervisor, who answers for all of the organisation's records, sets the periods, places and lifts holds with the reason, and runs the rules; every step is audited. Case workers see a hold on the case, but neither place nor lift one."),
    ];
}
