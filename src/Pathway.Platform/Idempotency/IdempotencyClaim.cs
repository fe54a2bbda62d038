namespace Pathway.Platform.Idempotency;

/// <summary>What came of asking to be the first request under a key.</summary>
public abstract record IdempotencyClaim
{
    private IdempotencyClaim()
    {
    }

    /// <summary>This request is the first: run it, then complete or release the record.</summary>
    public sealed record Won(Guid RecordId) : IdempotencyClaim;

    /// <summary>Another request came first; here is its record as it stands now.</summary>
    public sealed record Taken(IdempotencyRecord Record) : IdempotencyClaim;
}
