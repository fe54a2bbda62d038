using Microsoft.EntityFrameworkCore;
using Pathway.Matching;
using Pathway.People.LostStolen;
using Pathway.People.Registry;
using Pathway.Platform.Audit;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.People.Duplicates;

/// <summary>
/// Finds likely duplicates of one person among up to millions: a few index lookups gather
/// candidates (same or swapped birth date; same name skeleton, also with names swapped, born
/// within two years; same document number), then the linkage model scores each candidate.
/// </summary>
internal sealed class RegistryCheck(PathwayDbContext db, ITenantScopeAccessor scope, TimeProvider clock) : IRegistryCheck
{
    public const double ReportFrom = 0.5;
    private const int MaxCandidates = 3_000;
    private const int MaxShown = 10;
    private static readonly LinkageModel Model = LinkageModel.Default;

    public async Task<RegistryCheckResult> CheckAsync(PersonDetails details, IReadOnlyList<DocumentDetails> documents, CancellationToken cancellationToken = default)
    {
        var probe = Person.Register(details, scope.Current.TenantId, Guid.Empty, DateTime.UtcNow);
        var numbers = documents.Select(d => IdentityDocument.NormaliseNumber(d.Number)).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var ids = await CandidateIdsAsync(probe, numbers, cancellationToken);
        var candidates = await ScoreAsync(probe, numbers, ids, cancellationToken);
        var signals = await DocumentSignalsAsync(numbers, documents, cancellationToken);
        if (candidates.Count > 0)
        {
            // Showing candidates discloses them, as a search does.
            await db.AuditNowAsync(new AuditRecord(AuditAction.Search, nameof(Person), "", Reason: "duplicate check",
                Details: $"results={string.Join(',', candidates.Select(c => c.Person.Id))}"), cancellationToken);
        }

        return new RegistryCheckResult(candidates, signals, ids.Count, Expired(documents));
    }

