using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Portal;

/// <summary>
/// A file sent with a message: a reply to a request for evidence is mostly documents, and the office
/// sends scans back.
/// Checked by content like an application's files (PDF, JPEG, PNG, whole, within the size limit),
/// kept in the file store under the case, read by staff with an audit record.
/// </summary>
public sealed class MessageAttachment : ITenantOwned
{
    /// <summary>The most files one message carries.</summary>
    public const int MaxPerMessage = 5;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid OrganisationId { get; init; }
    public Guid MessageId { get; init; }
    public Guid CaseId { get; init; }
    public string FileName { get; init; } = "";
    public string ContentType { get; init; } = "";
    public long Size { get; init; }
    public string Sha256 { get; init; } = "";
    public string StorageKey { get; init; } = "";
}
