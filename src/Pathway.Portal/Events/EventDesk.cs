using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Caching;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Portal.Content;

namespace Pathway.Portal.Events;

/// <summary>An event as a reader sees it: its text in their language (or the fallback), its details, and the places left.</summary>
public sealed record PublishedEvent(PublishedContent Content, EventDetails Details, int Confirmed, int Waiting)
{
    public int PlacesLeft => Math.Max(0, Details.Capacity - Confirmed);
}

/// <summary>A migrant's own sign-up: their status and, on the waiting list, their place in it (1 is next).</summary>
public sealed record MySignup(SignupStatus Status, int? WaitingPosition);

/// <summary>An event a person signed up for, with where they stand; <see cref="IsOver"/> once it has ended.</summary>
public sealed record MyEvent(PublishedEvent Event, MySignup Signup, bool IsOver);

/// <summary>The details an editor gives, already checked (<see cref="EventRequests"/>).</summary>
public sealed record EventInput(DateTime StartsAt, DateTime EndsAt, string PlaceName, string Address, double? Latitude, double? Longitude, string? OnlineUrl, IReadOnlyList<string> Languages, int Capacity);

/// <summary>What became of a sign-up or a cancellation.</summary>
public enum SignupOutcome
{
    Confirmed,
    Waiting,
    Cancelled,
    NotFound,
    Over,
    NotSignedUp,
}

/// <summary>
/// Events and courses: their details, the list readers see, and sign-up with a waiting list. A place
/// freed by a cancellation goes to the first on the waiting list at once.
/// </summary>
public sealed class EventDesk(PathwayDbContext db, ContentDesk content, ITenantScopeAccessor scope, OrganisationDirectory directory, TimeProvider clock, PublicPageCache pages)
{
    private Guid TenantId => scope.Current.TenantId;

    /// <summary>The office's time zone: editors give and readers read the times in it.</summary>
    public Task<TimeZoneInfo> ZoneAsync(CancellationToken cancellationToken = default) => directory.ZoneOfAsync(TenantId, cancellationToken);

    public async Task<EventDetails?> DetailsAsync(Guid itemId, CancellationToken cancellationToken = default) =>
        await db.Set<EventDetails>().AsNoTracking().FirstOrDefaultAsync(d => d.ItemId == itemId && d.TenantId == TenantId, cancellationToken);

    /// <summary>Sets an event's date, place, languages and places; for items of kind Event, by their editors.</summary>
    public async Task<ContentOutcome> SaveDetailsAsync(Guid itemId, int version, EventInput input, ClaimsPrincipal by, CancellationToken cancellationToken = default)
    {
        var details = await db.Set<EventDetails>().FirstOrDefaultAsync(d => d.ItemId == itemId && d.TenantId == TenantId, cancellationToken);
        return await content.ChangeAsync(itemId, version, by, "event", (item, _, _) =>
        {
            if (item.Kind != ContentKind.Event)
            {
                return new ContentOutcome.Refused("kind", "Only an item of the kind event or course has a date and a place.");
            }

            if (details is null)
            {
                details = new EventDetails { ItemId = item.Id, TenantId = item.TenantId };
                db.Add(details);
            }

            details.StartsAt = input.StartsAt;
            details.EndsAt = input.EndsAt;
            details.PlaceName = input.PlaceName;
            details.Address = input.Address;
            details.Latitude = input.Latitude;
            details.Longitude = input.Longitude;
            details.OnlineUrl = input.OnlineUrl;
            details.Languages = string.Join(' ', input.Languages);
            details.Capacity = input.Capacity;
            return null;
        }, cancellationToken);
    }

    /// <summary>Events not over yet, soonest first, each in the reader's language or the fallback; <paramref name="heldIn"/> keeps those held in one language.</summary>
    public async Task<IReadOnlyList<PublishedEvent>> UpcomingAsync(string language, string? heldIn = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var details = await db.Set<EventDetails>().AsNoTracking().Where(d => d.TenantId == TenantId && d.EndsAt >= now).ToListAsync(cancellationToken);
        if (heldIn is not null)
        {
            details = [.. details.Where(d => d.LanguageCodes.Contains(heldIn, StringComparer.Ordinal))];
        }

        var ids = details.Select(d => d.ItemId).ToList();
        var items = await db.Set<ContentItem>().AsNoTracking().Include(i => i.Texts).Where(i => i.TenantId == TenantId && ids.Contains(i.Id)).ToListAsync(cancellationToken);
        var counts = await CountsAsync(ids, cancellationToken);
        return [.. details
            .Select(d => (Details: d, Content: items.FirstOrDefault(i => i.Id == d.ItemId) is { } item ? ContentDesk.Read(item, language) : null))
            .Where(e => e.Content is not null)
            .OrderBy(e => e.Details.StartsAt)
            .Select(e => Published(e.Content!, e.Details, counts))];
    }

