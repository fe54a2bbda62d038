namespace Pathway.Analytics.Warehouse;

/// <summary>
/// One use of the portal the portal records anyway, without who made it: a page's feedback, a service's
/// rating, a survey's response or a question to the assistant. No comment, answer, question or account:
/// the kind, the content item, the language and the tenant's day and hour. A record never changes, so
/// the first snapshot of it is kept.
/// </summary>
public sealed class PortalUseFact
{
    public Guid UseId { get; init; }
    public Guid TenantId { get; init; }
    /// <summary>page-feedback, service-rating, survey-response or assistant-question.</summary>
    public string Kind { get; set; } = "";
    /// <summary>The portal's content item (page, service, survey); null for a question to the assistant.</summary>
    public Guid? ItemId { get; set; }
    /// <summary>The reader's language, a culture code.</summary>
    public string Language { get; set; } = "";
    /// <summary>The tenant's day it was recorded.</summary>
    public DateOnly On { get; set; }
    /// <summary>The tenant's hour it was recorded, 0 to 23.</summary>
    public int Hour { get; set; }
    /// <summary>Page feedback: the reader found the page helpful.</summary>
    public bool? Helpful { get; set; }
    /// <summary>A service's rating: one to five stars.</summary>
    public int? Stars { get; set; }
    /// <summary>A question: the assistant answered it.</summary>
    public bool? Answered { get; set; }
}
