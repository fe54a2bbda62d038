namespace Pathway.Cases.Applications;

/// <summary>A file filed with an application for one required document; the bytes sit in <see cref="IApplicationFileStore"/>.</summary>
public sealed class ApplicationFile
{
    public const int MaxFileNameLength = 200;
    public const int MaxContentTypeLength = 40;
    public const int MaxStorageKeyLength = 200;
    public const int Sha256Length = 64;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; init; }

    /// <summary>The catalogue's code of the required document it answers, e.g. <c>passport</c>.</summary>
    public string DocumentCode { get; init; } = "";

    /// <summary>The name the file had on the migrant's computer, cleaned of any path.</summary>
    public string FileName { get; init; } = "";

    /// <summary>The type as its content shows it, not as its name claims.</summary>
    public string ContentType { get; init; } = "";
    public long Size { get; init; }

    /// <summary>Lower-case hex SHA-256 of the content, printed on the receipt.</summary>
    public string Sha256 { get; init; } = "";
    public string StorageKey { get; init; } = "";
    public DateTime UploadedAt { get; init; }
}
