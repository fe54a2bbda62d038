using System.Text.Json.Serialization;

namespace Pathway.Portal.Wallet;

/// <summary>
/// A document a migrant keeps in their account: a scan or photo of a passport, a residence card, a
/// work contract. Personal data of its owner alone: only they read it, and an organisation they ask
/// to confirm it (<see cref="WalletConfirmation"/>) reads that one document, each reading audited.
/// </summary>
public sealed class WalletDocument
{
    public const int MaxTitleLength = 120;
    public const int MaxFileNameLength = 200;
    public const int MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>How long before it ends a document is said to expire soon (and its owner reminded).</summary>
    public const int ExpiresSoonDays = 30;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid OwnerId { get; init; }

    /// <summary>How the owner is named to an organisation they ask to confirm the document.</summary>
    public string OwnerName { get; init; } = "";

    public string Title { get; set; } = "";

    /// <summary>The portal's document it is (the address of an item of kind Document, e.g. passport); null for any other.</summary>
    public string? DocumentSlug { get; set; }

    public DateOnly? ExpiresOn { get; set; }
    public string FileName { get; init; } = "";
    public string ContentType { get; init; } = "";
    public byte[] Content { get; init; } = [];

    /// <summary>SHA-256 of the file, hex: a confirmation is of these bytes.</summary>
    public string Sha256 { get; init; } = "";

    public long Size { get; init; }
    public DateTime UploadedAt { get; init; }

    /// <summary>The last reminder sent of its end: 30 (a month before), 7 (a week before) or 0 (on the day); null before any.</summary>
    public int? RemindedAtDays { get; set; }

    public List<WalletConfirmation> Confirmations { get; init; } = [];
}

[JsonConverter(typeof(JsonStringEnumConverter<ConfirmationStatus>))]
public enum ConfirmationStatus
{
    Requested,
    Confirmed,
    Declined,
}

/// <summary>A migrant's request that an organisation (an office unit or partner NGO) confirm one of their documents, and its answer.</summary>
public sealed class WalletConfirmation
{
    public const int MaxNoteLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid DocumentId { get; init; }
    public Guid TenantId { get; init; }
    public Guid OrganisationId { get; init; }
    public string OrganisationName { get; init; } = "";
    public ConfirmationStatus Status { get; set; }
    public DateTime RequestedAt { get; init; }
    public DateTime? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }

    /// <summary>What the organisation says with its answer (why it declined, what it checked).</summary>
    public string? Note { get; set; }
}
