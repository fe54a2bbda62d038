using System.Text.Json.Serialization;
using Pathway.Platform.Outbox;
using Pathway.Platform.Portal;

namespace Pathway.Portal.Services;

/// <summary>
/// A reader's rating of a service, one to five stars, kept without who gave it: which services a
/// person uses (a shelter, a counsellor for survivors of violence) is theirs alone, so a rating has
/// no account and no address, only the language it was given in and when. Statistics read it as
/// <see cref="PortalUseFacts"/>.
/// </summary>
public sealed class ServiceRating : IHasDomainEvents
{
    private readonly List<IDomainEvent> domainEvents = [];

    public const int MaxStars = 5;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid ItemId { get; init; }
    public int Stars { get; init; }
    public string Language { get; init; } = "";
    public DateTime At { get; init; }

    [JsonIgnore]
    public IReadOnlyList<IDomainEvent> DomainEvents => domainEvents;

    public void ClearDomainEvents() => domainEvents.Clear();

    /// <summary>Tells statistics of it once, when it is recorded, on the tenant's clock.</summary>
    internal void Told(TimeZoneInfo zone) => domainEvents.Add(Facts(zone));

    public PortalUseFacts Facts(TimeZoneInfo zone)
    {
        var (on, hour) = PortalUseFacts.Local(At, zone);
        return new PortalUseFacts(Id, TenantId, PortalUseFacts.ServiceRating, ItemId, Language, on, hour, Stars: Stars);
    }
}

/// <summary>What readers said of a service: how many rated it, the mean, and how many gave each number of stars (index 0 is one star).</summary>
public sealed record RatingSummary(int Count, double? Average, IReadOnlyList<int> ByStars)
{
    public static RatingSummary None { get; } = new(0, null, new int[ServiceRating.MaxStars]);

    public static RatingSummary Of(IEnumerable<int> stars)
    {
        var counts = new int[ServiceRating.MaxStars];
        foreach (var s in stars)
        {
            counts[s - 1]++;
        }

        var count = counts.Sum();
        return count == 0 ? None : new RatingSummary(count, Math.Round(counts.Select((c, i) => c * (i + 1.0)).Sum() / count, 1), counts);
    }
}
