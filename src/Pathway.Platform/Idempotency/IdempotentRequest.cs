using Microsoft.AspNetCore.Builder;

namespace Pathway.Platform.Idempotency;

/// <summary>Endpoint metadata: this endpoint creates something and honours an <c>Idempotency-Key</c>.</summary>
public sealed class IdempotentRequest
{
    public static readonly IdempotentRequest Instance = new();

    private IdempotentRequest()
    {
    }
}

public static class IdempotentRequestExtensions
{
    /// <summary>A repeat of a request under the same <c>Idempotency-Key</c> gets the first response instead of a second record.</summary>
    public static TBuilder WithIdempotency<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(IdempotentRequest.Instance);
}
