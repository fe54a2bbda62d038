namespace Pathway.Platform.Audit;

/// <summary>
/// Which entries of one office's audit trail to read, newest first. Times are UTC instants
/// (<paramref name="Until"/> excluded); <paramref name="Before"/> is the keyset cursor: only entries
/// older than that sequence number.
/// </summary>
public sealed record AuditQuery(
    Guid TenantId,
    Guid? PersonId = null,
    Guid? ActorId = null,
    string? Action = null,
    DateTime? Since = null,
    DateTime? Until = null,
    long? Before = null,
    int Limit = AuditQuery.DefaultLimit)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    /// <summary>The filters in words for the audit entry that records this reading (no cursor: it says what was asked, not how far).</summary>
    public string Describe() => string.Join("; ", new[]
    {
        PersonId is { } person ? $"person={person}" : null,
        ActorId is { } actor ? $"user={actor}" : null,
        Action is { Length: > 0 } action ? $"action={action}" : null,
        Since is { } since ? $"since={since:O}" : null,
        Until is { } until ? $"until={until:O}" : null,
    }.OfType<string>());
}
