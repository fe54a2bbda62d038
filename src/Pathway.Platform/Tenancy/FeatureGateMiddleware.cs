using Microsoft.AspNetCore.Http;
using Pathway.Platform.Modules;

namespace Pathway.Platform.Tenancy;

/// <summary>
/// Answers 404 for a page or endpoint of a feature the office switched off, as though it did not
/// exist: a switched-off feature is not there to be found, by link or by address. Runs after routing
/// (the endpoint names its feature) and before the output cache (a cached page of the feature is not
/// served either).
/// </summary>
public sealed class FeatureGateMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, CurrentTenant tenant)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<RequiresFeatureAttribute>() is { } required && !tenant.IsOn(required.Feature))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
