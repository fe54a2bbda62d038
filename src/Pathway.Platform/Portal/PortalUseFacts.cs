using Pathway.Platform.Outbox;

namespace Pathway.Platform.Portal;

/// <summary>
/// One use of the portal that the portal keeps anyway, without who made it, as statistics see it: a
/// reader's answer to "Was this page helpful?", a service's rating, a survey's response, a question put
/// to the assistant. Raised by the portal module when it records one, read by the analytics warehouse
/// from the outbox. No account, address, comment, question or answer's words: the kind, the content item,
/// the language and the tenant's day and hour. A record is told once and never changes, so a reader keeps
/// the first snapshot of a <see cref="UseId"/> and a replay or a late delivery changes nothing.
/// </summary>
/// <param name="UseId">The portal's record: the feedback's, rating's, response's or assistant turn's id.</param>
/// <param name="Kind">One of <see cref="PageFeedback"/>, <see cref="ServiceRating"/>, <see cref="SurveyResponse"/>, <see cref="AssistantQuestion"/>.</param>
/// <param name="ItemId">The content item (page, service, survey) it is about; null for a question to the assistant.</param>
/// <param name="Language">The language the reader read or asked in (a culture code such as uk or fa-AF).</param>
/// <param name="On">The tenant's day it was recorded (its time zone).</param>
/// <param name="Hour">The tenant's hour it was recorded, 0 to 23.</param>
/// <param name="Helpful">The reader found the page helpful; for page feedback only.</param>
/// <param name="Stars">One to five; for a service's rating only.</param>
/// <param name="Answered">The assistant gave an answer (else it offered a person to ask); for a question only.</param>
/// <remarks>New parameters go at the end, with a default: the outbox keeps payloads written before them.</remarks>
public sealed record PortalUseFacts(
    Guid UseId, Guid TenantId, string Kind, Guid? ItemId, string Language, DateOnly On, int Hour,
    bool? Helpful = null, int? Stars = null, bool? Answered = null) : ITenantEvent
{
    public const string PageFeedback = "page-feedback";
    public const string ServiceRating = "service-rating";
    public const string SurveyResponse = "survey-response";
    public const string AssistantQuestion = "assistant-question";

    /// <summary>A moment in UTC as the tenant's day and hour.</summary>
    public static (DateOnly On, int Hour) Local(DateTime utc, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        return (DateOnly.FromDateTime(local), local.Hour);
    }
}
