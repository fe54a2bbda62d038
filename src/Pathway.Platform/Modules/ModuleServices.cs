using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Pathway.Platform.Modules;

/// <summary>What a module contributes to the host from its <c>Add…()</c>: nothing of it is listed in the host.</summary>
public static class ModuleServices
{
    public static IServiceCollection AddPermissions(this IServiceCollection services, IEnumerable<PermissionGrant> grants)
    {
        foreach (var grant in grants)
        {
            services.AddSingleton(grant);
        }

        return services;
    }

    public static IServiceCollection AddNavigation(this IServiceCollection services, params NavigationEntry[] entries)
    {
        foreach (var entry in entries)
        {
            services.AddSingleton(entry);
        }

        return services;
    }

    public static IServiceCollection AddAccountCards(this IServiceCollection services, params AccountCard[] cards)
    {
        foreach (var card in cards)
        {
            services.AddSingleton(card);
        }

        return services;
    }

    public static IServiceCollection AddPublicLinks(this IServiceCollection services, params PublicLink[] links)
    {
        foreach (var link in links)
        {
            services.AddSingleton(link);
        }

        return services;
    }

    public static IServiceCollection AddWorkspaceCards(this IServiceCollection services, params WorkspaceCard[] cards)
    {
        foreach (var card in cards)
        {
            services.AddSingleton(card);
        }

        return services;
    }

    public static IServiceCollection AddFeatureSwitches(this IServiceCollection services, params FeatureSwitch[] features)
    {
        foreach (var feature in features)
        {
            services.AddSingleton(feature);
        }

        return services;
    }

    /// <summary>The routable pages of <paramref name="assembly"/>, served by the host's router.</summary>
    public static IServiceCollection AddPages(this IServiceCollection services, Assembly assembly) =>
        services.AddSingleton(new ModulePages(assembly));
}
