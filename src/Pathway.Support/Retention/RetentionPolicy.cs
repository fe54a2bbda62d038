using Pathway.Platform.Tenancy;

namespace Pathway.Support.Retention;

/// <summary>
/// How long an organisation keeps one kind of record, where it chose otherwise than the default
/// (<see cref="RetentionRules.Defaults"/>). One row per kind per organisation; every change is audited.
/// </summary>
public sealed class RetentionPolicy : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid OrganisationId { get; init; }
    public RetentionRecordType RecordType { get; init; }
    public int Amount { get; private set; }
    public RetentionUnit Unit { get; private set; }
    public DateTime ChangedAt { get; private set; }
    public required string ChangedBy { get; set; }

    public RetentionPeriod Period => new(Amount, Unit);

    internal void Set(RetentionPeriod period, DateTime at, string by)
    {
        (Amount, Unit, ChangedAt, ChangedBy) = (period.Amount, period.Unit, at, by);
    }
}
