using Microsoft.EntityFrameworkCore;
using Pathway.People.LostStolen;
using Pathway.People.Registry;
using Pathway.Platform.Audit;
using Pathway.Platform.Persistence;
using Pathway.Platform.Registry;
using Pathway.Platform.Tenancy;

namespace Pathway.People.Duplicates;

/// <summary>The registry's answer to "is anything wrong with this applicant's identity?", for residence cases.</summary>
internal sealed class RegistryIdentitySignals(PathwayDbContext db, ITenantScopeAccessor scope) : IIdentitySignals
{
    public async Task<IdentitySignal> ForApplicantAsync(Guid? personId, string? documentNumber, string? issuingState, CancellationToken cancellationToken = default)
    {
        var number = documentNumber?.Trim().ToUpperInvariant() is { Length: > 0 } n ? n : null;
        var state = issuingState?.Trim().ToUpperInvariant() is { Length: > 0 } s ? s : null;
        var persons = new HashSet<Guid>();
        if (personId is { } id)
        {
            persons.Add(id);
        }

        DateOnly? expires = null;
        if (number is not null)
        {
            var documents = await db.Set<IdentityDocument>().AsNoTracking()
                .Where(d => d.Number == number && (state == null || d.IssuingState == state))
                .Select(d => new { d.PersonId, d.ExpiresOn })
                .ToListAsync(cancellationToken);
            persons.UnionWith(documents.Select(d => d.PersonId));
            expires = documents.Max(d => d.ExpiresOn);
        }

        var byStatus = new Dictionary<SuspicionStatus, int>();
        if (persons.Count > 0)
        {
            byStatus = await db.Set<DuplicateSuspicion>().AsNoTracking()
                .Where(x => persons.Contains(x.PersonId) || (x.OtherPersonId != null && persons.Contains(x.OtherPersonId.Value)))
                .GroupBy(x => x.Status)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            // The registry's records of a person were looked at on a case's behalf: the trail says whose.
            await db.AuditNowAsync(new AuditRecord(AuditAction.Read, "IdentitySignals", string.Join(",", persons.Order())), cancellationToken);
        }

        var tenant = scope.Current.TenantId;
        var listed = number is not null && await db.Set<LostStolenDocument>().AsNoTracking()
            .AnyAsync(l => l.TenantId == tenant && l.Number == number && (state == null || l.IssuingState == state), cancellationToken);
        return new IdentitySignal(
            persons.Count > 0, byStatus.GetValueOrDefault(SuspicionStatus.Open), byStatus.GetValueOrDefault(SuspicionStatus.Confirmed), listed, expires);
    }
}
