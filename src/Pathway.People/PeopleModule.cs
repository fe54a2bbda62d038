using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pathway.People.Demo;
using Pathway.People.Duplicates;
using Pathway.People.Localization;
using Pathway.People.Persistence;
using Pathway.People.Registry;
using Pathway.People.Workspace;
using Pathway.Platform.Demo;
using Pathway.Platform.Modules;
using Pathway.Platform.Persistence;
using Pathway.Platform.Registry;
using Pathway.Platform.Settings;

namespace Pathway.People;

/// <summary>The person registry: names in native script and Latin, documents, search.</summary>
public static class PeopleModule
{
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddSingleton<IModuleModel, PeopleModel>();
        services.AddSettings<RegistryOptions, RegistryOptions.Validator>(RegistryOptions.Section);
        services.AddPermissions(PeoplePermissions.Grants);
        services.AddPages(typeof(PeopleModule).Assembly);
        services.AddNavigation(
            new NavigationEntry("staff/persons", "Person registry", PeoplePermissions.PersonsRead, typeof(PeopleText), 100),
            new NavigationEntry("staff/persons/new", "Register a person", PeoplePermissions.PersonsWrite, typeof(PeopleText), 110),
            new NavigationEntry("staff/duplicates", "Suspected duplicates", PeoplePermissions.DuplicatesReview, typeof(PeopleText), 120),
            new NavigationEntry("staff/lost-stolen", "Lost and stolen documents", PeoplePermissions.DuplicatesReview, typeof(PeopleText), 130));
        services.AddWorkspaceCards(new WorkspaceCard(typeof(RegistryCard), PeoplePermissions.PersonsRead, 100));
        services.AddScoped<IPersonRegistry, PersonRegistry>();
        services.AddScoped<IRegistryCheck, RegistryCheck>();
        services.AddScoped<RegistryScan>();
        services.AddScoped<IRegistryScan>(sp => sp.GetRequiredService<RegistryScan>());
        services.AddScoped<IOnDemandScan, OnDemandScan>();
        services.AddSingleton<ScanWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ScanWorker>());
        services.AddScoped<IAuthorizationHandler, PersonAuthorizationHandler>();
        services.AddScoped<IDemoSeeder, DemoPersonSeeder>();
        services.AddScoped<IDemoSeeder, DemoScanSeeder>();
        services.AddHostedService<NameSkeletonBackfill>();
        services.AddHostedService<NightlyScanScheduler>();
        services.AddScoped<DuplicateReview>();
        services.AddScoped<IDuplicateReview>(sp => sp.GetRequiredService<DuplicateReview>());
        services.AddScoped<IIdentitySignals, RegistryIdentitySignals>();
        services.AddScoped<IRegistryPersons, RegistryPersons>();
        return services;
    }

    /// <summary>Synthetic persons with their ground truth as CSV, for benchmarks (see <c>pathway seed --csv</c>).</summary>
    public static Task WriteDemoCsvAsync(string path, int count, int seed, double duplicateShare, IProgress<long>? progress, CancellationToken cancellationToken) =>
        DemoCsvExport.WriteAsync(path, count, seed, duplicateShare, progress, cancellationToken);

    /// <summary>A second-record variant of a registered person (typo, Polish spelling, swapped date), for benchmarks.</summary>
    public static PersonDetails VariantOf(Person person, Random random) => DemoVariants.VariantOf(person, random);

    public static IEndpointRouteBuilder MapPeople(this IEndpointRouteBuilder routes)
    {
        routes.MapPeopleApi();
        routes.MapDuplicatesApi();
        return routes;
    }
}
