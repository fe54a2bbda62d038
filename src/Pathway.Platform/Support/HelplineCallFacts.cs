using Pathway.Platform.Outbox;

namespace Pathway.Platform.Support;

/// <summary>
/// A helpline call as statistics see it: raised by the support module when telephony files are imported
/// (one call, however many rows Asterisk wrote for it, with its queue events) and when an operator logs a
/// call by hand; read by the analytics warehouse from the outbox. No caller number, caller id, operator or
/// note: the office's day and hour, the queue, whether it was answered or abandoned, how long the caller
/// waited and talked, and what it was about when an operator logged it. A reader keeps the snapshot with the
/// highest <see cref="Version"/>: a later import that brings more rows of the same call raises it again with
/// a higher one, so a replay or a late delivery changes nothing.
/// </summary>
/// <param name="CallId">Stable for the call: derived from the tenant and the call's linked id for imported calls, the logged call's id otherwise.</param>
/// <param name="Version">For an imported call the number of its rows and queue events known; 1 for a logged call.</param>
/// <param name="Removed">The call no longer exists: the reader keeps its id and version so an older snapshot does not bring it back.</param>
/// <param name="Source">"telephony" for a call imported from the CDR and queue log, "logged" for one an operator logged by hand.</param>
/// <param name="On">The office's day the call began (its time zone).</param>
/// <param name="Hour">The office's hour the call began, 0 to 23.</param>
/// <param name="Category">What the call was by the office's call rules (Incoming, OutgoingByOperator, AutomatedHelpline, Redirected, Ignored); for a logged call its direction, Incoming or OutgoingByOperator.</param>
/// <param name="Queue">The queue the caller waited in, from the queue log; null without one.</param>
/// <param name="Answered">The call reached a person (an answered row, or the queue connected it); a logged call always did.</param>
/// <param name="Abandoned">The caller left the queue before anyone answered (hung up or timed out).</param>
/// <param name="WaitSeconds">Seconds waited in the queue until answered or abandoned; null without a queue log.</param>
/// <param name="TalkSeconds">Seconds talked (the answered rows' billable seconds; a logged call's minutes); null when unknown.</param>
/// <param name="Topic">What the caller asked about, when an operator logged it (Residence, Work, Asylum, ...).</param>
/// <param name="Language">The language spoken (ISO 639-1), when an operator logged it.</param>
/// <remarks>New parameters go at the end, with a default: the outbox keeps payloads written before them.</remarks>
public sealed record HelplineCallFacts(
    Guid CallId, Guid TenantId, int Version, bool Removed, string Source, DateOnly On, int Hour, string Category, string? Queue,
    bool Answered, bool Abandoned, int? WaitSeconds, int? TalkSeconds, string? Topic, string? Language) : ITenantEvent
{
    public const string Telephony = "telephony";
    public const string Logged = "logged";
}
