using System.Text.Json.Serialization;
using Pathway.Platform.Tenancy;
using Pathway.Support.Trainings;

namespace Pathway.Support.Knowledge;

/// <summary>What a document of the library is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DocumentKind>))]
public enum DocumentKind
{
    Manual,
    GoodPractice,
    Template,
    LegalText,
    Other,
}

/// <summary>
/// A manual, good-practice paper, template or legal text in the library, with its file. Owned by the
/// uploader's organisation, which alone edits or removes it; read across the office by the roles
/// chosen for it (<see cref="Roles"/>), each download audited.
/// </summary>
public sealed class LibraryDocument : ITenantOwned
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 1000;
    public const int MaxFileNameLength = 200;
    public const int MaxFileBytes = 10 * 1024 * 1024;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }

    /// <summary>The organisation of the person who uploaded it.</summary>
    public Guid OrganisationId { get; init; }

    public required string Title { get; set; }
    public DocumentKind Kind { get; set; }

    /// <summary>The area it is about, as trainings are counted.</summary>
    public TrainingArea Area { get; set; }

    /// <summary>The language it is written in: one of the portal's codes.</summary>
    public required string Language { get; set; }

    public string? Description { get; set; }

    /// <summary>The roles that may read it, their names separated by spaces.</summary>
    public required string Roles { get; set; }

    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public byte[] Content { get; init; } = [];

    /// <summary>SHA-256 of the file, hex: which bytes were read is known from the trail.</summary>
    public required string Sha256 { get; init; }

    public long Size { get; init; }
    public DateTime UploadedAt { get; init; }
    public required string UploadedBy { get; init; }

    public IReadOnlyList<string> RoleList => Roles.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