    private List<ExpiredDocument> Expired(IReadOnlyList<DocumentDetails> documents)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return [.. documents.Where(d => d.ExpiresOn < today).Select(d => new ExpiredDocument(IdentityDocument.NormaliseNumber(d.Number), d.ExpiresOn!.Value))];
    }

    public async Task<IReadOnlyList<DocumentSignal>> CheckDocumentsAsync(IReadOnlyList<DocumentDetails> documents, CancellationToken cancellationToken = default) =>
        await DocumentSignalsAsync(documents.Select(d => IdentityDocument.NormaliseNumber(d.Number)).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList(), documents, cancellationToken);

    private async Task<List<Guid>> CandidateIdsAsync(Person probe, List<string> numbers, CancellationToken cancellationToken)
    {
        var persons = db.Set<Person>().AsNoTracking().Where(p => p.MergedIntoId == null);
        var born = probe.BirthDate;
        var swapped = born.Day <= 12 ? new DateOnly(born.Year, born.Day, born.Month) : born;
        var yearOnly = new DateOnly(born.Year, 1, 1);
        var from = new DateOnly(born.Year - 2, 1, 1);
        var to = new DateOnly(born.Year + 2, 12, 31);
        var surname = probe.SurnameSkeleton;
        var given = probe.GivenNamesSkeleton;

        var ids = new HashSet<Guid>();
        ids.UnionWith(await persons.Where(p => p.BirthDate == born || p.BirthDate == swapped || p.BirthDate == yearOnly)
            .Select(p => p.Id).Take(MaxCandidates).ToListAsync(cancellationToken));
        if (surname.Length > 0)
        {
            string[] skeletons = given.Length > 0 ? [surname, given] : [surname];
            ids.UnionWith(await persons.Where(p => skeletons.Contains(p.SurnameSkeleton) && p.BirthDate >= from && p.BirthDate <= to)
                .Select(p => p.Id).Take(MaxCandidates).ToListAsync(cancellationToken));
        }

        if (numbers.Count > 0)
        {
            ids.UnionWith(await db.Set<IdentityDocument>().AsNoTracking().Where(d => numbers.Contains(d.Number))
                .Select(d => d.PersonId).Take(MaxCandidates).ToListAsync(cancellationToken));
        }

        return [.. ids.Take(MaxCandidates)];
    }

    private async Task<List<DuplicateCandidate>> ScoreAsync(Person probe, List<string> numbers, List<Guid> ids, CancellationToken cancellationToken)
    {
        var probeRecord = RegistryRecords.From("new", probe.Surname, probe.GivenNames, probe.BirthDate, probe.Sex, probe.BirthPlace, numbers.FirstOrDefault(), probe.Citizenship);
        var persons = new List<Person>();
        foreach (var chunk in ids.Chunk(500))
        {
            persons.AddRange(await db.Set<Person>().AsNoTracking().Include(p => p.Documents).Where(p => chunk.Contains(p.Id)).ToListAsync(cancellationToken));
        }

        // Compare the document the two have in common when there is one, else their passports.
        var records = new List<Record> { probeRecord };
        records.AddRange(persons.Select(person => RegistryRecords.From(person.Id.ToString(), person.Surname, person.GivenNames, person.BirthDate, person.Sex, person.BirthPlace,
            person.Documents.Select(d => d.Number).FirstOrDefault(numbers.Contains) ?? person.Documents.FirstOrDefault()?.Number, person.Citizenship)));
        var results = Model.ScorePairs(records, [.. Enumerable.Range(1, persons.Count).Select(i => (0, i))]);
        var scored = new List<DuplicateCandidate>();
        for (var i = 0; i < persons.Count; i++)
        {
            var (person, pair) = (persons[i], results[i]);
            if (pair.MatchProbability >= ReportFrom)
            {
                scored.Add(new DuplicateCandidate(PersonSummary.Of(person), pair.MatchProbability, pair.Fields));
            }
        }

        return [.. scored.OrderByDescending(c => c.Probability).Take(MaxShown)];
    }

    private async Task<List<DocumentSignal>> DocumentSignalsAsync(List<string> numbers, IReadOnlyList<DocumentDetails> documents, CancellationToken cancellationToken)
    {
        var signals = new List<DocumentSignal>();
        if (numbers.Count == 0)
        {
            return signals;
        }

        var tenant = scope.Current.TenantId;
        // Across the whole tenant: a passport held by someone in another unit is still a signal,
        // though the caller learns only that it exists, not who holds it.
        var holders = await db.Set<IdentityDocument>().IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.TenantId == tenant && numbers.Contains(d.Number))
            .Select(d => new { d.Number, d.Kind, d.IssuingState, d.PersonId, d.OrganisationId }).ToListAsync(cancellationToken);
        var visibleIds = holders.Where(h => scope.Current.CanSee(new Visible(tenant, h.OrganisationId))).Select(h => h.PersonId).Distinct().ToList();
        var names = await db.Set<Person>().AsNoTracking().Where(p => visibleIds.Contains(p.Id))
            .Select(p => new { p.Id, Name = p.Surname + " " + p.GivenNames }).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        foreach (var holder in holders.GroupBy(h => (h.Number, h.PersonId)))
        {
            var first = holder.First();
            var visible = names.TryGetValue(first.PersonId, out var name);
            var same = holder.Any(h => documents.Any(d => IdentityDocument.NormaliseNumber(d.Number) == h.Number && d.Kind == h.Kind
                && d.IssuingState.Equals(h.IssuingState, StringComparison.OrdinalIgnoreCase)));
            signals.Add(new DocumentSignal(SuspicionKind.SharedDocumentNumber, first.Number, first.PersonId, visible, null, name, same));
        }

        var listed = await db.Set<LostStolenDocument>().AsNoTracking().Where(l => l.TenantId == tenant && numbers.Contains(l.Number)).ToListAsync(cancellationToken);
        foreach (var entry in listed.Where(l => documents.Any(d => IdentityDocument.NormaliseNumber(d.Number) == l.Number && d.IssuingState.Equals(l.IssuingState, StringComparison.OrdinalIgnoreCase))))
        {
            signals.Add(new DocumentSignal(SuspicionKind.LostOrStolenDocument, entry.Number, null, false, entry.Source));
        }

        return signals;
    }

    private sealed record Visible(Guid TenantId, Guid OrganisationId) : ITenantOwned;
}