    /// <summary>One published event with its text as HTML; null when there is none (or its text is unpublished).</summary>
    public async Task<PublishedEvent?> PublishedAsync(string slug, string language, CancellationToken cancellationToken = default)
    {
        var published = await content.PublishedAsync(slug, language, cancellationToken);
        if (published is not { Kind: ContentKind.Event } || await DetailsAsync(published.Id, cancellationToken) is not { } details)
        {
            return null;
        }

        return Published(published, details, await CountsAsync([details.ItemId], cancellationToken));
    }

    private static PublishedEvent Published(PublishedContent content, EventDetails details, Dictionary<(Guid, SignupStatus), int> counts) =>
        new(content, details, counts.GetValueOrDefault((details.ItemId, SignupStatus.Confirmed)), counts.GetValueOrDefault((details.ItemId, SignupStatus.Waiting)));

    private async Task<Dictionary<(Guid, SignupStatus), int>> CountsAsync(List<Guid> ids, CancellationToken cancellationToken) =>
        (await db.Set<EventSignup>().AsNoTracking()
            .Where(s => s.TenantId == TenantId && ids.Contains(s.ItemId) && s.Status != SignupStatus.Cancelled)
            .GroupBy(s => new { s.ItemId, s.Status })
            .Select(g => new { g.Key.ItemId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken))
        .ToDictionary(c => (c.ItemId, c.Status), c => c.Count);

    /// <summary>The signed-in migrant's sign-up for an event; null when they have none standing.</summary>
    public async Task<MySignup?> MineAsync(Guid itemId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (user.GetUserId() is not { } userId)
        {
            return null;
        }

        var signups = await Standing(itemId).AsNoTracking().ToListAsync(cancellationToken);
        var mine = signups.FirstOrDefault(s => s.UserId == userId);
        return mine is null ? null : new MySignup(mine.Status, mine.Status == SignupStatus.Waiting ? WaitingPosition(signups, mine) : null);
    }

    /// <summary>
    /// The events the signed-in person holds a place for or waits for, coming ones first (soonest
    /// first), then those over (latest first); each titled in <paramref name="language"/> or the fallback.
    /// </summary>
    public async Task<IReadOnlyList<MyEvent>> MyEventsAsync(ClaimsPrincipal user, string language, CancellationToken cancellationToken = default)
    {
        if (user.GetUserId() is not { } userId)
        {
            return [];
        }

        var ids = await db.Set<EventSignup>().AsNoTracking()
            .Where(s => s.TenantId == TenantId && s.UserId == userId && s.Status != SignupStatus.Cancelled).Select(s => s.ItemId).ToListAsync(cancellationToken);
        var standing = await db.Set<EventSignup>().AsNoTracking()
            .Where(s => s.TenantId == TenantId && ids.Contains(s.ItemId) && s.Status != SignupStatus.Cancelled).ToListAsync(cancellationToken);
        var details = await db.Set<EventDetails>().AsNoTracking().Where(d => d.TenantId == TenantId && ids.Contains(d.ItemId)).ToListAsync(cancellationToken);
        var items = await db.Set<ContentItem>().AsNoTracking().Include(i => i.Texts).Where(i => i.TenantId == TenantId && ids.Contains(i.Id)).ToListAsync(cancellationToken);
        var counts = standing.GroupBy(s => (s.ItemId, s.Status)).ToDictionary(g => g.Key, g => g.Count());
        var now = clock.GetUtcNow().UtcDateTime;
        var mine = details
            .Select(d => (Details: d, Content: items.FirstOrDefault(i => i.Id == d.ItemId) is { } item ? ContentDesk.Read(item, language) : null))
            .Where(e => e.Content is not null)
            .Select(e =>
            {
                var signups = standing.Where(s => s.ItemId == e.Details.ItemId).ToList();
                var own = signups.First(s => s.UserId == userId);
                var signup = new MySignup(own.Status, own.Status == SignupStatus.Waiting ? WaitingPosition(signups, own) : null);
                return new MyEvent(Published(e.Content!, e.Details, counts), signup, e.Details.EndsAt < now);
            })
            .ToList();
        return [.. mine.Where(e => !e.IsOver).OrderBy(e => e.Event.Details.StartsAt), .. mine.Where(e => e.IsOver).OrderByDescending(e => e.Event.Details.StartsAt)];
    }

    private static int WaitingPosition(List<EventSignup> signups, EventSignup mine) =>
        signups.Where(s => s.Status == SignupStatus.Waiting).OrderBy(s => s.SignedUpAt).ThenBy(s => s.Id).ToList().IndexOf(mine) + 1;

    private IQueryable<EventSignup> Standing(Guid itemId) =>
        db.Set<EventSignup>().Where(s => s.TenantId == TenantId && s.ItemId == itemId && s.Status != SignupStatus.Cancelled);

    /// <summary>Takes a place, or a place on the waiting list when all are taken. Signing up twice changes nothing.</summary>
    public Task<SignupOutcome> SignUpAsync(Guid itemId, ClaimsPrincipal user, string language, CancellationToken cancellationToken = default) =>
        UnderSignupLockAsync(itemId, cancellationToken, (details, signups, now) =>
        {
            var userId = user.GetUserId()!.Value;
            var mine = signups.FirstOrDefault(s => s.UserId == userId);
            if (mine is { Status: not SignupStatus.Cancelled })
            {
                return mine.Status == SignupStatus.Confirmed ? SignupOutcome.Confirmed : SignupOutcome.Waiting;
            }

            var confirmed = signups.Count(s => s.Status == SignupStatus.Confirmed);
            var status = confirmed < details.Capacity ? SignupStatus.Confirmed : SignupStatus.Waiting;
            if (mine is null)
            {
                mine = new EventSignup { TenantId = TenantId, ItemId = itemId, UserId = userId };
                db.Add(mine);
            }

            mine.DisplayName = Truncate(user.Identity?.Name ?? "", EventSignup.MaxNameLength);
            mine.Language = language;
            mine.Status = status;
            mine.SignedUpAt = now;
            mine.CancelledAt = null;
            db.Audit(new AuditRecord(AuditAction.Create, nameof(EventSignup), mine.Id.ToString(), Details: status.ToString()));
            return status == SignupStatus.Confirmed ? SignupOutcome.Confirmed : SignupOutcome.Waiting;
        });

    /// <summary>Gives up a place (or a place on the waiting list); a freed place goes to the first who waits.</summary>
    public Task<SignupOutcome> CancelAsync(Guid itemId, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        UnderSignupLockAsync(itemId, cancellationToken, (details, signups, now) =>
        {
            var userId = user.GetUserId()!.Value;
            var mine = signups.FirstOrDefault(s => s.UserId == userId && s.Status != SignupStatus.Cancelled);
            if (mine is null)
            {
                return SignupOutcome.NotSignedUp;
            }

            var freed = mine.Status == SignupStatus.Confirmed;
            mine.Status = SignupStatus.Cancelled;
            mine.CancelledAt = now;
            db.Audit(new AuditRecord(AuditAction.Update, nameof(EventSignup), mine.Id.ToString(), Details: "cancelled"));
            var confirmed = signups.Count(s => s.Status == SignupStatus.Confirmed);
            foreach (var next in signups.Where(s => s.Status == SignupStatus.Waiting).OrderBy(s => s.SignedUpAt).ThenBy(s => s.Id).Take(freed ? Math.Max(0, details.Capacity - confirmed) : 0))
            {
                next.Status = SignupStatus.Confirmed;
                db.Audit(new AuditRecord(AuditAction.Update, nameof(EventSignup), next.Id.ToString(), Details: "moved up from the waiting list"));
            }

            return SignupOutcome.Cancelled;
        });

    /// <summary>
    /// Runs a change of an event's sign-ups against their state as read, and raises the event's
    /// sign-up version with it: of two changes at once, the second is run again on what the first wrote.
    /// </summary>
    private async Task<SignupOutcome> UnderSignupLockAsync(
        Guid itemId, CancellationToken cancellationToken, Func<EventDetails, List<EventSignup>, DateTime, SignupOutcome> change)
    {
        for (var attempt = 0; ; attempt++)
        {
            var details = await db.Set<EventDetails>().FirstOrDefaultAsync(d => d.ItemId == itemId && d.TenantId == TenantId, cancellationToken);
            if (details is null)
            {
                return SignupOutcome.NotFound;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            if (details.EndsAt < now)
            {
                return SignupOutcome.Over;
            }

            var signups = await db.Set<EventSignup>().Where(s => s.TenantId == TenantId && s.ItemId == itemId).ToListAsync(cancellationToken);
            var outcome = change(details, signups, now);
            if (!db.ChangeTracker.HasChanges())
            {
                return outcome;
            }

            details.SignupVersion++;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await pages.EvictAsync(PublicPages.PortalTag, cancellationToken); // the places left changed
                return outcome;
            }
            catch (DbUpdateException) when (attempt < 4)
            {
                // Someone else's sign-up came first (the version, or the one-row-per-person index): read again.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Who signed up, for the event's organisers (null for anyone else): personal data, so each reading is audited.</summary>
    public async Task<IReadOnlyList<EventSignup>?> SignupsAsync(Guid itemId, CancellationToken cancellationToken = default)
    {
        var organisation = await db.Set<ContentItem>().AsNoTracking().Where(i => i.Id == itemId && i.TenantId == TenantId).Select(i => (Guid?)i.OrganisationId).FirstOrDefaultAsync(cancellationToken);
        if (organisation is null || (!scope.Current.AllOrganisations && !scope.Current.OrganisationIds.Contains(organisation.Value)))
        {
            return null; // another organisation's event: its list is not theirs to read
        }

        var signups = await db.Set<EventSignup>().AsNoTracking().Where(s => s.TenantId == TenantId && s.ItemId == itemId)
            .OrderBy(s => s.Status).ThenBy(s => s.SignedUpAt).ToListAsync(cancellationToken);
        db.Audit(new AuditRecord(AuditAction.Read, nameof(EventSignup), itemId.ToString(), Details: $"{signups.Count} sign-ups"));
        await db.SaveChangesAsync(cancellationToken);
        return signups;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
