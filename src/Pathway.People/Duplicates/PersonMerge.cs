using Pathway.Platform.Tenancy;

namespace Pathway.People.Duplicates;

/// <summary>
/// Two records found to be one person. Nothing is deleted: the merged record stays, marked as
/// merged into the survivor, so the merge can be undone and every original remains readable.
/// </summary>
public sealed class PersonMerge : ITenantOwned
{
    private PersonMerge() { }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public Guid SurvivorId { get; private set; }
    public Guid MergedId { get; private set; }
    public Guid? SuspicionId { get; private set; }
    public DateTime MergedAt { get; private set; }
    public Guid MergedBy { get; private set; }
    public DateTime? UndoneAt { get; private set; }
    public Guid? UndoneBy { get; private set; }

    public bool IsUndone => UndoneAt is not null;

    public static PersonMerge Record(Guid tenantId, Guid organisationId, Guid survivorId, Guid mergedId, Guid? suspicionId, Guid by, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        OrganisationId = organisationId,
        SurvivorId = survivorId,
        MergedId = mergedId,
        SuspicionId = suspicionId,
        MergedAt = now,
        MergedBy = by,
    };

    public bool Undo(Guid by, DateTime now)
    {
        if (IsUndone)
        {
            return false;
        }

        UndoneAt = now;
        UndoneBy = by;
        return true;
    }
}
