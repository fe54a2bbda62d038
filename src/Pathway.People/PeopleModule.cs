using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pathway.People.Api;
using Pathway.People.Demo;
using Pathway.Platform.Demo;
using Pathway.People.Persistence;
using Pathway.People.Registry;
using Pathway.Platform.Persistence;

namespace Pathway.People;

/// <summary>The person registry: names in native script and Latin, documents, search.</summary>
public static class PeopleModule
{
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddSingleton<IModuleModel, PeopleModel>();
        services.AddScoped<IPersonRegistry, PersonRegistry>();
        services.AddScoped<IAuthorizationHandler, PersonAuthorizationHandler>();
        services.AddScoped<IDemoSeeder, DemoPersonSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapPeople(this IEndpointRouteBuilder routes)
    {
        routes.MapPeopleApi();
        return routes;
    }
}
