using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Portal.Content;

namespace Pathway.Portal.Pictures;

/// <summary>A document's picture without its bytes: what the page and the editors need to draw it.</summary>
public sealed record PictureInfo(Guid ItemId, string Hash, int Width, int Height, DateTime UploadedAt, string UploadedBy, IReadOnlyList<PictureSpot> Spots)
{
    /// <summary>The picture's address under the site (relative, as every page's links are); it changes with the picture.</summary>
    public string Address => $"portal/pictures/{ItemId}/{Hash}.webp";
}

/// <summary>A published document's picture as a reader sees it: the spots with their explanations in the shown language.</summary>
public sealed record PictureView(PictureInfo Picture, string Language, IReadOnlyList<SpotView> Spots);

/// <summary>A language whose text does not explain every spot, or explains more than there are.</summary>
public sealed record SpotMismatch(string Language, int Explained, int Spots);

/// <summary>Pictures that explain documents: editors upload a picture and number its parts; readers see it with its explanations.</summary>
public sealed class PictureDesk(PathwayDbContext db, ITenantScopeAccessor scope, ContentDesk content)
{
    private Guid TenantId => scope.Current.TenantId;

    public async Task<PictureInfo?> InfoAsync(Guid itemId, CancellationToken cancellationToken = default)
    {
        var picture = await db.Set<DocumentPicture>().AsNoTracking().Where(p => p.ItemId == itemId && p.TenantId == TenantId)
            .Select(p => new { p.Hash, p.Width, p.Height, p.UploadedAt, p.UploadedBy }).FirstOrDefaultAsync(cancellationToken);
        if (picture is null)
        {
            return null;
        }

        var spots = await db.Set<PictureSpot>().AsNoTracking().Where(s => s.ItemId == itemId && s.TenantId == TenantId).OrderBy(s => s.Number).ToListAsync(cancellationToken);
        return new PictureInfo(itemId, picture.Hash, picture.Width, picture.Height, picture.UploadedAt, picture.UploadedBy, spots);
    }

    /// <summary>The picture of a published document with its explanations in <paramref name="content"/>'s shown language.</summary>
    public async Task<PictureView?> ReadAsync(PublishedContent published, CancellationToken cancellationToken = default)
    {
        if (published.Kind != ContentKind.Document || await InfoAsync(published.Id, cancellationToken) is not { } picture)
        {
            return null;
        }

        var body = await db.Set<ContentText>().AsNoTracking().Where(t => t.ItemId == published.Id && t.Language == published.Language)
            .Select(t => t.Body).FirstAsync(cancellationToken);
        var entries = MarkdownText.NumberedEntries(body);
        return new PictureView(picture, published.Language, [.. picture.Spots.Select(s => new SpotView(
            s.Number, PictureSpots.Percent(s.X), PictureSpots.Percent(s.Y), s.Number <= entries.Count ? entries[s.Number - 1] : null))]);
    }

    /// <summary>
    /// The picture's bytes when <paramref name="hash"/> names the current one, and whether the document
    /// is published; an unpublished document's picture only for <paramref name="editors"/>.
    /// </summary>
    public async Task<(byte[] Image, bool Published)?> ImageAsync(Guid itemId, string hash, bool editors, CancellationToken cancellationToken = default)
    {
        var item = await db.Set<ContentItem>().AsNoTracking().Include(i => i.Texts).FirstOrDefaultAsync(i => i.Id == itemId && i.TenantId == TenantId, cancellationToken);
        var published = item is not null && ContentDesk.ShownLanguage(item, item.SourceLanguage) is not null;
        if (item is null || (!published && !editors))
        {
            return null;
        }

        var image = await db.Set<DocumentPicture>().AsNoTracking().Where(p => p.ItemId == itemId && p.TenantId == TenantId && p.Hash == hash)
            .Select(p => p.Image).FirstOrDefaultAsync(cancellationToken);
        return image is null ? null : (image, published);
    }

