using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.PaperFiles;

/// <summary>Binds tags to paper files, sets readers up, hands files out and in, and answers where a file is. The page and the API both call it.</summary>
internal sealed class PaperFileRegistry(PathwayDbContext db, ITenantScopeAccessor scope, TimeProvider clock)
{
    private Guid TenantId => scope.Current.TenantId;

    /// <summary>Binds a tag given as 24 hexadecimal characters, or encoded from a company prefix and an asset reference.</summary>
    public async Task<(BoundFile? File, FileProblem? Problem)> BindTagAsync(
        string? caseNumber, string? tag, string? companyPrefix, string? assetReference, string? filter, FileActor actor, CancellationToken cancellationToken = default)
    {
        caseNumber = caseNumber?.Trim() ?? "";
        if (caseNumber.Length is 0 or > PaperFile.MaxCaseNumberLength)
        {
            return (null, FileProblem.Invalid("caseNumber", "Enter the case number (at most 40 characters)."));
        }

        var result = !string.IsNullOrWhiteSpace(tag) ? Giai96.Decode(tag)
            : string.IsNullOrWhiteSpace(companyPrefix) && string.IsNullOrWhiteSpace(assetReference)
                ? null
                : Giai96.Encode(companyPrefix, assetReference, filter);
        switch (result)
        {
            case null:
                return (null, FileProblem.Invalid("tag", "Enter a tag as 24 hexadecimal characters, or a company prefix and a file number."));
            case TagRefused refused:
                return (null, new FileProblem(FileProblemKind.Invalid, TagProblemText.FieldOf(refused.Problem), "", [], refused.Problem));
        }

        var giai = ((TagEncoded)result).Tag;
        var bound = await db.TenantRowsOf<PaperFile>(TenantId).AsNoTracking()
            .Where(f => f.Epc == giai.PureIdentityUri).Select(f => f.CaseNumber).FirstOrDefaultAsync(cancellationToken);
        if (bound is not null)
        {
            return (null, FileProblem.Conflict("tag", "This tag is already bound to the file of case {0}.", bound));
        }

        var file = new PaperFile
        {
            TenantId = TenantId,
            OrganisationId = actor.OrganisationId,
            CaseNumber = caseNumber,
            TagHex = giai.Hex,
            Epc = giai.PureIdentityUri,
            BoundAt = clock.GetUtcNow().UtcDateTime,
            BoundBy = actor.UserId,
        };
        db.Add(file);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Bound by another request between the check and the save: the unique index said no.
            db.Entry(file).State = EntityState.Detached;
            var other = await db.TenantRowsOf<PaperFile>(file.TenantId).AsNoTracking()
                .Where(f => f.Epc == file.Epc).Select(f => f.CaseNumber).FirstOrDefaultAsync(cancellationToken);
            return (null, FileProblem.Conflict("tag", "This tag is already bound to the file of case {0}.", other ?? ""));
        }

