using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Pathway.Platform.ApiKeys;

namespace Pathway.Web.Api;

/// <summary>
/// Tells the API explorer that machines sign in with the <c>X-Api-Key</c> header, and which
/// operations take it: every one that asks for a sign-in (a browser's cookie works there too).
/// </summary>
internal sealed class ApiKeySecurityScheme : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string Id = ApiKeyAuthenticationHandler.SchemeName;

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[Id] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthenticationHandler.HeaderName,
            Description = $"An API key made by an administrator at /admin/api-keys, sent in the {ApiKeyAuthenticationHandler.HeaderName} header. The key's scopes are the permissions it holds.",
        };

        foreach (var operation in document.Paths.Values.Where(p => p.Operations is not null).SelectMany(p => p.Operations!.Values).Where(o => o.Security is { Count: > 0 }))
        {
            // Operations were marked before the scheme existed in this document: point them at it.
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Id, document)] = [] }];
        }

        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Id)] = [] }];
        }

        return Task.CompletedTask;
    }
}
