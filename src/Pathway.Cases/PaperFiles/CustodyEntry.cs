using Pathway.Platform.Tenancy;

namespace Pathway.Cases.PaperFiles;

/// <summary>A hand-over of a paper file: out to an officer, or back in to an archive shelf. The latest entry is who has the file.</summary>
public sealed class CustodyEntry : ITenantOwned
{
    public const int MaxByNameLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid OrganisationId { get; init; }
    public Guid PaperFileId { get; init; }
    public CustodyKind Kind { get; init; }
    public Guid? OfficerId { get; init; }

    /// <summary>The shelf's reader id, when checked in.</summary>
    public string? ShelfReaderId { get; init; }
    public DateTime At { get; init; }

    /// <summary>Who recorded it: a user, or no one when a shelf reader saw the file stored.</summary>
    public Guid? ById { get; init; }
    public string ByName { get; init; } = "";
}

public enum CustodyKind
{
    CheckedOut,
    CheckedIn,
}
