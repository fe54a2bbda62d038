using System.Text.Json.Serialization;
using Pathway.Platform.Outbox;
using Pathway.Platform.Portal;

namespace Pathway.Portal.Surveys;

/// <summary>
/// One reader's answers to a survey, kept without who gave them: the language read in and the day.
/// Statistics read it as <see cref="PortalUseFacts"/>: that it was given, not what was answered.
/// </summary>
public sealed class SurveyResponse : IHasDomainEvents
{
    private readonly List<IDomainEvent> domainEvents = [];

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid ItemId { get; init; }
    public string Language { get; init; } = "";
    public DateTime At { get; init; }
    public List<SurveyAnswer> Answers { get; init; } = [];

    [JsonIgnore]
    public IReadOnlyList<IDomainEvent> DomainEvents => domainEvents;

    public void ClearDomainEvents() => domainEvents.Clear();

    /// <summary>Tells statistics of it once, when it is recorded, on the tenant's clock.</summary>
    internal void Told(TimeZoneInfo zone) => domainEvents.Add(Facts(zone));

    /// <summary>The response as statistics see it: no answer, since words may name someone.</summary>
    public PortalUseFacts Facts(TimeZoneInfo zone)
    {
        var (on, hour) = PortalUseFacts.Local(At, zone);
        return new PortalUseFacts(Id, TenantId, PortalUseFacts.SurveyResponse, ItemId, Language, on, hour);
    }
}

/// <summary>
/// One answer of a response: an option's number (one row per option ticked), a point of the scale,
/// or words, scrubbed of names and numbers before they are kept.
/// </summary>
public sealed class SurveyAnswer
{
    public const int MaxTextLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ResponseId { get; init; }
    public int Question { get; init; }
    public int? Choice { get; init; }
    public string? Text { get; init; }
}
