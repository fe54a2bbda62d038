namespace Pathway.Analytics.Warehouse;

/// <summary>A full rebuild of a tenant's warehouse: when it ran, who asked, how many facts it wrote.</summary>
public sealed class WarehouseLoad
{
    public const int MaxByLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public DateTime StartedAt { get; init; }
    public DateTime? FinishedAt { get; set; }
    public long Facts { get; set; }
    /// <summary>Who started it: a user's e-mail, "start" for the rebuild at a node's start, "cli" for the command.</summary>
    public string By { get; init; } = "";
}
