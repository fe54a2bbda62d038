using Microsoft.EntityFrameworkCore;
using Pathway.People.LostStolen;
using Pathway.Platform.Persistence;

namespace Pathway.People.Duplicates;

internal static class KnownSuspicions
{
    /// <summary>
    /// Whether the queue already holds this suspicion (a pair and kind; for a listed document, also
    /// which document), so that scans and repeated registrations do not queue it twice.
    /// </summary>
    public static Task<bool> ContainsAsync(PathwayDbContext db, DuplicateSuspicion suspicion, CancellationToken cancellationToken)
    {
        // A listed document is the same entry whichever list (source) named it.
        var document = suspicion.Kind == SuspicionKind.LostOrStolenDocument ? ListedExplanation.DocumentPrefix(suspicion.Explanation) : "";
        return db.Set<DuplicateSuspicion>().IgnoreQueryFilters().AnyAsync(s =>
            s.TenantId == suspicion.TenantId && s.PersonId == suspicion.PersonId && s.OtherPersonId == suspicion.OtherPersonId
            && s.Kind == suspicion.Kind && (s.Kind != SuspicionKind.LostOrStolenDocument || s.Explanation.StartsWith(document)), cancellationToken);
    }
}
