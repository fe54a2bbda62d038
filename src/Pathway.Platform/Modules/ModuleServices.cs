using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Pathway.Platform.Modules;

/// <summary>What a module contributes to the host from its <c>Add…()</c>: nothing of it is listed in the host.</summary>
public static class ModuleServices
{
    public static IServiceCollection AddPermissions(this IServiceCollection services, IEnumerable<PermissionGrant> grants) => services.AddEach(grants);

    public static IServiceCollection AddNavigation(this IServiceCollection services, params NavigationEntry[] entries) => services.AddEach(entries);

    public static IServiceCollection AddAccountCards(this IServiceCollection services, params AccountCard[] cards) => services.AddEach(cards);

    public static IServiceCollection AddPublicLinks(this IServiceCollection services, params PublicLink[] links) => services.AddEach(links);

    public static IServiceCollection AddWorkspaceCards(this IServiceCollection services, params WorkspaceCard[] cards) => services.AddEach(cards);

    public static IServiceCollection AddFeatureSwitches(this IServiceCollection services, params FeatureSwitch[] features) => services.AddEach(features);

    /// <summary>The routable pages of <paramref name="assembly"/>, served by the host's router.</summary>
    public static IServiceCollection AddPages(this IServiceCollection services, Assembly assembly) =>
        services.AddSingleton(new ModulePages(assembly));

    // Each contribution is a singleton of its own: the host asks for them all (IEnumerable<T>).
    private static IServiceCollection AddEach<T>(this IServiceCollection services, IEnumerable<T> items)
        where T : class
    {
        foreach (var item in items)
        {
            services.AddSingleton(item);
        }

        return services;
    }
}
