using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pathway.People.LostStolen;
using Pathway.People.Registry;
using Pathway.Platform.Audit;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.People.Duplicates;

internal sealed class DuplicateReview(PathwayDbContext db, ITenantScopeAccessor scope, IAuditActorAccessor actor, TimeProvider clock) : IDuplicateReview
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private Guid Actor => actor.Current.Id ?? Guid.Empty;

    public async Task<IReadOnlyList<SuspicionView>> ListAsync(SuspicionStatus status, int limit = 100, CancellationToken cancellationToken = default)
    {
        var suspicions = await db.Set<DuplicateSuspicion>().AsNoTracking()
            .Where(s => s.Status == status)
            .OrderByDescending(s => s.Probability).ThenBy(s => s.DetectedAt)
            .Take(Math.Clamp(limit, 1, 500))
            .ToListAsync(cancellationToken);
        return await ViewsAsync(suspicions, "review queue", cancellationToken);
    }

    public async Task<IReadOnlyList<SuspicionView>> ForPersonAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        var suspicions = await db.Set<DuplicateSuspicion>().AsNoTracking()
            .Where(s => s.PersonId == personId || s.OtherPersonId == personId)
            .OrderByDescending(s => s.DetectedAt)
            .ToListAsync(cancellationToken);
        return await ViewsAsync(suspicions, null, cancellationToken);
    }

    public async Task<ReviewOutcome> DecideAsync(Guid suspicionId, SuspicionStatus decision, string? note, CancellationToken cancellationToken = default)
    {
        if (decision is not (SuspicionStatus.Confirmed or SuspicionStatus.Rejected))
        {
            return ReviewOutcome.NotAllowed;
        }

        var suspicion = await db.Set<DuplicateSuspicion>().FirstOrDefaultAsync(s => s.Id == suspicionId, cancellationToken);
        if (suspicion is null)
        {
            return ReviewOutcome.NotFound;
        }

        var outcome = Outcome(suspicion.Decide(decision, Actor, note, Now));
        if (outcome == ReviewOutcome.Done)
        {
            db.Audit(new AuditRecord(AuditAction.Update, nameof(DuplicateSuspicion), suspicion.Id.ToString(), Reason: note, Details: $"decision={decision}"));
            await db.SaveChangesAsync(cancellationToken);
        }

        return outcome;
    }

    public async Task<ReviewOutcome> MergeAsync(Guid suspicionId, Guid survivorId, string? note, CancellationToken cancellationToken = default)
    {
        var suspicion = await db.Set<DuplicateSuspicion>().FirstOrDefaultAsync(s => s.Id == suspicionId, cancellationToken);
        if (suspicion is null)
        {
            return ReviewOutcome.NotFound;
        }

        if (suspicion.OtherPersonId is not { } otherId || (survivorId != suspicion.PersonId && survivorId != otherId))
        {
            return ReviewOutcome.NotAllowed;
        }

        var mergedId = survivorId == suspicion.PersonId ? otherId : suspicion.PersonId;
        var persons = await db.Set<Person>().Where(p => p.Id == survivorId || p.Id == mergedId).ToListAsync(cancellationToken);
        var survivor = persons.FirstOrDefault(p => p.Id == survivorId);
        var merged = persons.FirstOrDefault(p => p.Id == mergedId);
        if (survivor is null || merged is null)
        {
            return ReviewOutcome.NotFound;
        }

        if (survivor.MergedIntoId is not null || merged.MergedIntoId is not null)
        {
            return ReviewOutcome.NotAllowed;
        }

        var outcome = Outcome(suspicion.Decide(SuspicionStatus.Merged, Actor, note, Now));
        if (outcome != ReviewOutcome.Done)
        {
            return outcome;
        }

        merged.MergeInto(survivor.Id);
        var merge = PersonMerge.Record(suspicion.TenantId, survivor.OrganisationId, survivor.Id, merged.Id, suspicion.Id, Actor, Now);
        db.Add(merge);
        await SettleQueueAsync(suspicion, merge, cancellationToken);
        db.Audit(new AuditRecord("merge", nameof(Person), $"{survivor.Id},{merged.Id}", Reason: note, Details: $"suspicion={suspicion.Id}"));
        await db.SaveChangesAsync(cancellationToken);
        return ReviewOutcome.Done;
    }

    public async Task<ReviewOutcome> UndoMergeAsync(Guid mergeId, CancellationToken cancellationToken = default)
    {
        var merge = await db.Set<PersonMerge>().FirstOrDefaultAsync(m => m.Id == mergeId, cancellationToken);
        if (merge is null)
        {
            return ReviewOutcome.NotFound;
        }

        if (!merge.Undo(Actor, Now))
        {
            return ReviewOutcome.AlreadyDecided;
        }

        var merged = await db.Set<Person>().FirstOrDefaultAsync(p => p.Id == merge.MergedId, cancellationToken);
        merged?.Unmerge();
        if (merge.SuspicionId is { } suspicionId && await db.Set<DuplicateSuspicion>().FirstOrDefaultAsync(s => s.Id == suspicionId, cancellationToken) is { } suspicion)
        {
            suspicion.Reopen();
        }

        // What the merge settled comes back; what it moved onto the survivor names the merged record
        // again, unless someone decided it meanwhile (that decision stands, on the survivor).
        var touched = await db.Set<DuplicateSuspicion>().IgnoreQueryFilters().Where(s => s.TenantId == merge.TenantId && s.MergeId == merge.Id).ToListAsync(cancellationToken);
        foreach (var entry in touched)
        {
            if (entry.MovedFromId is not null)
            {
                if (entry.Status == SuspicionStatus.Open)
                {
                    entry.MoveBack(merge.SurvivorId);
                }
            }
            else if (entry.Status == SuspicionStatus.Merged)
            {
                entry.Reopen();
            }
        }

        db.Audit(new AuditRecord("undo-merge", nameof(Person), $"{merge.SurvivorId},{merge.MergedId}", Details: $"merge={merge.Id}"));
        await db.SaveChangesAsync(cancellationToken);
        return ReviewOutcome.Done;
    }

    public async Task<IReadOnlyList<MergeView>> RecentMergesAsync(int limit = 50, CancellationToken cancellationToken = default)
    {
        var merges = await db.Set<PersonMerge>().AsNoTracking().OrderByDescending(m => m.MergedAt).Take(Math.Clamp(limit, 1, 500)).ToListAsync(cancellationToken);
        var ids = merges.SelectMany(m => new[] { m.SurvivorId, m.MergedId }).Distinct().ToList();
        var persons = await SummariesAsync(ids, cancellationToken);
        return merges.Where(m => persons.ContainsKey(m.SurvivorId) && persons.ContainsKey(m.MergedId))
            .Select(m => new MergeView(m.Id, persons[m.SurvivorId], persons[m.MergedId], m.MergedAt, m.UndoneAt)).ToList();
    }

    public async Task<LostStolenImportResult> ImportLostStolenAsync(IReadOnlyList<LostStolenRow> rows, string source, CancellationToken cancellationToken = default)
    {
        var tenant = scope.Current.TenantId;
        var importId = Guid.CreateVersion7();
        // Importing a list again adds nothing: a document already listed is neither stored nor queued twice.
        var distinct = rows.DistinctBy(r => (r.Number, r.IssuingState)).ToList();
        var fresh = new List<LostStolenDocument>();
        foreach (var chunk in distinct.Chunk(500))
        {
            var numbers = chunk.Select(r => r.Number).ToList();
            var listed = (await db.Set<LostStolenDocument>().AsNoTracking().Where(l => l.TenantId == tenant && numbers.Contains(l.Number))
                .Select(l => new { l.Number, l.IssuingState }).ToListAsync(cancellationToken)).Select(l => (l.Number, l.IssuingState)).ToHashSet();
            fresh.AddRange(chunk.Where(r => !listed.Contains((r.Number, r.IssuingState))).Select(row => new LostStolenDocument
            {
                Id = Guid.CreateVersion7(),
                TenantId = tenant,
                Number = row.Number,
                IssuingState = row.IssuingState,
                ReportedOn = row.ReportedOn,
                // The file's own column names each row's list; the form's source is for rows without one.
                Source = string.IsNullOrWhiteSpace(row.Source) ? source : row.Source.Trim(),
                ImportId = importId,
                ImportedAt = Now,
            }));
        }

        db.AddRange(fresh);

        // The whole registry is checked, whoever imports: a stolen passport matters to every unit.
        var found = 0;
        foreach (var chunk in fresh.Chunk(500))
        {
            var numbers = chunk.Select(r => r.Number).ToList();
            var documents = await db.Set<IdentityDocument>().IgnoreQueryFilters().AsNoTracking()
                .Where(d => d.TenantId == tenant && numbers.Contains(d.Number)).ToListAsync(cancellationToken);
            foreach (var document in documents)
            {
                if (chunk.FirstOrDefault(r => r.Number == document.Number && r.IssuingState == document.IssuingState) is not { } entry)
                {
                    continue;
                }

                found++;
                await RaiseAsync(DuplicateSuspicion.Raise(tenant, document.OrganisationId, document.PersonId, null, SuspicionKind.LostOrStolenDocument,
                    SuspicionSource.LostStolenImport, 1, ListedExplanation.Of(document.Number, document.IssuingState, entry.Source), Now), cancellationToken);
            }
        }

        db.Audit(new AuditRecord("import", nameof(LostStolenDocument), importId.ToString(),
            Details: string.Create(CultureInfo.InvariantCulture, $"rows={rows.Count}; new={fresh.Count}; found={found}; source={source}")));
        await db.SaveChangesAsync(cancellationToken);
        return new LostStolenImportResult(fresh.Count, found, distinct.Count - fresh.Count);
    }

    /// <summary>
    /// After a merge, nothing in the queue may name the merged record: entries between the two records
    /// are settled as merged, entries naming the merged record move to the survivor, and one that would
    /// then repeat an entry the survivor has already is settled instead. The whole tenant's queue, as
    /// the merge affects the records whichever unit raised the entry.
    /// </summary>
    private async Task SettleQueueAsync(DuplicateSuspicion decided, PersonMerge merge, CancellationToken cancellationToken)
    {
        var (survivorId, mergedId) = (merge.SurvivorId, merge.MergedId);
        var entries = await db.Set<DuplicateSuspicion>().IgnoreQueryFilters()
            .Where(s => s.TenantId == merge.TenantId && s.Id != decided.Id
                && (s.PersonId == mergedId || s.OtherPersonId == mergedId || s.PersonId == survivorId || s.OtherPersonId == survivorId))
            .ToListAsync(cancellationToken);
        foreach (var entry in entries.Where(e => e.Status == SuspicionStatus.Open && (e.PersonId == mergedId || e.OtherPersonId == mergedId)))
        {
            if (entry.PersonId == survivorId || entry.OtherPersonId == survivorId)
            {
                entry.SettleByMerge(merge.Id, Actor, Now);
                continue;
            }

            entry.MoveTo(mergedId, survivorId, merge.Id);
            if (entries.Any(entry.Repeats))
            {
                entry.MoveBack(survivorId);
                entry.SettleByMerge(merge.Id, Actor, Now);
            }
        }
    }

    /// <summary>Adds a suspicion unless the same one is already known (scans run every night).</summary>
    internal async Task<bool> RaiseAsync(DuplicateSuspicion suspicion, CancellationToken cancellationToken)
    {
        var known = await KnownSuspicions.ContainsAsync(db, suspicion, cancellationToken)
            || db.ChangeTracker.Entries<DuplicateSuspicion>().Any(e =>
                e.Entity.Id != suspicion.Id && suspicion.Repeats(e.Entity));
        if (known)
        {
            return false;
        }

        db.Add(suspicion);
        return true;
    }

    private async Task<IReadOnlyList<SuspicionView>> ViewsAsync(List<DuplicateSuspicion> suspicions, string? auditPurpose, CancellationToken cancellationToken)
    {
        var ids = suspicions.SelectMany(s => s.OtherPersonId is { } other ? new[] { s.PersonId, other } : [s.PersonId]).Distinct().ToList();
        var persons = await SummariesAsync(ids, cancellationToken);
        if (auditPurpose is not null && ids.Count > 0)
        {
            await db.AuditNowAsync(new AuditRecord(AuditAction.Search, nameof(Person), "", Reason: auditPurpose, Details: $"results={string.Join(',', ids)}"), cancellationToken);
        }

        // A suspicion whose records the caller may not see is not shown at all.
        return suspicions.Where(s => persons.ContainsKey(s.PersonId) && (s.OtherPersonId is null || persons.ContainsKey(s.OtherPersonId.Value)))
            .Select(s => new SuspicionView(s.Id, s.Kind, s.Source, s.Status, s.Probability, SuspicionEvidence.FromStored(s.Explanation), s.DetectedAt,
                persons[s.PersonId], s.OtherPersonId is { } other ? persons[other] : null))
            .ToList();
    }

    private async Task<Dictionary<Guid, PersonSummary>> SummariesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var result = new Dictionary<Guid, PersonSummary>();
        foreach (var chunk in ids.Chunk(500))
        {
            var persons = await db.Set<Person>().AsNoTracking().Where(p => chunk.Contains(p.Id))
                .Select(PersonSummary.FromPerson)
                .ToListAsync(cancellationToken);
            foreach (var person in persons)
            {
                result[person.Id] = person;
            }
        }

        return result;
    }

    private static ReviewOutcome Outcome(DecisionResult result) => result switch
    {
        DecisionResult.Done => ReviewOutcome.Done,
        DecisionResult.AlreadyDecided => ReviewOutcome.AlreadyDecided,
        DecisionResult.NotAllowed => ReviewOutcome.NotAllowed,
    };
}
