namespace Pathway.Analytics.DataExchange;

/// <summary>One of a partner's API keys: the platform's key (hashed secret, scopes, expiry, revocation), linked to the partner it was issued to.</summary>
public sealed class PartnerKey
{
    public Guid ApiKeyId { get; init; }
    public Guid PartnerId { get; init; }
}
