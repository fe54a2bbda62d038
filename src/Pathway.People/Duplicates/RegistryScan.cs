using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Pathway.Matching;
using Pathway.People.LostStolen;
using Pathway.People.Registry;
using Pathway.Platform;
using Pathway.Platform.Audit;
using Pathway.Platform.Persistence;

namespace Pathway.People.Duplicates;

/// <summary>
/// Runs the linkage engine over the whole registry (written to a temporary CSV, so the engine
/// stays free of the database), then turns its clusters into review-queue entries with each
/// pair's evidence; adds shared document numbers and documents on lost/stolen lists.
/// </summary>
internal sealed class RegistryScan(PathwayDbContext db, TimeProvider clock, ILogger<RegistryScan> logger) : IRegistryScan
{
    /// <summary>A cluster larger than this is a namesake pile-up, not one person: its pairs are not queued.</summary>
    private const int LargestCluster = 12;
    private const int SaveEvery = 1_000;

    /// <summary>
    /// One scan queues at most this many likely duplicates, the most probable first: a queue of
    /// hundreds of thousands helps no supervisor, and the rest are found again by the next scans.
    /// </summary>
    public const int MaxQueuedPerScan = 5_000;

    /// <summary>A run that has not finished after this long is taken for dead (its node stopped): another may start.</summary>
    public static readonly TimeSpan LongestRun = TimeSpan.FromHours(6);

    public async Task<ScanSummary> RunAsync(Guid tenantId, string trigger, IProgress<LinkageProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var run = await ClaimAsync(tenantId, trigger, cancellationToken);
        return run is null ? new ScanSummary(true, 0, 0, 0, 0, 0, TimeSpan.Zero) : await RunClaimedAsync(run.Id, progress, cancellationToken);
    }

    /// <summary>
    /// Claims a scan a supervisor asked for, unless one is running: the claim row's unique key (the
    /// day's n-th on-demand run) lets only one of two nodes asked at the same moment claim it.
    /// </summary>
    public async Task<Guid?> ClaimOnDemandAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - LongestRun;
        if (await db.Set<ScanRun>().AnyAsync(r => r.TenantId == tenantId && r.FinishedAt == null && r.StartedAt > since, cancellationToken))
        {
            return null;
        }

