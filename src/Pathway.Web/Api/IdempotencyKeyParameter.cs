using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Pathway.Platform.Idempotency;

namespace Pathway.Web.Api;

/// <summary>Shows the optional <c>Idempotency-Key</c> header on the operations that honour it, and what a repeat gets.</summary>
internal sealed class IdempotencyKeyParameter : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<IdempotentRequest>().Any())
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyMiddleware.HeaderName,
            In = ParameterLocation.Header,
            Required = false,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = IdempotencyStore.MaxKeyLength },
            Description = "A key of your choice (up to 255 characters, kept 24 hours): sending the same request again with it returns the first response "
                + "(marked Idempotent-Replayed: true) instead of creating twice. The same key with another body: 422; while the first still runs, after 20 s: 409.",
        });
        return Task.CompletedTask;
    }
}
