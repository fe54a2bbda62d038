using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Platform.Uploads;

namespace Pathway.Portal.Wallet;

/// <summary>A document in its owner's list: everything but the file, with what each organisation asked answered.</summary>
public sealed record WalletEntry(
    Guid Id, string Title, string? DocumentSlug, DateOnly? ExpiresOn, string FileName, string ContentType, long Size, DateTime UploadedAt,
    IReadOnlyList<ConfirmationEntry> Confirmations)
{
    public static WalletEntry Of(WalletDocument d) => new(d.Id, d.Title, d.DocumentSlug, d.ExpiresOn, d.FileName, d.ContentType, d.Size, d.UploadedAt,
        [.. d.Confirmations.OrderBy(c => c.RequestedAt).Select(ConfirmationEntry.Of)]);

    /// <summary>Days until it ends (negative when it has), from <paramref name="today"/>; null when it does not end.</summary>
    public int? DaysLeft(DateOnly today) => ExpiresOn is { } end ? end.DayNumber - today.DayNumber : null;

    public bool ConfirmedBy(Guid organisationId) => Confirmations.Any(c => c.OrganisationId == organisationId && c.Status == ConfirmationStatus.Confirmed);
}

public sealed record ConfirmationEntry(
    Guid Id, Guid OrganisationId, string OrganisationName, ConfirmationStatus Status, DateTime RequestedAt, DateTime? DecidedAt, string? DecidedBy, string? Note)
{
    public static ConfirmationEntry Of(WalletConfirmation c) => new(c.Id, c.OrganisationId, c.OrganisationName, c.Status, c.RequestedAt, c.DecidedAt, c.DecidedBy, c.Note);
}

/// <summary>A request as the organisation asked sees it: whose document, which, and the request itself.</summary>
public sealed record ConfirmationRequest(Guid DocumentId, string OwnerName, string Title, DateOnly? ExpiresOn, string FileName, DateTime UploadedAt, ConfirmationEntry Confirmation);

/// <summary>A document as the owner sends it, checked (<see cref="WalletRequests"/>).</summary>
public sealed record WalletInput(string Title, string? DocumentSlug, DateOnly? ExpiresOn);

/// <summary>What became of a wallet change: done (with what it made), not found (or not the caller's), or refused with the field and reason.</summary>
public abstract record WalletOutcome
{
    public sealed record Done(object? Result = null) : WalletOutcome;

    public sealed record NotFound : WalletOutcome;

    public sealed record Refused(string Field, string Reason, params object[] Arguments) : WalletOutcome;
}

/// <summary>
/// The migrant's document wallet: they keep scans of their documents, see when one ends, and ask
/// an organisation to confirm one; the organisation's staff see the requests made to them, read
/// that document (each reading audited) and confirm or decline it.
/// </summary>
public sealed class WalletDesk(PathwayDbContext db, ITenantScopeAccessor scope, OrganisationDirectory directory, TimeProvider clock)
{
    private Guid TenantId => scope.Current.TenantId;

    private IQueryable<WalletDocument> Documents => db.Set<WalletDocument>().Where(d => d.TenantId == TenantId);

    /// <summary>Today in the office's time zone: a document valid until today is valid all day there.</summary>
    public Task<DateOnly> TodayAsync(CancellationToken cancellationToken = default) => directory.TodayOfAsync(TenantId, cancellationToken);

    /// <summary>The caller's documents, those ending soonest first, then the rest by upload.</summary>
    public async Task<IReadOnlyList<WalletEntry>> MineAsync(ClaimsPrincipal owner, CancellationToken cancellationToken = default)
    {
        var id = owner.GetUserId();
        var documents = await Documents.AsNoTracking().Include(d => d.Confirmations).Where(d => d.OwnerId == id)
            .Select(d => new WalletDocument
            {
                Id = d.Id, Title = d.Title, DocumentSlug = d.DocumentSlug, ExpiresOn = d.ExpiresOn, FileName = d.FileName, ContentType = d.ContentType,
                Size = d.Size, UploadedAt = d.UploadedAt, Confirmations = d.Confirmations,
            })
            .ToListAsync(cancellationToken);
        return [.. documents.OrderBy(d => d.ExpiresOn is null).ThenBy(d => d.ExpiresOn).ThenByDescending(d => d.UploadedAt).Select(WalletEntry.Of)];
    }

