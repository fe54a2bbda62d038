using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Cases.Applications;
using Pathway.Cases.Appointments;
using Pathway.Cases.Catalogue;
using Pathway.Cases.Demo;
using Pathway.Cases.Letters;
using Pathway.Cases.Localization;
using Pathway.Cases.PaperFiles;
using Pathway.Cases.Persistence;
using Pathway.Cases.Portal;
using Pathway.Cases.TimeLimits;
using Pathway.Cases.WalkIn;
using Pathway.Cases.Workflow;
using Pathway.Cases.Workspace;
using Pathway.Platform.Demo;
using Pathway.Platform.Modules;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases;

/// <summary>
/// Residence cases: the office's work from application to decision, with its statutory clocks and
/// its paper files. It begins with the clocks (Polish days free from work, KPA time limits) and the
/// RFID tags of the paper files.
/// </summary>
public static class CasesModule
{
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.AddSingleton<IModuleModel, CasesModel>();
        services.AddPermissions(CasesPermissions.Grants);
        services.AddPages(typeof(CasesModule).Assembly);
        services.AddNavigation(
            new NavigationEntry("cases", "Cases", CasesPermissions.CasesRead, typeof(CasesText), 48),
            new NavigationEntry("cases/team", "Team and overdue cases", CasesPermissions.CasesSupervise, typeof(CasesText), 49),
            new NavigationEntry("cases/time-limits", "Time limits", CasesPermissions.CasesRead, typeof(CasesText), 50),
            new NavigationEntry("cases/catalogue", "Application types", CasesPermissions.CasesRead, typeof(CasesText), 55),
            new NavigationEntry("cases/file-tags", "File tags", CasesPermissions.CasesRead, typeof(CasesText), 60),
            new NavigationEntry("cases/appointments", "Appointments", CasesPermissions.CasesRead, typeof(CasesText), 65),
            new NavigationEntry("cases/paper-files", "Paper files", CasesPermissions.CasesRead, typeof(CasesText), 62),
            new NavigationEntry("cases/queue-desk", "Walk-in queue", CasesPermissions.CasesRead, typeof(CasesText), 66),
            new NavigationEntry("my/cases", "My cases", CasesPermissions.Apply, typeof(CasesText), 20),
            new NavigationEntry("my/applications", "My applications", CasesPermissions.Apply, typeof(CasesText), 19));
        services.AddWorkspaceCards(new WorkspaceCard(typeof(TimeLimitsCard), CasesPermissions.CasesRead, 50));
        services.AddAccountCards(new AccountCard(typeof(Portal.CasesAccountCard), CasesPermissions.Apply, 10));
        services.AddScoped<ICaseCatalogue, CaseCatalogue>().AddScoped<CatalogueDesk>();
        services.AddScoped<IDemoSeeder, CatalogueSeeder>();
        services.AddScoped<IDemoSeeder, CaseDemoSeeder>();
        services.AddScoped<ICaseDesk, CaseDesk>();
        services.AddScoped<ICaseOfficers, CaseOfficers>();
        services.AddScoped<ICaseTeam, CaseTeam>();
        services.AddMemoryCache();
        services.AddScoped<ProcessingTimes>();
        services.AddScoped<Pathway.Platform.Casework.IPublishedProcessingTimes, PublishedProcessingTimes>();
        services.AddScoped<Pathway.Platform.Outbox.IEventReplay, CaseFactsReplay>();
        services.AddScoped<Pathway.Platform.Outbox.IEventProjection, CaseStepProjection>();
        services.AddAppointments();
        services.AddPaperFiles();
        services.AddWalkIn();
        services.AddScoped<SecurityChecks.SecurityCheckDesk>().AddScoped<DecisionSupport.DecisionSupportDesk>().AddScoped<IDemoSeeder, DecisionSupport.DecisionRulesSeeder>();
        services.AddLetters();
        services.AddPortal();
        Confirmations.ConfirmationsServices.AddConfirmations(services);
        services.AddApplications();
        return services;
    }

    /// <summary>
    /// Adds <paramref name="count"/> synthetic cases with a lawful history to the demo tenant (created
    /// when missing), in bulk, for benchmarks: <c>pathway cases seed --cases N</c>. The cases are spread
    /// over <paramref name="officers"/> synthetic officers besides the demo staff.
    /// </summary>
    public static async Task<long> SeedBenchmarkCasesAsync(
        IServiceProvider services, int count, int seed, int officers, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PathwayDbContext>();
        var tenant = await DemoTenantLookup.FindAsync(db, cancellationToken)
            ?? throw new InvalidOperationException("There is no demo tenant; run `pathway seed` first.");
        var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
        return await CaseSeeding.SeedAsync(db, tenant, count, seed, officers, today, progress, cancellationToken);
    }

    /// <summary>
    /// Binds a GIAI-96 tag to every paper file of the tenant that has none and writes their labels:
    /// <c>pathway rfid label-archive</c>.
    /// </summary>
    public static Task<PaperFiles.ArchiveLabelResult> LabelArchiveAsync(
        IServiceProvider services, Guid tenantId, string companyPrefix, int filter, TextWriter labels, IProgress<(long Done, long Total)>? progress, CancellationToken cancellationToken) =>
        services.GetRequiredService<PaperFiles.ArchiveLabelling>().LabelAsync(tenantId, companyPrefix, filter, labels, progress, cancellationToken);

    public static IEndpointRouteBuilder MapCases(this IEndpointRouteBuilder routes)
    {
        routes.MapTimeLimitsApi();
        routes.MapFileTagsApi();
        routes.MapPaperFilesApi();
        routes.MapCaptureApi();
        routes.MapCatalogueApi();
        routes.MapCasesWorkflowApi();
        routes.MapCaseTeamApi();
        routes.MapProcessingTimesApi();
        routes.MapAppointmentsApi();
        routes.MapWalkInApi();
        SecurityChecks.SecurityChecksApi.MapSecurityChecksApi(routes);
        DecisionSupport.DecisionSupportApi.MapDecisionSupportApi(routes);
        routes.MapCaseLettersApi();
        routes.MapMyCasesApi();
        routes.MapCaseMessagesApi();
        Confirmations.ConfirmationsApi.MapConfirmationsApi(routes);
        routes.MapApplicationsApi();
        routes.MapEmployerAnnexApi();
        return routes;
    }
}