    /// <summary>The languages whose first numbered list has not one entry per spot.</summary>
    public async Task<IReadOnlyList<SpotMismatch>> MismatchesAsync(Guid itemId, int spots, CancellationToken cancellationToken = default)
    {
        var order = ContentDesk.Languages.ToList();
        var texts = await db.Set<ContentText>().AsNoTracking().Where(t => t.ItemId == itemId).Select(t => new { t.Language, t.Body }).ToListAsync(cancellationToken);
        return [.. texts
            .Select(t => new SpotMismatch(t.Language, MarkdownText.NumberedEntries(t.Body).Count, spots))
            .Where(m => m.Explained != m.Spots)
            .OrderBy(m => order.IndexOf(m.Language))];
    }

    /// <summary>Sets a document's picture (its spots stay where they were); for items of kind Document, by their editors.</summary>
    public async Task<ContentOutcome> SaveAsync(Guid itemId, int version, PreparedPicture prepared, ClaimsPrincipal by, CancellationToken cancellationToken = default)
    {
        var picture = await db.Set<DocumentPicture>().FirstOrDefaultAsync(p => p.ItemId == itemId && p.TenantId == TenantId, cancellationToken);
        return await content.ChangeAsync(itemId, version, by, "picture", (item, now, name) =>
        {
            if (item.Kind != ContentKind.Document)
            {
                return new ContentOutcome.Refused("kind", "Only an item of the kind document has a picture.");
            }

            if (picture is null)
            {
                picture = new DocumentPicture { ItemId = item.Id, TenantId = item.TenantId };
                db.Add(picture);
            }

            picture.Image = prepared.Image;
            picture.Hash = prepared.Hash;
            picture.Width = prepared.Width;
            picture.Height = prepared.Height;
            picture.UploadedAt = now;
            picture.UploadedBy = name;
            return null;
        }, cancellationToken);
    }

    /// <summary>Removes a document's picture and its spots (the text keeps its explanations).</summary>
    public async Task<ContentOutcome> RemoveAsync(Guid itemId, int version, ClaimsPrincipal by, CancellationToken cancellationToken = default)
    {
        var picture = await db.Set<DocumentPicture>().FirstOrDefaultAsync(p => p.ItemId == itemId && p.TenantId == TenantId, cancellationToken);
        var spots = await db.Set<PictureSpot>().Where(s => s.ItemId == itemId && s.TenantId == TenantId).ToListAsync(cancellationToken);
        return await content.ChangeAsync(itemId, version, by, "picture removed", (_, _, _) =>
        {
            if (picture is null)
            {
                return new ContentOutcome.Refused("picture", "This document has no picture.");
            }

            db.RemoveRange(spots);
            db.Remove(picture);
            return null;
        }, cancellationToken);
    }

    /// <summary>Replaces the spots: the first is number 1, and so on (percent across and down, checked by <see cref="PictureRequests"/>).</summary>
    public async Task<ContentOutcome> SaveSpotsAsync(Guid itemId, int version, IReadOnlyList<(int X, int Y)> places, ClaimsPrincipal by, CancellationToken cancellationToken = default)
    {
        var hasPicture = await db.Set<DocumentPicture>().AnyAsync(p => p.ItemId == itemId && p.TenantId == TenantId, cancellationToken);
        var spots = await db.Set<PictureSpot>().Where(s => s.ItemId == itemId && s.TenantId == TenantId).ToListAsync(cancellationToken);
        return await content.ChangeAsync(itemId, version, by, "picture spots", (item, _, _) =>
        {
            if (!hasPicture)
            {
                return new ContentOutcome.Refused("picture", "Upload a picture first: the spots are places on it.");
            }

            db.RemoveRange(spots);
            db.AddRange(places.Select((p, i) => new PictureSpot { ItemId = item.Id, TenantId = item.TenantId, Number = i + 1, X = p.X, Y = p.Y }));
            return null;
        }, cancellationToken);
    }
}
