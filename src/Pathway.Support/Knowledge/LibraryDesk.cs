using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Modules;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Platform.Uploads;
using Pathway.Support.Trainings;

namespace Pathway.Support.Knowledge;

/// <summary>A document's facts as a form or the API sends them; <see cref="LibraryDesk.Check"/> judges them whole.</summary>
public sealed record LibraryInput(
    string? Title, DocumentKind? Kind, TrainingArea? Area, string? Language, string? Description, IReadOnlyList<string>? Roles);

public enum LibraryProblem
{
    TitleMissing,
    TitleTooLong,
    KindMissing,
    AreaMissing,
    LanguageUnknown,
    DescriptionTooLong,
    RolesMissing,
    RoleUnknown,
    NoOrganisation,
}

/// <summary>A problem and the field it is on (null for the request as a whole).</summary>
public sealed record LibraryRefusal(LibraryProblem Problem, string? Field);

/// <summary>A document as its readers see it listed: everything but the file.</summary>
public sealed record LibraryEntry(
    Guid Id, Guid OrganisationId, string Organisation, string Title, DocumentKind Kind, TrainingArea Area, string Language, string? Description,
    IReadOnlyList<string> Roles, string FileName, string ContentType, long Size, DateTime UploadedAt, string UploadedBy, bool Editable);

/// <summary>What a reader asks of the list: words of the title, a kind, an area, a language (each optional).</summary>
public sealed record LibraryFilter(string? Search = null, DocumentKind? Kind = null, TrainingArea? Area = null, string? Language = null);

/// <summary>
/// The library of manuals and good-practice documents. It is the office's common library: its
/// documents are nobody's personal data and good practice is there to be shared, so it is read
/// across the tenant (past the organisation filter), each document by the roles its uploader chose.
/// Editing and removing stay with the uploader's organisation, through the data scope. Every
/// download is audited as a read; the platform audits every upload, change and removal.
/// </summary>
public sealed class LibraryDesk(PathwayDbContext db, ITenantScopeAccessor scope, OrganisationDirectory directory, PermissionCatalog access, TimeProvider clock)
{
    private Guid Tenant => scope.Current.TenantId;

    /// <summary>The portal's languages, by code: a document is in one of them.</summary>
    public static IReadOnlyList<string> Languages => [.. SupportedCultures.All.Select(l => l.Code)];

    /// <summary>The documents the reader may read, the newest first.</summary>
    public async Task<IReadOnlyList<LibraryEntry>> ListAsync(ClaimsPrincipal reader, LibraryFilter filter, CancellationToken cancellationToken = default)
    {
        var rows = db.TenantRowsOf<LibraryDocument>(Tenant).AsNoTracking();
        if (filter.Kind is { } kind)
        {
            rows = rows.Where(d => d.Kind == kind);
        }

        if (filter.Area is { } area)
        {
            rows = rows.Where(d => d.Area == area);
        }

        if (!string.IsNullOrWhiteSpace(filter.Language))
        {
            rows = rows.Where(d => d.Language == filter.Language);
        }

        var documents = await Entries(rows.OrderByDescending(d => d.UploadedAt)).ToListAsync(cancellationToken);
        var names = await NamesAsync(cancellationToken);
        var search = filter.Search?.Trim();
        // The title is matched here rather than in SQL: letter case and accents aside in any
        // language, the same on both databases, over an office's few hundred documents.
        return [.. documents
            .Where(d => string.IsNullOrEmpty(search) || CultureInfo.InvariantCulture.CompareInfo.IndexOf(d.Title, search, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0)
            .Where(d => MayRead(d, reader))
            .Select(d => Entry(d, names, reader))];
    }

    /// <summary>One document's facts, or null when there is none the reader may read.</summary>
    public async Task<LibraryEntry?> GetAsync(Guid id, ClaimsPrincipal reader, CancellationToken cancellationToken = default)
    {
        var document = await Entries(db.TenantRowsOf<LibraryDocument>(Tenant).AsNoTracking().Where(d => d.Id == id)).FirstOrDefaultAsync(cancellationToken);
        return document is not null && MayRead(document, reader) ? Entry(document, await NamesAsync(cancellationToken), reader) : null;
    }

    /// <summary>The document with its file, for a reader it is open to; the reading is audited.</summary>
    public async Task<LibraryDocument?> FileAsync(Guid id, ClaimsPrincipal reader, CancellationToken cancellationToken = default)
    {
        if (await GetAsync(id, reader, cancellationToken) is null)
        {
            return null;
        }

        var document = await db.TenantRowsOf<LibraryDocument>(Tenant).AsNoTracking().FirstAsync(d => d.Id == id, cancellationToken);
        db.Audit(new AuditRecord(AuditAction.Read, nameof(LibraryDocument), id.ToString(), Details: "file"));
        await db.SaveChangesAsync(cancellationToken);
        return document;
    }

    /// <summary>Keeps a document whose file the upload check took (<see cref="UploadCheck"/>).</summary>
    public async Task<(LibraryEntry? Document, IReadOnlyList<LibraryRefusal> Problems)> AddAsync(
        LibraryInput input, string? fileName, ContentVerdict.Accepted file, byte[] content, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var problems = Check(input);
        if (user.GetOrganisationId() is not { } organisation)
        {
            problems.Add(new LibraryRefusal(LibraryProblem.NoOrganisation, null));
        }
        else if (problems.Count == 0)
        {
            var document = new LibraryDocument
            {
                TenantId = Tenant, OrganisationId = organisation, Title = input.Title!.Trim(), Kind = input.Kind!.Value, Area = input.Area!.Value,
                Language = input.Language!, Description = Blank(input.Description), Roles = RolesOf(input.Roles),
                FileName = UploadCheck.CleanName(fileName, file.Kind, LibraryDocument.MaxFileNameLength), ContentType = file.ContentType, Content = content,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)), Size = content.Length,
                UploadedAt = clock.GetUtcNow().UtcDateTime, UploadedBy = user.Identity?.Name ?? "?",
            };
            // The platform audits the new row itself.
            db.Add(document);
            await db.SaveChangesAsync(cancellationToken);
            return (Entry(document, await NamesAsync(cancellationToken), user), []);
        }

