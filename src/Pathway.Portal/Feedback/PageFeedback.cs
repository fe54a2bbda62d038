using System.Text.Json.Serialization;
using Pathway.Platform.Outbox;
using Pathway.Platform.Portal;

namespace Pathway.Portal.Feedback;

/// <summary>
/// A reader's answer to "Was this page helpful?" on a content page, with an optional comment. Kept
/// without who gave it (no account, no address): it tells the editors which pages fail their
/// readers, in which language. Statistics read it as <see cref="PortalUseFacts"/>, without the comment.
/// </summary>
public sealed class PageFeedback : IHasDomainEvents
{
    private readonly List<IDomainEvent> domainEvents = [];

    public const int MaxCommentLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid ItemId { get; init; }

    /// <summary>The language the reader read the page in (their language, even when the page was shown in the fallback).</summary>
    public string Language { get; init; } = "";

    public bool Helpful { get; init; }
    public string? Comment { get; init; }
    public DateTime At { get; init; }

    [JsonIgnore]
    public IReadOnlyList<IDomainEvent> DomainEvents => domainEvents;

    public void ClearDomainEvents() => domainEvents.Clear();

    /// <summary>Tells statistics of it once, when it is recorded, on the tenant's clock.</summary>
    internal void Told(TimeZoneInfo zone) => domainEvents.Add(Facts(zone));

    /// <summary>The answer as statistics see it: the comment may name someone, so it is left out.</summary>
    public PortalUseFacts Facts(TimeZoneInfo zone)
    {
        var (on, hour) = PortalUseFacts.Local(At, zone);
        return new PortalUseFacts(Id, TenantId, PortalUseFacts.PageFeedback, ItemId, Language, on, hour, Helpful: Helpful);
    }
}

/// <summary>One language's answers to an item's question, for its editors.</summary>
public sealed record FeedbackCount(string Language, int Helpful, int NotHelpful);

/// <summary>A comment left with an answer.</summary>
public sealed record FeedbackComment(string Language, bool Helpful, string Comment, DateTime At);

/// <summary>What the readers said about an item: counts per language and the latest comments.</summary>
public sealed record FeedbackSummary(IReadOnlyList<FeedbackCount> Counts, IReadOnlyList<FeedbackComment> LatestComments)
{
    public const int CommentsShown = 20;
}
