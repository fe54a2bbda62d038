using Microsoft.AspNetCore.Builder;

namespace Pathway.Platform.Modules;

/// <summary>
/// A feature an office may switch off without redeploying (the portal's events, its assistant): its
/// pages and endpoints answer 404 and the links to them are not shown. Modules name theirs with
/// <see cref="ModuleServices.AddFeatureSwitches"/>.
/// </summary>
/// <param name="Name">The stored name (<c>portal.events</c>); never renamed, for tenants keep it.</param>
/// <param name="Label">The English label; the key of its translation in <paramref name="Strings"/>.</param>
/// <param name="Description">What switching it off takes away, in English; a key of <paramref name="Strings"/> too.</param>
/// <param name="Strings">The anchor type of the module's resources.</param>
/// <param name="Order">Position on the settings page.</param>
public sealed record FeatureSwitch(string Name, string Label, string Description, Type Strings, int Order);

/// <summary>
/// Marks a page or an endpoint as part of a feature: where the office switched it off, the request
/// gets 404, as though it did not exist (see <c>FeatureGateMiddleware</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequiresFeatureAttribute(string feature) : Attribute
{
    public string Feature { get; } = feature;
}

/// <summary>Marks endpoints as part of a feature (see <see cref="RequiresFeatureAttribute"/>).</summary>
public static class FeatureEndpoints
{
    public static TBuilder RequireFeature<TBuilder>(this TBuilder builder, string feature)
        where TBuilder : Microsoft.AspNetCore.Builder.IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiresFeatureAttribute(feature));
}
