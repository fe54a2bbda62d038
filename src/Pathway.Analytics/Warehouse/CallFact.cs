namespace Pathway.Analytics.Warehouse;

/// <summary>
/// One helpline call as the warehouse counts it: imported from the telephony (all the rows of one call and its
/// queue events) or logged by an operator. No caller number, caller id or operator. The snapshot with the
/// highest <see cref="Version"/> wins; a removed call stays as a row marked <see cref="Removed"/>.
/// </summary>
public sealed class CallFact
{
    public Guid CallId { get; init; }
    public Guid TenantId { get; init; }
    public int Version { get; set; }
    public bool Removed { get; set; }
    /// <summary>telephony or logged.</summary>
    public string Source { get; set; } = "";
    /// <summary>The office's day the call began.</summary>
    public DateOnly On { get; set; }
    /// <summary>The office's hour it began, 0 to 23.</summary>
    public int Hour { get; set; }
    /// <summary>Incoming, OutgoingByOperator, AutomatedHelpline, Redirected or Ignored, by the office's call rules.</summary>
    public string Category { get; set; } = "";
    public string? Queue { get; set; }
    public bool Answered { get; set; }
    public bool Abandoned { get; set; }
    public int? WaitSeconds { get; set; }
    public int? TalkSeconds { get; set; }
    public string? Topic { get; set; }
    public string? Language { get; set; }
}
