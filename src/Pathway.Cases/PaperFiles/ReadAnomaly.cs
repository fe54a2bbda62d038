namespace Pathway.Cases.PaperFiles;

/// <summary>Input that could not become a read, kept with its raw text so nothing a reader reported is lost.</summary>
public sealed class ReadAnomaly
{
    public const int MaxRawLength = 4000;
    public const int MaxDetailLength = 400;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public AnomalyKind Kind { get; init; }
    public ReadSource Source { get; init; }
    public string? Epc { get; init; }
    public string? ReaderId { get; init; }
    public DateTime? EventTime { get; init; }
    public string? EventId { get; init; }

    /// <summary>The CSV line number, when the input was a CSV file.</summary>
    public int? Line { get; init; }
    public string Detail { get; init; } = "";
    public string Raw { get; init; } = "";
    public DateTime RecordedAt { get; init; }
}

public enum AnomalyKind
{
    UnknownTag,
    UnknownReader,
    MalformedEpc,
    UnsupportedEventType,
    MalformedEvent,
    MalformedRow,
}
