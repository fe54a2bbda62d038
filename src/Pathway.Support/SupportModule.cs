using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Modules;
using Pathway.Platform.Persistence;
using Pathway.Platform.Printing;
using Pathway.Platform.Reporting;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Caseload;
using Pathway.Support.Closures;
using Pathway.Support.FundReports;
using Pathway.Support.Gbv;
using Pathway.Support.Helpline;
using Pathway.Support.Interpreting;
using Pathway.Support.Knowledge;
using Pathway.Support.Localization;
using Pathway.Support.Needs;
using Pathway.Support.Persistence;
using Pathway.Support.Plans;
using Pathway.Support.Referrals;
using Pathway.Support.Retention;
using Pathway.Support.Sealing;
using Pathway.Support.SubjectExport;
using Pathway.Support.Tracing;
using Pathway.Support.Trainings;
using Pathway.Support.Transfers;
using Pathway.Support.Workspace;

namespace Pathway.Support;

/// <summary>
/// Support services for migrants: support cases with their services, assessments, referrals and interpreter requests matched to a register, the
/// helpline (its statistics from the telephony's own files and the calls operators log by hand), the
/// register of trainings, gender-based-violence incidents recorded apart from the cases, family tracing for separated children, care and integration plans (approved by a supervisor, followed by the person in the portal), and the knowledge the staff share: the library and the partner directory.
/// </summary>
public static class SupportModule
{
    public static IServiceCollection AddSupport(this IServiceCollection services)
    {
        services.AddSingleton<IModuleModel, SupportModel>();
        services.AddPermissions(SupportPermissions.Grants);
        services.AddPages(typeof(SupportModule).Assembly);
        services.AddNavigation(
            new NavigationEntry("support/helpline", "Helpline figures", SupportPermissions.HelplineRead, typeof(SupportText), 300),
            new NavigationEntry("support/helpline/calls", "Log a call", SupportPermissions.HelplineLog, typeof(SupportText), 310),
            new NavigationEntry("support/helpline/files", "Telephony files", SupportPermissions.HelplineManage, typeof(SupportText), 320),
            new NavigationEntry("support/beneficiaries", "Support cases", SupportPermissions.BeneficiariesWork, typeof(SupportText), 305),
            new NavigationEntry("support/services/overdue", "Overdue services", SupportPermissions.BeneficiariesWork, typeof(SupportText), 306),
            new NavigationEntry("support/needs/reviews", "Reviews due", SupportPermissions.BeneficiariesWork, typeof(SupportText), 306),
            new NavigationEntry("support/referrals", "Referrals", SupportPermissions.ReferralsReceive, typeof(SupportText), 307),
            new NavigationEntry("support/closures", "Closures to approve", SupportPermissions.ClosuresApprove, typeof(SupportText), 308),
            new NavigationEntry("support/caseload", "Caseload", SupportPermissions.CaseloadRead, typeof(SupportText), 309),
            new NavigationEntry("support/break-glass", "Break-glass access", SupportPermissions.BreakGlass, typeof(SupportText), 309),
            new NavigationEntry("support/transfers", "Transfers", SupportPermissions.BeneficiariesWork, typeof(SupportText), 308),
            new NavigationEntry("support/interpreters/requests", "Interpreter requests", SupportPermissions.BeneficiariesWork, typeof(SupportText), 308),
            new NavigationEntry("support/interpreters", "Interpreters", SupportPermissions.BeneficiariesWork, typeof(SupportText), 347),
            new NavigationEntry("support/tracing", "Family tracing", SupportPermissions.TracingWork, typeof(SupportText), 309),
            new NavigationEntry("support/plans/approvals", "Plans to approve", SupportPermissions.PlansApprove, typeof(SupportText), 308),
            new NavigationEntry("support/gbv", "GBV incidents", SupportPermissions.GbvRecord, typeof(SupportText), 309),
            new NavigationEntry("support/gbv/figures", "GBV figures", SupportPermissions.GbvFigures, typeof(SupportText), 336),
            new NavigationEntry("support/fund-reports", "Fund reports", SupportPermissions.FundReportsRead, typeof(SupportText), 335),
            new NavigationEntry("support/trainings", "Trainings", SupportPermissions.TrainingsRead, typeof(SupportText), 330),
            new NavigationEntry("support/library", "Library", SupportPermissions.LibraryRead, typeof(SupportText), 340),
            new NavigationEntry("support/partners", "Partner organisations", SupportPermissions.PartnersRead, typeof(SupportText), 345),
            new NavigationEntry("support/partners/meetings", "Meetings with partners", SupportPermissions.PartnersRead, typeof(SupportText), 346),
            new NavigationEntry("support/retention", "Retention and legal holds", SupportPermissions.RetentionManage, typeof(SupportText), 349));
        services.AddWorkspaceCards(
            new WorkspaceCard(typeof(HelplineCard), SupportPermissions.HelplineRead, 300),
            new WorkspaceCard(typeof(BeneficiariesCard), SupportPermissions.BeneficiariesWork, 305),
            new WorkspaceCard(typeof(ReferralsCard), SupportPermissions.ReferralsReceive, 306),
            new WorkspaceCard(typeof(TransfersCard), SupportPermissions.BeneficiariesWork, 307),
            new WorkspaceCard(typeof(ClosuresCard), SupportPermissions.ClosuresApprove, 308),
            new WorkspaceCard(typeof(BreakGlassCard), SupportPermissions.BreakGlassReview, 304),
            new WorkspaceCard(typeof(InterpretersCard), SupportPermissions.BeneficiariesWork, 308),
            new WorkspaceCard(typeof(PlansCard), SupportPermissions.PlansApprove, 308),
            new WorkspaceCard(typeof(GbvCard), SupportPermissions.GbvRecord, 309),
            new WorkspaceCard(typeof(TrainingsCard), SupportPermissions.TrainingsRead, 310),
            new WorkspaceCard(typeof(KnowledgeCard), SupportPermissions.LibraryRead, 315),
            new WorkspaceCard(typeof(RetentionCard), SupportPermissions.RetentionManage, 316));
        services.AddAccountCards(new AccountCard(typeof(MyPlanAccountCard), SupportPermissions.PlansFollow, 20));
        services.AddScoped<HelplineDesk>();
        services.AddScoped<HelplineImporter>();
        // What statistics rebuild from: the cases, the services and the calls told again as their facts.
        services.AddScoped<Pathway.Platform.Outbox.IEventReplay, BeneficiariesReplay>();
        services.AddScoped<Pathway.Platform.Outbox.IEventReplay, ServicesReplay>();
        services.AddScoped<Pathway.Platform.Outbox.IEventReplay, HelplineCallsReplay>();
        services.AddScoped<TrainingRegister>();
        services.AddScoped<BeneficiaryDesk>();
        services.AddScoped<ServiceLog>();
        services.AddScoped<ReferralDesk>();
        services.AddScoped<FundReportDesk>();
        services.AddScoped<IReportDefinition, FundIndicatorsReport>();
        services.AddPrintFonts();
        services.AddScoped<CaseTeams>();
        services.AddScoped<TransferDesk>();
        services.AddScoped<ClosureDesk>();
        services.AddScoped<SealingDesk>();
        services.AddScoped<CaseloadFigures>();
        services.AddScoped<NeedAssessments>();
        services.AddScoped<LibraryDesk>();
        services.AddScoped<PartnerDirectory>();
        services.AddScoped<GbvRegister>();
        services.AddScoped<InterpreterRegister>();
        services.AddScoped<InterpretingDesk>();
        services.AddScoped<Pathway.Platform.Demo.IDemoSeeder, BeneficiariesDemoSeeder>();
        services.AddScoped<Pathway.Platform.Demo.IDemoSeeder, NeedsDemoSeeder>();
        services.AddScoped<Pathway.Platform.Demo.IDemoSeeder, ClosuresDemoSeeder>();
        services.AddScoped<TracingDesk>();
        services.AddScoped<Pathway.Platform.Demo.IDemoSeeder, TracingDemoSeeder>();
        services.AddScoped<PlanDesk>();
        services.AddScoped<SubjectExportDesk>();
        services.AddScoped<RetentionSweep>();
        services.AddScoped<RetentionDesk>();
        services.AddHostedService<RetentionScheduler>();
        services.AddScoped<Pathway.Platform.Demo.IDemoSeeder, RetentionDemoSeeder>();
        services.AddScoped<MyPlans>();
        services.AddScoped<Pathway.Platform.Demo.IDemoSeeder, PlansDemoSeeder>();
        services.AddScoped<Pathway.Platform.Demo.IDemoSeeder, TrainingsDemoSeeder>();
        services.AddScoped<Pathway.Platform.Demo.IDemoSeeder, GbvDemoSeeder>();
        services.AddScoped<Pathway.Platform.Demo.IDemoSeeder, KnowledgeDemoSeeder>();
        services.AddScoped<Pathway.Platform.Demo.IDemoSeeder, HelplineDemoSeeder>();
        services.AddScoped<Pathway.Platform.Demo.IDemoSeeder, InterpretersDemoSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapSupport(this IEndpointRouteBuilder routes)
    {
        routes.MapHelplineApi();
        routes.MapTrainingsApi();
        routes.MapBeneficiariesApi();
        routes.MapServicesApi();
        routes.MapReferralsApi();
        routes.MapFundReportsApi();
        routes.MapTeamApi();
        routes.MapTransfersApi();
        routes.MapClosuresApi();
        routes.MapSealingApi();
        routes.MapCaseloadApi();
        routes.MapNeedsApi();
        routes.MapLibraryApi();
        routes.MapPartnersApi();
        routes.MapGbvApi();
        routes.MapInterpretersApi();
        routes.MapInterpreterRequestsApi();
        routes.MapTracingApi();
        routes.MapPlansApi();
        routes.MapMyPlanApi();
        routes.MapSubjectExportApi();
        routes.MapRetentionApi();
        return routes;
    }
}