        return (new BoundFile(file.Id, file.CaseNumber, file.Epc, file.TagHex, giai.TagUri), null);
    }

    public async Task<IReadOnlyList<ReaderAnswer>> ReadersAsync(CancellationToken cancellationToken = default) =>
        (await db.Set<FileReader>().AsNoTracking().Where(r => r.TenantId == TenantId).ToListAsync(cancellationToken))
        .OrderBy(r => r.Kind).ThenBy(r => r.Name, StringComparer.CurrentCulture)
        .Select(r => new ReaderAnswer(r.ReaderId, r.Kind.ToString(), r.Name)).ToList();

    public async Task<FileProblem?> AddReaderAsync(string? readerId, string? kind, string? name, CancellationToken cancellationToken = default)
    {
        readerId = readerId?.Trim() ?? "";
        name = name?.Trim() ?? "";
        if (readerId.Length is 0 or > FileReader.MaxReaderIdLength || !Uri.TryCreate(readerId, UriKind.Absolute, out _))
        {
            return FileProblem.Invalid("readerId", "The reader id must be a URI of at most 200 characters, as the reader reports it.");
        }

        if (!Enum.TryParse<ReaderKind>(kind, ignoreCase: false, out var readerKind) || !Enum.IsDefined(readerKind))
        {
            return FileProblem.Invalid("kind", "The kind must be ArchiveShelf, OfficerRoom or Gate.");
        }

        if (name.Length is 0 or > FileReader.MaxNameLength)
        {
            return FileProblem.Invalid("name", "Enter a name of at most 120 characters.");
        }

        if (await db.Set<FileReader>().AnyAsync(r => r.TenantId == TenantId && r.ReaderId == readerId, cancellationToken))
        {
            return FileProblem.Conflict("readerId", "This reader is already set up.");
        }

        db.Add(new FileReader { TenantId = TenantId, ReaderId = readerId, Kind = readerKind, Name = name });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<FileProblem?> CheckOutAsync(string? file, Guid? officerId, FileActor actor, CancellationToken cancellationToken = default)
    {
        var (found, problem) = await OneAsync(file, cancellationToken);
        if (found is null)
        {
            return problem;
        }

        var tenantId = TenantId;
        if (officerId is not { } officer || !await db.Users.AnyAsync(u => u.Id == officer && u.TenantId == tenantId, cancellationToken))
        {
            return FileProblem.NotFound("officerId", "No officer of this office has this user id.");
        }

        db.Add(Custody(found, CustodyKind.CheckedOut, officer, null, actor));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<FileProblem?> CheckInAsync(string? file, string? shelf, FileActor actor, CancellationToken cancellationToken = default)
    {
        var (found, problem) = await OneAsync(file, cancellationToken);
        if (found is null)
        {
            return problem;
        }

        if (await ShelfAsync(shelf, cancellationToken) is not { } reader)
        {
            return FileProblem.NotFound("shelf", "No archive shelf has this reader id.");
        }

        db.Add(Custody(found, CustodyKind.CheckedIn, null, reader.ReaderId, actor));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Where the files of a case number, or the file of a tag, are; the look-up is audited as a read of each file.</summary>
    public async Task<(IReadOnlyList<FileWhereabouts> Files, FileProblem? Problem)> WhereAsync(string? file, string? reason, CancellationToken cancellationToken = default)
    {
        var files = await FindAsync(file, cancellationToken);
        if (files.Count == 0)
        {
            return ([], FileProblem.NotFound("file", "No paper file has this case number or tag."));
        }

        var readers = await db.Set<FileReader>().AsNoTracking().Where(r => r.TenantId == TenantId).ToDictionaryAsync(r => r.ReaderId, StringComparer.Ordinal, cancellationToken);
        var answers = new List<FileWhereabouts>();
        foreach (var found in files)
        {
            answers.Add(await WhereaboutsAsync(found, readers, cancellationToken));
            db.Audit(new AuditRecord(AuditAction.Read, nameof(PaperFile), found.Id.ToString(), Reason: reason));
        }

        await db.SaveChangesAsync(cancellationToken);
        return (answers, null);
    }

    private async Task<FileWhereabouts> WhereaboutsAsync(PaperFile file, Dictionary<string, FileReader> readers, CancellationToken cancellationToken)
    {
        var reads = await db.Set<TagRead>().AsNoTracking().Where(r => r.PaperFileId == file.Id).OrderByDescending(r => r.EventTime).Take(50).ToListAsync(cancellationToken);
        var custody = await db.Set<CustodyEntry>().AsNoTracking().Where(c => c.PaperFileId == file.Id).OrderByDescending(c => c.At).Take(50).ToListAsync(cancellationToken);
        var last = reads.FirstOrDefault();
        var place = last is null ? null
            : readers.TryGetValue(last.ReaderId, out var reader) ? new PlaceAnswer(reader.ReaderId, reader.Name, reader.Kind.ToString()) : new PlaceAnswer(last.ReaderId, last.ReaderId, "");
        var holder = custody.FirstOrDefault();
        var officerName = holder?.OfficerId is { } officer ? await db.Users.Where(u => u.Id == officer).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) : null;
        var history = reads.Select(r => new HistoryAnswer("read", Local(r), r.ReaderId, r.BizStep, r.Disposition, r.Source.ToString().ToLowerInvariant(), null, null))
            .Concat(custody.Select(c => new HistoryAnswer(State(c.Kind), new DateTimeOffset(DateTime.SpecifyKind(c.At, DateTimeKind.Utc)), c.ShelfReaderId, null, null, null, c.OfficerId, c.ByName)))
            .OrderByDescending(h => h.At).Take(50).ToList();
        return new FileWhereabouts(
            file.CaseNumber,
            file.Epc,
            file.TagHex,
            place,
            last is null ? null : Local(last),
            holder is null ? null : new CustodyAnswer(State(holder.Kind), holder.OfficerId, officerName, holder.ShelfReaderId, holder.At, holder.ByName),
            history);
    }

    /// <summary>Files expected on a shelf (checked in there at the end of the session) against the tags its reader saw in the session.</summary>
    public async Task<(InventoryAnswer? Answer, FileProblem? Problem)> InventoryAsync(string? shelf, DateTime from, DateTime until, CancellationToken cancellationToken = default)
    {
        if (await ShelfAsync(shelf, cancellationToken) is not { } reader)
        {
            return (null, FileProblem.NotFound("shelf", "No archive shelf has this reader id."));
        }

        var tenantId = TenantId;
        var latest = (await db.Set<CustodyEntry>().AsNoTracking().Where(c => c.TenantId == tenantId && c.At <= until)
                .Select(c => new { c.PaperFileId, c.Kind, c.ShelfReaderId, c.At }).ToListAsync(cancellationToken))
            .GroupBy(c => c.PaperFileId).ToDictionary(g => g.Key, g => g.MaxBy(c => c.At)!);
        var expected = latest.Values.Where(c => c.Kind == CustodyKind.CheckedIn && c.ShelfReaderId == reader.ReaderId).Select(c => c.PaperFileId).ToHashSet();
        var read = (await db.Set<TagRead>().AsNoTracking()
            .Where(r => r.TenantId == tenantId && r.ReaderId == reader.ReaderId && r.EventTime >= from && r.EventTime <= until)
            .Select(r => r.PaperFileId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var ids = expected.Union(read).ToList();
        var files = await db.Set<PaperFile>().AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        var unknown = await db.Set<ReadAnomaly>().AsNoTracking()
            .Where(a => a.TenantId == tenantId && a.Kind == AnomalyKind.UnknownTag && a.ReaderId == reader.ReaderId && a.EventTime >= from && a.EventTime <= until)
            .Select(a => a.Epc!).Distinct().ToListAsync(cancellationToken);

        InventoryFile Entry(Guid id) => new(files[id].CaseNumber, files[id].Epc,
            latest.TryGetValue(id, out var c) && c.Kind == CustodyKind.CheckedIn ? c.ShelfReaderId : null);
        List<InventoryFile> Sorted(IEnumerable<Guid> which) =>
            [.. which.Where(files.ContainsKey).Select(Entry).OrderBy(f => f.CaseNumber, StringComparer.Ordinal).ThenBy(f => f.Epc, StringComparer.Ordinal)];
        return (new InventoryAnswer(
            reader.ReaderId,
            from,
            until,
            Sorted(expected.Intersect(read)),
            Sorted(expected.Except(read)),
            Sorted(read.Except(expected)),
            [.. unknown.Order(StringComparer.Ordinal)]), null);
    }

    public async Task<IReadOnlyList<AnomalyAnswer>> AnomaliesAsync(int limit, CancellationToken cancellationToken = default) =>
        (await db.Set<ReadAnomaly>().AsNoTracking().Where(a => a.TenantId == TenantId)
            .OrderByDescending(a => a.RecordedAt).ThenByDescending(a => a.Id).Take(limit).ToListAsync(cancellationToken))
        .Select(a => new AnomalyAnswer(a.Id, a.Kind.ToString(), a.Source.ToString().ToLowerInvariant(), a.Epc, a.ReaderId, a.EventTime, a.EventId, a.Line, a.Detail, a.Raw, a.RecordedAt))
        .ToList();

    private async Task<FileReader?> ShelfAsync(string? shelf, CancellationToken cancellationToken)
    {
        var id = shelf?.Trim() ?? "";
        return await db.Set<FileReader>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.TenantId == TenantId && r.ReaderId == id && r.Kind == ReaderKind.ArchiveShelf, cancellationToken);
    }

    private async Task<(PaperFile? File, FileProblem? Problem)> OneAsync(string? file, CancellationToken cancellationToken)
    {
        var files = await FindAsync(file, cancellationToken);
        return files.Count switch
        {
            0 => (null, FileProblem.NotFound("file", "No paper file has this case number or tag.")),
            1 => (files[0], null),
            _ => (null, FileProblem.Conflict("file", "This case has several paper files: name one by its tag.")),
        };
    }

    /// <summary>A file by its tag in any EPC form, or the files of a case number.</summary>
    private async Task<List<PaperFile>> FindAsync(string? file, CancellationToken cancellationToken)
    {
        var text = file?.Trim() ?? "";
        if (text.Length == 0)
        {
            return [];
        }

        var tenantId = TenantId;
        var epc = EpcText.PureIdentity(text, out _);
        return await db.Set<PaperFile>().AsNoTracking()
            .Where(f => f.TenantId == tenantId && (f.Epc == epc || f.CaseNumber == text))
            .OrderBy(f => f.BoundAt).ToListAsync(cancellationToken);
    }

    private CustodyEntry Custody(PaperFile file, CustodyKind kind, Guid? officer, string? shelf, FileActor actor) => new()
    {
        TenantId = file.TenantId,
        OrganisationId = file.OrganisationId,
        PaperFileId = file.Id,
        Kind = kind,
        OfficerId = officer,
        ShelfReaderId = shelf,
        At = clock.GetUtcNow().UtcDateTime,
        ById = actor.UserId,
        ByName = actor.Name.Length > CustodyEntry.MaxByNameLength ? actor.Name[..CustodyEntry.MaxByNameLength] : actor.Name,
    };

    private static string State(CustodyKind kind) => kind switch
    {
        CustodyKind.CheckedOut => "checkedOut",
        CustodyKind.CheckedIn => "checkedIn",
    };

    /// <summary>A read's time as the reader reported it, at its own offset.</summary>
    private static DateTimeOffset Local(TagRead read)
    {
        var utc = new DateTimeOffset(DateTime.SpecifyKind(read.EventTime, DateTimeKind.Utc));
        return TimeSpan.TryParse(read.EventTimeZoneOffset.TrimStart('+'), System.Globalization.CultureInfo.InvariantCulture, out var offset)
            ? utc.ToOffset(offset)
            : utc;
    }
}
