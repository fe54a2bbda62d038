using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Workflow;
using Pathway.Platform;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.PaperFiles;

/// <summary>
/// Labels an existing archive: every case of a tenant whose paper file has no tag yet gets the next free
/// GIAI-96 asset reference under the office's company prefix. Tags are bound a batch at a time and each
/// batch's labels are written for the printer only once its bindings are saved, so an interrupted run
/// leaves labels for exactly the files it bound, and a rerun takes up only the files still unlabelled.
/// </summary>
internal sealed class ArchiveLabelling(PathwayDbContext db, TimeProvider clock)
{
    public const int BatchSize = 1_000;

    /// <summary>The label file's header (RFC 4180 CSV, one line per bound file).</summary>
    public const string LabelHeader = "case_number,tag_hex,tag_uri,pure_identity_uri";

    public async Task<ArchiveLabelResult> LabelAsync(
        Guid tenantId, string companyPrefix, int filter, TextWriter labels, IProgress<(long Done, long Total)>? progress, CancellationToken cancellationToken)
    {
        // The first reference shows whether the prefix and filter can be encoded at all.
        if (Giai96.Encode(companyPrefix, "1", filter) is TagRefused refused)
        {
            return new ArchiveLabelResult(0, 0, refused.Problem);
        }

        var prefix = companyPrefix.Trim();
        var files = db.TenantRowsOf<PaperFile>(tenantId);
        var unlabelled = db.TenantRowsOf<ResidenceCase>(tenantId).AsNoTracking()
            .Where(c => !files.Any(f => f.CaseNumber == c.Number));
        var total = await unlabelled.LongCountAsync(cancellationToken);
        var next = await NextReferenceAsync(files, prefix, cancellationToken);
        await labels.WriteLineAsync(LabelHeader);
        progress?.Report((0, total));

        long done = 0;
        while (done < total)
        {
            var batch = await unlabelled.OrderBy(c => c.Number).Take(BatchSize).Select(c => new { c.Number, c.OrganisationId }).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var bound = new List<(PaperFile File, Giai96 Tag)>(batch.Count);
            foreach (var @case in batch)
            {
                var encoded = Giai96.Encode(prefix, next.ToString(CultureInfo.InvariantCulture), filter);
                if (encoded is TagRefused usedUp)
                {
                    // The references the partition holds are used up: what is bound so far stays bound.
                    return await SaveAsync(bound, labels, done, total, usedUp.Problem, cancellationToken);
                }

                var tag = ((TagEncoded)encoded).Tag;
                next++;
                bound.Add((new PaperFile
                {
                    TenantId = tenantId,
                    OrganisationId = @case.OrganisationId,
                    CaseNumber = @case.Number,
                    TagHex = tag.Hex,
                    Epc = tag.PureIdentityUri,
                    BoundAt = now,
                }, tag));
            }

            var saved = await SaveAsync(bound, labels, done, total, null, cancellationToken);
            done = saved.Labelled;
            progress?.Report((done, total));
        }

        return new ArchiveLabelResult(done, total, null);
    }

    private async Task<ArchiveLabelResult> SaveAsync(List<(PaperFile File, Giai96 Tag)> bound, TextWriter labels, long done, long total, TagProblem? problem, CancellationToken cancellationToken)
    {
        db.AddRange(bound.Select(b => b.File));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        foreach (var (file, tag) in bound)
        {
            await labels.WriteLineAsync(string.Join(',', CsvField.Quote(file.CaseNumber), file.TagHex, tag.TagUri, tag.PureIdentityUri));
        }

        await labels.FlushAsync(cancellationToken);
        return new ArchiveLabelResult(done + bound.Count, total, problem);
    }

    /// <summary>One past the largest asset reference already bound under the prefix; 1 for a new archive.</summary>
    private static async Task<ulong> NextReferenceAsync(IQueryable<PaperFile> files, string prefix, CancellationToken cancellationToken)
    {
        var uri = $"urn:epc:id:giai:{prefix}.";
        ulong largest = 0;
        await foreach (var epc in files.Where(f => f.Epc.StartsWith(uri)).Select(f => f.Epc).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (ulong.TryParse(epc.AsSpan(uri.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var reference) && reference > largest)
            {
                largest = reference;
            }
        }

        return largest + 1;
    }
}

/// <summary>How many files were labelled of those that had none, and why the run stopped early, if it did.</summary>
public sealed record ArchiveLabelResult(long Labelled, long Unlabelled, TagProblem? Problem);