    /// <summary>The organisations a migrant may ask to confirm a document: the office's units and its partner NGOs.</summary>
    public async Task<IReadOnlyList<Organisation>> OrganisationsAsync(CancellationToken cancellationToken = default) =>
        [.. (await directory.GetAsync(cancellationToken)).Organisations.Where(o => o.TenantId == TenantId).OrderBy(o => o.Kind).ThenBy(o => o.Name, StringComparer.CurrentCulture)];

    /// <summary>Keeps a document the upload check took (<see cref="UploadCheck"/>).</summary>
    public async Task<WalletEntry> AddAsync(ClaimsPrincipal owner, WalletInput input, string fileName, ContentVerdict.Accepted file, byte[] content, CancellationToken cancellationToken = default)
    {
        var document = new WalletDocument
        {
            TenantId = TenantId, OwnerId = owner.GetUserId() ?? throw new InvalidOperationException("A wallet has a signed-in owner."),
            OwnerName = owner.Identity?.Name ?? "", Title = input.Title, DocumentSlug = input.DocumentSlug, ExpiresOn = input.ExpiresOn,
            FileName = UploadCheck.CleanName(fileName, file.Kind, WalletDocument.MaxFileNameLength), ContentType = file.ContentType, Content = content,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)), Size = content.Length, UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(document);
        db.Audit(new AuditRecord(AuditAction.Create, nameof(WalletDocument), document.Id.ToString(), Details: document.ContentType));
        await db.SaveChangesAsync(cancellationToken);
        return WalletEntry.Of(document);
    }

    /// <summary>Removes one of the caller's documents, with the requests made about it.</summary>
    public async Task<WalletOutcome> RemoveAsync(Guid id, ClaimsPrincipal owner, CancellationToken cancellationToken = default)
    {
        var ownerId = owner.GetUserId();
        var document = await Documents.Include(d => d.Confirmations).FirstOrDefaultAsync(d => d.Id == id && d.OwnerId == ownerId, cancellationToken);
        if (document is null)
        {
            return new WalletOutcome.NotFound();
        }

        db.RemoveRange(document.Confirmations);
        db.Remove(document);
        db.Audit(new AuditRecord(AuditAction.Delete, nameof(WalletDocument), id.ToString()));
        await db.SaveChangesAsync(cancellationToken);
        return new WalletOutcome.Done();
    }

    /// <summary>
    /// The file, for its owner, or for the staff of an organisation the owner asked to confirm it
    /// (while the request stands or after it was answered); every reading is audited.
    /// </summary>
    public async Task<WalletDocument?> FileAsync(Guid id, ClaimsPrincipal reader, bool staff, CancellationToken cancellationToken = default)
    {
        var readerId = reader.GetUserId();
        var current = scope.Current;
        var document = await Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id
            && ((!staff && d.OwnerId == readerId)
                || (staff && d.Confirmations.Any(c => current.AllOrganisations || current.OrganisationIds.Contains(c.OrganisationId)))), cancellationToken);
        if (document is not null)
        {
            db.Audit(new AuditRecord(AuditAction.Read, nameof(WalletDocument), id.ToString(), Details: staff ? "file, by an organisation asked to confirm it" : "file, by its owner"));
            await db.SaveChangesAsync(cancellationToken);
        }

        return document;
    }

    /// <summary>Asks an organisation of the tenant to confirm one of the caller's documents.</summary>
    public async Task<WalletOutcome> AskAsync(Guid id, Guid organisationId, ClaimsPrincipal owner, CancellationToken cancellationToken = default)
    {
        var ownerId = owner.GetUserId();
        var document = await Documents.Include(d => d.Confirmations).FirstOrDefaultAsync(d => d.Id == id && d.OwnerId == ownerId, cancellationToken);
        if (document is null)
        {
            return new WalletOutcome.NotFound();
        }

        var organisation = (await OrganisationsAsync(cancellationToken)).FirstOrDefault(o => o.Id == organisationId);
        if (organisation is null)
        {
            return new WalletOutcome.Refused("organisationId", "Choose one of the organisations listed.");
        }

        if (document.Confirmations.Any(c => c.OrganisationId == organisationId && c.Status != ConfirmationStatus.Declined))
        {
            return new WalletOutcome.Refused("organisationId", "{0} has been asked already.", organisation.Name);
        }

        var request = new WalletConfirmation
        {
            DocumentId = document.Id, TenantId = TenantId, OrganisationId = organisation.Id, OrganisationName = organisation.Name,
            Status = ConfirmationStatus.Requested, RequestedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(request);
        db.Audit(new AuditRecord(AuditAction.Create, nameof(WalletConfirmation), request.Id.ToString(), Details: "asked " + organisation.Id));
        await db.SaveChangesAsync(cancellationToken);
        return new WalletOutcome.Done(ConfirmationEntry.Of(request));
    }

    /// <summary>The requests made to the caller's organisations, open ones first; the reading is audited.</summary>
    public async Task<IReadOnlyList<ConfirmationRequest>> RequestsAsync(CancellationToken cancellationToken = default)
    {
        var current = scope.Current;
        var rows = await db.Set<WalletConfirmation>().AsNoTracking()
            .Where(c => c.TenantId == TenantId && (current.AllOrganisations || current.OrganisationIds.Contains(c.OrganisationId)))
            .Join(Documents, c => c.DocumentId, d => d.Id, (c, d) => new { Confirmation = c, d.OwnerName, d.Title, d.ExpiresOn, d.FileName, d.UploadedAt })
            .ToListAsync(cancellationToken);
        db.Audit(new AuditRecord(AuditAction.Read, nameof(WalletConfirmation), "", Details: $"{rows.Count} requests"));
        await db.SaveChangesAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Confirmation.Status != ConfirmationStatus.Requested).ThenBy(r => r.Confirmation.RequestedAt)
            .Select(r => new ConfirmationRequest(r.Confirmation.DocumentId, r.OwnerName, r.Title, r.ExpiresOn, r.FileName, r.UploadedAt, ConfirmationEntry.Of(r.Confirmation)))];
    }

    /// <summary>Confirms or declines an open request made to one of the caller's organisations.</summary>
    public async Task<WalletOutcome> DecideAsync(Guid confirmationId, bool confirm, string? note, ClaimsPrincipal by, CancellationToken cancellationToken = default)
    {
        var current = scope.Current;
        var request = await db.Set<WalletConfirmation>().FirstOrDefaultAsync(c => c.Id == confirmationId && c.TenantId == TenantId
            && (current.AllOrganisations || current.OrganisationIds.Contains(c.OrganisationId)), cancellationToken);
        if (request is null)
        {
            return new WalletOutcome.NotFound();
        }

        if (request.Status != ConfirmationStatus.Requested)
        {
            return new WalletOutcome.Refused("confirm", "This request has been answered already.");
        }

        request.Status = confirm ? ConfirmationStatus.Confirmed : ConfirmationStatus.Declined;
        request.DecidedAt = clock.GetUtcNow().UtcDateTime;
        request.DecidedBy = by.Identity?.Name ?? "";
        request.Note = note;
        var document = await Documents.AsNoTracking().Where(d => d.Id == request.DocumentId).Select(d => new { d.OwnerId, d.Title }).FirstAsync(cancellationToken);
        Notifications.NotificationDesk.Tell(db, TenantId, document.OwnerId, confirm ? Notifications.NotificationKind.DocumentConfirmed : Notifications.NotificationKind.DocumentDeclined,
            document.Title, request.OrganisationName, "my/documents", request.DecidedAt.Value);
        db.Audit(new AuditRecord(AuditAction.Update, nameof(WalletConfirmation), request.Id.ToString(), Details: request.Status.ToString()));
        await db.SaveChangesAsync(cancellationToken);
        return new WalletOutcome.Done(ConfirmationEntry.Of(request));
    }
}
