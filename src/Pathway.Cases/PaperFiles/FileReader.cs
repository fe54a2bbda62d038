namespace Pathway.Cases.PaperFiles;

/// <summary>
/// An RFID reader and the place it stands for, under the id it reports as its EPCIS read point
/// (urn:epc:id:sgln:… or any URI). Reference data of the office, not personal data.
/// </summary>
public sealed class FileReader
{
    public const int MaxReaderIdLength = 200;
    public const int MaxNameLength = 120;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public string ReaderId { get; init; } = "";
    public ReaderKind Kind { get; init; }
    public string Name { get; init; } = "";
}

/// <summary>What a reader watches: where a file read there is.</summary>
public enum ReaderKind
{
    ArchiveShelf,
    OfficerRoom,
    Gate,
}
