namespace Pathway.Cases.PaperFiles;

/// <summary>
/// One read of a bound tag by a known reader, after duplicates collapsed. Machine data keyed by tenant,
/// not tenant-owned: a busy gate writes many rows and each would otherwise add an audit entry.
/// </summary>
public sealed class TagRead
{
    public const int MaxVocabularyLength = 200;
    public const int MaxEventIdLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid PaperFileId { get; init; }
    public string Epc { get; init; } = "";
    public string ReaderId { get; init; } = "";

    /// <summary>When the reader saw the tag, in UTC.</summary>
    public DateTime EventTime { get; init; }

    /// <summary>The offset the reader reported with the time (e.g. +02:00), kept so the time can be shown as it was read.</summary>
    public string EventTimeZoneOffset { get; init; } = "+00:00";

    /// <summary>The CBV business step as its bare word (storing), or the URI given when it is not a CBV word.</summary>
    public string? BizStep { get; init; }
    public string? Disposition { get; init; }
    public string Action { get; init; } = "OBSERVE";
    public ReadSource Source { get; init; }
    public string? EventId { get; init; }
    public DateTime RecordedAt { get; init; }
}

public enum ReadSource
{
    Epcis,
    Csv,
}