        // The number counts the day's runs that are over (finished or dead), not those running: two
        // claims while one runs, or two at once, want the same number, and the unique key admits one.
        var today = DateOnly.FromDateTime(now);
        var over = await db.Set<ScanRun>().CountAsync(r => r.TenantId == tenantId && r.RunDate == today && r.Trigger.StartsWith(OnDemand)
            && (r.FinishedAt != null || r.StartedAt <= since), cancellationToken);
        var run = await ClaimAsync(tenantId, string.Create(CultureInfo.InvariantCulture, $"{OnDemand}{over + 1}"), cancellationToken, exact: true);
        return run?.Id;
    }

    public const string OnDemand = "on-demand-";

    public async Task<ScanStatus?> LatestAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var since = clock.GetUtcNow().UtcDateTime - LongestRun;
        var runs = await db.Set<ScanRun>().AsNoTracking().Where(r => r.TenantId == tenantId).OrderByDescending(r => r.StartedAt).Take(20).ToListAsync(cancellationToken);
        var running = runs.FirstOrDefault(r => r.FinishedAt == null && r.StartedAt > since);
        var finished = runs.FirstOrDefault(r => r.FinishedAt != null);
        return running is null && finished is null ? null : new ScanStatus(
            running is null ? null : new ScanProgress(running.StartedAt, running.Done, running.Total),
            finished?.FinishedAt, finished?.SuspicionsRaised ?? 0, finished?.Error);
    }

    /// <summary>Runs a scan already claimed (see <see cref="ClaimOnDemandAsync"/>).</summary>
    public async Task<ScanSummary> RunClaimedAsync(Guid runId, IProgress<LinkageProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.StartNew();
        var run = await db.Set<ScanRun>().AsNoTracking().FirstAsync(r => r.Id == runId, cancellationToken);
        var tenantId = run.TenantId;
        var folder = Path.Combine(Path.GetTempPath(), $"pathway-scan-{run.Id:N}");
        Directory.CreateDirectory(folder);
        try
        {
            var known = await KnownPairsAsync(tenantId, cancellationToken);
            var input = Path.Combine(folder, "registry.csv");
            var records = await ExportAsync(tenantId, input, cancellationToken);
            var outcome = await DedupeJob.RunAsync(new DedupeOptions { InputPath = input, IdColumn = "id", OutputPath = Path.Combine(folder, "clusters.csv") }, progress, cancellationToken);
            if (!outcome.Succeeded)
            {
                throw new InvalidOperationException(outcome.Error!.ToString());
            }

            var (likely, scored) = await QueueClustersAsync(tenantId, Path.Combine(folder, "clusters.csv"), outcome.Report!.Model, known, cancellationToken);
            var shared = await QueueSharedDocumentsAsync(tenantId, known, cancellationToken);
            var listed = await QueueListedDocumentsAsync(tenantId, known, cancellationToken);
            var summary = new ScanSummary(false, records, outcome.Report.CandidatePairs + scored, likely, shared, listed, started.Elapsed);
            await FinishAsync(run, summary, cancellationToken);
            return summary;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Duplicate scan {Run} of tenant {Tenant} failed", run.Id, tenantId);
            var failed = new ScanSummary(false, 0, 0, 0, 0, 0, started.Elapsed, e.Message);
            await FinishAsync(run, failed, CancellationToken.None);
            return failed;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<ScanRun?> ClaimAsync(Guid tenantId, string trigger, CancellationToken cancellationToken, bool exact = false)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var run = new ScanRun
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            RunDate = DateOnly.FromDateTime(now),
            Trigger = exact || trigger == "nightly" ? trigger : $"{trigger}-{Guid.NewGuid():N}"[..Math.Min(64, trigger.Length + 33)],
            Node = Environment.MachineName,
            StartedAt = now,
        };
        // Every node claims the nightly run at the same moment, so losing the claim is the normal case:
        // the unique (tenant, day, trigger) key makes the loser's insert a no-op, not a failed save logged as an error.
        var claimed = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "People_ScanRuns" ("Id", "TenantId", "RunDate", "Trigger", "Node", "StartedAt", "Records", "PairsScored", "SuspicionsRaised", "Done", "Total")
            VALUES ({run.Id}, {run.TenantId}, {run.RunDate}, {run.Trigger}, {run.Node}, {run.StartedAt}, 0, 0, 0, 0, 0)
            ON CONFLICT ("TenantId", "RunDate", "Trigger") DO NOTHING
            """, cancellationToken);
        return claimed == 1 ? run : null;
    }

    private async Task<HashSet<(Guid, Guid?, SuspicionKind, string)>> KnownPairsAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var known = await db.Set<DuplicateSuspicion>().IgnoreQueryFilters().AsNoTracking().Where(s => s.TenantId == tenantId)
            .Select(s => new { s.PersonId, s.OtherPersonId, s.Kind, s.Explanation }).ToListAsync(cancellationToken);
        return [.. known.Select(k => (k.PersonId, k.OtherPersonId, k.Kind, k.Kind == SuspicionKind.LostOrStolenDocument ? ListedExplanation.DocumentPrefix(k.Explanation) : ""))];
    }

    /// <summary>The registry as the linkage engine reads it: one line per person, the header naming each column's role.</summary>
    internal const string ExportHeader = "id,given_name,surname,date_of_birth,sex,city,document_number,nationality";

    internal static string ExportLine(Guid id, string givenNames, string surname, DateOnly birthDate, Sex sex, string? birthPlace, string? documentNumber, string citizenship)
    {
        var code = sex switch { Sex.Female => "F", Sex.Male => "M", Sex.Unspecified => "" };
        return string.Join(',', id, CsvField.Quote(givenNames), CsvField.Quote(surname), birthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), code, CsvField.Quote(birthPlace ?? ""), CsvField.Quote(documentNumber ?? ""), CsvField.Quote(citizenship));
    }

    /// <summary>The persons of each cluster in the engine's "id,cluster_id" output.</summary>
    internal static Dictionary<string, List<Guid>> ReadClusters(IEnumerable<string> lines)
    {
        var clusters = new Dictionary<string, List<Guid>>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0 && Guid.TryParse(line.AsSpan(0, comma), out var id))
            {
                var cluster = line[(comma + 1)..];
                if (!clusters.TryGetValue(cluster, out var members))
                {
                    clusters[cluster] = members = [];
                }

                members.Add(id);
            }
        }

        return clusters;
    }

    private async Task<long> ExportAsync(Guid tenantId, string path, CancellationToken cancellationToken)
    {
        long count = 0;
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        await writer.WriteLineAsync(ExportHeader);
        var persons = db.Set<Person>().IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.TenantId == tenantId && p.MergedIntoId == null)
            .Select(p => new { p.Id, p.GivenNames, p.Surname, p.BirthDate, p.Sex, p.BirthPlace, p.Citizenship, Number = p.Documents.OrderBy(d => d.Kind).Select(d => d.Number).FirstOrDefault() })
            .AsAsyncEnumerable();
        await foreach (var p in persons.WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(ExportLine(p.Id, p.GivenNames, p.Surname, p.BirthDate, p.Sex, p.BirthPlace, p.Number, p.Citizenship));
            count++;
        }

        return count;
    }

    private async Task<(int Raised, long Scored)> QueueClustersAsync(Guid tenantId, string clustersPath, LinkageModel model, HashSet<(Guid, Guid?, SuspicionKind, string)> known, CancellationToken cancellationToken)
    {
        var clusters = ReadClusters(await File.ReadAllLinesAsync(clustersPath, cancellationToken));

        long scored = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var found = new List<DuplicateSuspicion>();
        foreach (var batch in clusters.Values.Where(c => c.Count is > 1 and <= LargestCluster).Chunk(2_000))
        {
            var ids = batch.SelectMany(c => c).ToList();
            var persons = (await db.Set<Person>().IgnoreQueryFilters().AsNoTracking().Include(p => p.Documents)
                .Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken)).ToDictionary(p => p.Id);
            // One prepared record set per batch: scoring pair by pair would prepare each record again.
            var present = ids.Where(persons.ContainsKey).Distinct().ToList();
            var index = present.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
            var pairs = batch.SelectMany(members => members.Where(index.ContainsKey).SelectMany((a, i) => members.Where(index.ContainsKey).Skip(i + 1).Select(b => (index[a], index[b])))).ToList();
            var results = model.ScorePairs([.. present.Select(id => Record(persons[id]))], pairs);
            scored += results.Count;
            for (var k = 0; k < results.Count; k++)
            {
                var (a, b) = (persons[present[pairs[k].Item1]], persons[present[pairs[k].Item2]]);
                var pair = results[k];
                var suspicion = DuplicateSuspicion.Raise(tenantId, a.OrganisationId, a.Id, b.Id, SuspicionKind.LikelySamePerson, SuspicionSource.Scan,
                    pair.MatchProbability, SuspicionEvidence.Of(pair.Fields).ToStored(), now);
                if (pair.MatchProbability >= RegistrationSuspicions.QueueFrom && !known.Contains((suspicion.PersonId, suspicion.OtherPersonId, suspicion.Kind, "")))
                {
                    found.Add(suspicion);
                }
            }
        }

        var queued = found.OrderByDescending(s => s.Probability).Take(MaxQueuedPerScan).ToList();
        foreach (var chunk in queued.Chunk(SaveEvery))
        {
            foreach (var suspicion in chunk.Where(s => known.Add((s.PersonId, s.OtherPersonId, s.Kind, ""))))
            {
                db.Add(suspicion);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return (queued.Count, scored);
    }

    private async Task<int> QueueSharedDocumentsAsync(Guid tenantId, HashSet<(Guid, Guid?, SuspicionKind, string)> known, CancellationToken cancellationToken)
    {
        var documents = db.Set<IdentityDocument>().IgnoreQueryFilters().AsNoTracking().Where(d => d.TenantId == tenantId);
        // Merged records are few: filtering them in memory spares SQLite a subquery over every person per chunk.
        var merged = (await db.Set<Person>().IgnoreQueryFilters().AsNoTracking().Where(p => p.TenantId == tenantId && p.MergedIntoId != null)
            .Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        var shared = await documents
            .GroupBy(d => d.Number).Where(g => g.Select(d => d.PersonId).Distinct().Count() > 1).Select(g => g.Key)
            .ToListAsync(cancellationToken);
        var raised = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var chunk in shared.Chunk(500))
        {
            var holders = await documents.Where(d => chunk.Contains(d.Number)).Select(d => new { d.Number, d.PersonId, d.OrganisationId }).ToListAsync(cancellationToken);
            foreach (var group in holders.Where(h => !merged.Contains(h.PersonId)).GroupBy(h => h.Number, StringComparer.Ordinal))
            {
                if (raised >= MaxQueuedPerScan)
                {
                    break;
                }

                var people = group.DistinctBy(h => h.PersonId).Take(LargestCluster).ToList();
                for (var i = 0; i < people.Count; i++)
                {
                    for (var j = i + 1; j < people.Count; j++)
                    {
                        var suspicion = DuplicateSuspicion.Raise(tenantId, people[i].OrganisationId, people[i].PersonId, people[j].PersonId, SuspicionKind.SharedDocumentNumber,
                            SuspicionSource.Scan, 1, JsonSerializer.Serialize(new { document = group.Key }), now);
                        if (known.Add((suspicion.PersonId, suspicion.OtherPersonId, suspicion.Kind, "")))
                        {
                            db.Add(suspicion);
                            raised++;
                        }
                    }
                }
            }

            await SaveInBatchesAsync(cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return raised;
    }

    private async Task<int> QueueListedDocumentsAsync(Guid tenantId, HashSet<(Guid, Guid?, SuspicionKind, string)> known, CancellationToken cancellationToken)
    {
        var listed = await (
            from document in db.Set<IdentityDocument>().IgnoreQueryFilters().AsNoTracking()
            join entry in db.Set<LostStolenDocument>().AsNoTracking() on new { document.TenantId, document.Number, document.IssuingState } equals new { entry.TenantId, entry.Number, entry.IssuingState }
            where document.TenantId == tenantId
            select new { document.PersonId, document.OrganisationId, document.Number, document.IssuingState, entry.Source }).ToListAsync(cancellationToken);
        var raised = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var hit in listed)
        {
            var explanation = ListedExplanation.Of(hit.Number, hit.IssuingState, hit.Source);
            if (known.Add((hit.PersonId, null, SuspicionKind.LostOrStolenDocument, ListedExplanation.DocumentPrefix(hit.Number, hit.IssuingState))))
            {
                db.Add(DuplicateSuspicion.Raise(tenantId, hit.OrganisationId, hit.PersonId, null, SuspicionKind.LostOrStolenDocument, SuspicionSource.Scan, 1, explanation, now));
                raised++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return raised;
    }

    private async Task SaveInBatchesAsync(CancellationToken cancellationToken)
    {
        if (db.ChangeTracker.Entries().Count() >= SaveEvery)
        {
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private async Task FinishAsync(ScanRun run, ScanSummary summary, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var stored = await db.Set<ScanRun>().FirstAsync(r => r.Id == run.Id, cancellationToken);
        stored.FinishedAt = clock.GetUtcNow().UtcDateTime;
        stored.Records = summary.Records;
        stored.PairsScored = summary.PairsScored;
        stored.SuspicionsRaised = summary.Raised;
        stored.Error = summary.Error is null ? null : summary.Error[..Math.Min(2000, summary.Error.Length)];
        db.Audit(new AuditRecord("scan", nameof(Person), run.Id.ToString(),
            Details: string.Create(CultureInfo.InvariantCulture, $"trigger={run.Trigger}; records={summary.Records}; likely={summary.LikelySame}; shared={summary.SharedDocuments}; listed={summary.LostOrStolen}; error={summary.Error}")));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Record Record(Person p) =>
        RegistryRecords.From(p.Id.ToString(), p.Surname, p.GivenNames, p.BirthDate, p.Sex, p.BirthPlace, p.Documents.OrderBy(d => d.Kind).FirstOrDefault()?.Number, p.Citizenship);
}