        return (null, problems);
    }

    /// <summary>Changes a document's facts and who may read it (not its file: a new file is a new upload); null when the caller's organisation has no such document.</summary>
    public async Task<(LibraryEntry? Document, IReadOnlyList<LibraryRefusal> Problems)> UpdateAsync(
        Guid id, LibraryInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var document = await OwnAsync(id, cancellationToken);
        if (document is null)
        {
            return (null, []);
        }

        var problems = Check(input);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        db.Attach(document);
        document.Title = input.Title!.Trim();
        document.Kind = input.Kind!.Value;
        document.Area = input.Area!.Value;
        document.Language = input.Language!;
        document.Description = Blank(input.Description);
        document.Roles = RolesOf(input.Roles);
        // The platform audits which fields changed.
        await db.SaveChangesAsync(cancellationToken);
        return (Entry(document, await NamesAsync(cancellationToken), user), []);
    }

    /// <summary>Takes a document of the caller's organisation off the library; false when there is none. The trail keeps the removal.</summary>
    public async Task<bool> RemoveAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var document = await OwnAsync(id, cancellationToken);
        if (document is null)
        {
            return false;
        }

        db.Remove(document);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>What is wrong with a document's facts, every field at once.</summary>
    internal static List<LibraryRefusal> Check(LibraryInput input)
    {
        var problems = new List<LibraryRefusal>();
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            problems.Add(new LibraryRefusal(LibraryProblem.TitleMissing, "title"));
        }
        else if (input.Title.Trim().Length > LibraryDocument.MaxTitleLength)
        {
            problems.Add(new LibraryRefusal(LibraryProblem.TitleTooLong, "title"));
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            problems.Add(new LibraryRefusal(LibraryProblem.KindMissing, "kind"));
        }

        if (input.Area is not { } area || !Enum.IsDefined(area))
        {
            problems.Add(new LibraryRefusal(LibraryProblem.AreaMissing, "area"));
        }

        if (input.Language is null || !Languages.Contains(input.Language, StringComparer.Ordinal))
        {
            problems.Add(new LibraryRefusal(LibraryProblem.LanguageUnknown, "language"));
        }

        if (input.Description?.Trim().Length > LibraryDocument.MaxDescriptionLength)
        {
            problems.Add(new LibraryRefusal(LibraryProblem.DescriptionTooLong, "description"));
        }

        if (input.Roles is null || input.Roles.Count == 0)
        {
            problems.Add(new LibraryRefusal(LibraryProblem.RolesMissing, "roles"));
        }
        else if (input.Roles.Any(r => !SupportPermissions.LibraryReaders.Contains(r, StringComparer.Ordinal)))
        {
            problems.Add(new LibraryRefusal(LibraryProblem.RoleUnknown, "roles"));
        }

        return problems;
    }

    /// <summary>
    /// A document is open to the roles chosen for it. The library's editors also see their own
    /// organisation's documents whatever roles they are for, so that a wrong choice can be put right.
    /// </summary>
    private bool MayRead(LibraryDocument document, ClaimsPrincipal reader) =>
        reader.GetRoles().Any(document.RoleList.Contains) || Editable(document, reader);

    private bool Editable(LibraryDocument document, ClaimsPrincipal reader)
    {
        var current = scope.Current;
        return (current.AllOrganisations || current.OrganisationIds.Contains(document.OrganisationId)) && access.IsGranted(reader, SupportPermissions.LibraryManage);
    }

    private LibraryEntry Entry(LibraryDocument d, IReadOnlyDictionary<Guid, string> names, ClaimsPrincipal reader) => new(
        d.Id, d.OrganisationId, names.GetValueOrDefault(d.OrganisationId, ""), d.Title, d.Kind, d.Area, d.Language, d.Description,
        d.RoleList, d.FileName, d.ContentType, d.Size, d.UploadedAt, d.UploadedBy, Editable(d, reader));

    /// <summary>A document of the caller's organisation, without its file (an edit never needs the bytes).</summary>
    private Task<LibraryDocument?> OwnAsync(Guid id, CancellationToken cancellationToken) =>
        Entries(db.Set<LibraryDocument>().AsNoTracking().Where(d => d.Id == id)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The documents without their files: a list never carries the bytes.</summary>
    private static IQueryable<LibraryDocument> Entries(IQueryable<LibraryDocument> documents) => documents.Select(d => new LibraryDocument
    {
        Id = d.Id, TenantId = d.TenantId, OrganisationId = d.OrganisationId, Title = d.Title, Kind = d.Kind, Area = d.Area, Language = d.Language,
        Description = d.Description, Roles = d.Roles, FileName = d.FileName, ContentType = d.ContentType, Sha256 = d.Sha256, Size = d.Size,
        UploadedAt = d.UploadedAt, UploadedBy = d.UploadedBy,
    });

    private async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(CancellationToken cancellationToken) =>
        (await directory.GetAsync(cancellationToken)).Organisations.Where(o => o.TenantId == Tenant).ToDictionary(o => o.Id, o => o.Name);

    private static string RolesOf(IReadOnlyList<string>? roles) =>
        string.Join(' ', SupportPermissions.LibraryReaders.Where(r => roles?.Contains(r, StringComparer.Ordinal) == true));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
