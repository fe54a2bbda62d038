using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Demo;

namespace Pathway.Cases.WalkIn;

internal static class WalkInSetup
{
    public static IServiceCollection AddWalkIn(this IServiceCollection services)
    {
        services.AddScoped<WalkInQueue>();
        services.AddScoped<IDemoSeeder, WalkInSeeder>();
        return services;
    }
}
