using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Cases.Catalogue;
using Pathway.Cases.Demo;
using Pathway.Cases.Localization;
using Pathway.Cases.PaperFiles;
using Pathway.Cases.Persistence;
using Pathway.Cases.TimeLimits;
using Pathway.Cases.Workspace;
using Pathway.Platform.Demo;
using Pathway.Platform.Modules;
using Pathway.Platform.Persistence;

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
            new NavigationEntry("cases/time-limits", "Time limits", CasesPermissions.CasesRead, typeof(CasesText), 50),
            new NavigationEntry("cases/catalogue", "Application types", CasesPermissions.CasesRead, typeof(CasesText), 55),
            new NavigationEntry("cases/file-tags", "File tags", CasesPermissions.CasesRead, typeof(CasesText), 60),
            new NavigationEntry("cases/paper-files", "Paper files", CasesPermissions.CasesRead, typeof(CasesText), 62));
        services.AddWorkspaceCards(new WorkspaceCard(typeof(TimeLimitsCard), CasesPermissions.CasesRead, 50));
        services.AddScoped<ICaseCatalogue, CaseCatalogue>();
        services.AddScoped<IDemoSeeder, CatalogueSeeder>();
        services.AddPaperFiles();
        return services;
    }

    public static IEndpointRouteBuilder MapCases(this IEndpointRouteBuilder routes)
    {
        routes.MapTimeLimitsApi();
        routes.MapFileTagsApi();
        routes.MapPaperFilesApi();
        routes.MapCaptureApi();
        routes.MapCatalogueApi();
        return routes;
    }
}
