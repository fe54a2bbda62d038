namespace Pathway.Platform.Audit;

/// <summary>The first link of the chain that does not hold. <see cref="Kind"/> lets a page say it in the reader's language.</summary>
public sealed record AuditBreak(long Sequence, AuditBreakKind Kind, string Problem);

public enum AuditBreakKind
{
    /// <summary>Entries are missing before this one.</summary>
    Missing,

    /// <summary>The entry's previous-hash does not match the entry before it.</summary>
    Unlinked,

    /// <summary>The entry's content does not match its hash.</summary>
    Altered,
}
