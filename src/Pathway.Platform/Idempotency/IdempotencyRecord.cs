namespace Pathway.Platform.Idempotency;

/// <summary>
/// The first request a caller sent under one key (an <c>Idempotency-Key</c> header or a form's
/// one-time token) and, once it finished, its response, so a repeat gets that response again
/// instead of creating a second record. The unique index on (caller, key) picks one winner among
/// concurrent repeats, on either database.
/// </summary>
public sealed class IdempotencyRecord
{
    public Guid Id { get; set; }
    public Guid? TenantId { get; set; }
    /// <summary>The user or API key that sent the request: keys are private to their caller.</summary>
    public Guid CallerId { get; set; }
    public required string Key { get; set; }
    /// <summary>SHA-256 (hex) of method, path and body: the same key with another request is refused.</summary>
    public required string Fingerprint { get; set; }
    /// <summary>Null while the first request is still running.</summary>
    public int? StatusCode { get; set; }
    public string? ContentType { get; set; }
    public string? Location { get; set; }
    public byte[]? Body { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? CompletedAt { get; set; }

    public bool IsCompleted => CompletedAt is not null;
}
