using System.Text.Json.Serialization;
using Pathway.Platform.Outbox;
using Pathway.Platform.Portal;

namespace Pathway.Portal.Assistant;

/// <summary>
/// One question put to the assistant and what it answered, kept for the editors to see what readers
/// ask and the portal does not answer. Kept without personal data: no account, no address, and the
/// question as <see cref="QuestionScrubber"/> left it (numbers, e-mail addresses and words that may
/// be names taken out). A conversation is its turns sharing a random <see cref="ConversationId"/>.
/// Statistics read it as <see cref="PortalUseFacts"/>: asked, in which language, answered or not.
/// </summary>
public sealed class AssistantTurn : IHasDomainEvents
{
    private readonly List<IDomainEvent> domainEvents = [];

    public const int MaxAnswerLength = 4000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }

    /// <summary>Random (version 4), not ordered by time: its address is the conversation's only key.</summary>
    public Guid ConversationId { get; init; }

    /// <summary>1 for the conversation's first question, then 2, 3…</summary>
    public int Position { get; init; }

    /// <summary>The language the reader asked in.</summary>
    public string Language { get; init; } = "";

    /// <summary>The question as kept: scrubbed of what may identify the person.</summary>
    public string Question { get; init; } = "";

    /// <summary>Whether an answer was given; when not, the reader was offered a person to ask.</summary>
    public bool Answered { get; init; }

    /// <summary>How much of the question's weighed words the answer's passage holds, 0 to 1 (<see cref="AnswerRetrieval"/>).</summary>
    public double Confidence { get; init; }

    /// <summary>The answer as plain text, in <see cref="AnswerLanguage"/>; null when none was given.</summary>
    public string? Answer { get; init; }

    public string? AnswerLanguage { get; init; }

    /// <summary>Whether the language model put the answer into its own words (the sources are the same).</summary>
    public bool Rephrased { get; init; }

    /// <summary>The slugs of the items the answer comes from, the first the answer's own, space-separated with a space at either end.</summary>
    public string Sources { get; init; } = " ";

    public DateTime AskedAt { get; init; }

    /// <summary>The reader's word on the answer, when they gave one.</summary>
    public bool? Helpful { get; set; }

    public IReadOnlyList<string> SourceSlugs => Content.SpacedList.Codes(Sources);

    [JsonIgnore]
    public IReadOnlyList<IDomainEvent> DomainEvents => domainEvents;

    public void ClearDomainEvents() => domainEvents.Clear();

    /// <summary>Tells statistics of it once, when it is recorded, on the tenant's clock.</summary>
    internal void Told(TimeZoneInfo zone) => domainEvents.Add(Facts(zone));

    /// <summary>
    /// The question as statistics see it: no words of the question or the answer, and no conversation
    /// (which would link a reader's questions); the reader's later word on the answer is not told.
    /// </summary>
    public PortalUseFacts Facts(TimeZoneInfo zone)
    {
        var (on, hour) = PortalUseFacts.Local(AskedAt, zone);
        return new PortalUseFacts(Id, TenantId, PortalUseFacts.AssistantQuestion, ItemId: null, Language, on, hour, Answered: Answered);
    }
}
