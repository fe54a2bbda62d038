namespace Pathway.Platform.Audit;

/// <summary>
/// The outcome of walking the chain up to the entry that was newest when the walk began:
/// how many entries it covers, when the newest was written, and the first broken link if any.
/// </summary>
public sealed record AuditVerification(long Entries, DateTime? LastAt, AuditBreak? Break)
{
    public bool Intact => Break is null;
}
