using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Portal.Localization;

namespace Pathway.Portal.Notifications;

/// <summary>A notification as its reader gets it: in their language now.</summary>
public sealed record NotificationView(Guid Id, NotificationKind Kind, string Text, string Link, DateTime CreatedAt, DateTime? ReadAt);

/// <summary>Whether one kind of notification is also sent by e-mail, with its name in the reader's language.</summary>
public sealed record MailChoice(NotificationKind Kind, string Label, bool Mailed);

/// <summary>Where a person's notifications are mailed (mail goes only to a confirmed address) and which kinds are.</summary>
public sealed record MailChoices(string? Address, bool AddressConfirmed, IReadOnlyList<MailChoice> Kinds);

/// <summary>What the platform tells a person, and their reading of it.</summary>
public sealed class NotificationDesk(PathwayDbContext db, ITenantScopeAccessor scope, IStringLocalizer<PortalText> text, TimeProvider clock)
{
    public const int Shown = 50;

    /// <summary>Adds a notification to the context; the caller's save writes it with the change it tells of.</summary>
    public static Notification Tell(PathwayDbContext db, Guid tenantId, Guid userId, NotificationKind kind, string first, string? second, string link, DateTime at)
    {
        var notification = new Notification
        {
            TenantId = tenantId, UserId = userId, Kind = kind, First = Cut(first), Second = second is null ? null : Cut(second), Link = link, CreatedAt = at,
        };
        notification.Told();
        db.Add(notification);
        return notification;
    }

    /// <summary>The reader's latest notifications, newest first, in the current UI language.</summary>
    public async Task<IReadOnlyList<NotificationView>> MineAsync(ClaimsPrincipal reader, CancellationToken cancellationToken = default)
    {
        var id = reader.GetUserId();
        var tenant = scope.Current.TenantId;
        var rows = await db.Set<Notification>().AsNoTracking().Where(n => n.TenantId == tenant && n.UserId == id)
            .OrderByDescending(n => n.CreatedAt).Take(Shown).ToListAsync(cancellationToken);
        return [.. rows.Select(n => new NotificationView(n.Id, n.Kind, Words(n), n.Link, n.CreatedAt, n.ReadAt))];
    }

    /// <summary>Marks every notification of the reader read; how many were unread.</summary>
    public async Task<int> MarkReadAsync(ClaimsPrincipal reader, CancellationToken cancellationToken = default)
    {
        var id = reader.GetUserId();
        var tenant = scope.Current.TenantId;
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<Notification>().Where(n => n.TenantId == tenant && n.UserId == id && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    /// <summary>Where the reader's notifications are mailed and which kinds they chose to get by e-mail.</summary>
    public async Task<MailChoices> MailChoicesAsync(ClaimsPrincipal reader, CancellationToken cancellationToken = default)
    {
        var id = reader.GetUserId();
        var tenant = scope.Current.TenantId;
        var off = await db.Set<MailOptOut>().AsNoTracking().Where(o => o.TenantId == tenant && o.UserId == id).Select(o => o.Kind).ToListAsync(cancellationToken);
        return await ChoicesAsync(id, k => !off.Contains(k), cancellationToken);
    }

    /// <summary>
    /// The kinds named, by their names; null (and the field named) where one is no kind of
    /// notification or the list is missing. An empty list is a choice: no e-mail at all.
    /// </summary>
    public static IReadOnlySet<NotificationKind>? ParseMailed(IEnumerable<string?>? names, FieldErrors errors)
    {
        if (names is null)
        {
            errors.Add("mailed", "Say which notifications to send by e-mail (an empty list sends none).");
            return null;
        }

        var mailed = new HashSet<NotificationKind>();
        foreach (var name in names)
        {
            // By its name only: a number or another spelling is no kind a reader was offered.
            if (name is not null && Enum.GetNames<NotificationKind>().Contains(name, StringComparer.Ordinal))
            {
                mailed.Add(Enum.Parse<NotificationKind>(name));
            }
            else
            {
                errors.Add("mailed", "{0} is not a kind of notification.", name ?? "null");
            }
        }

        return errors.Has("mailed") ? null : mailed;
    }

    /// <summary>Mails the reader the kinds named and no others from now on; the choices as they now stand.</summary>
    public async Task<MailChoices> ChooseMailAsync(ClaimsPrincipal reader, IReadOnlySet<NotificationKind> mailed, CancellationToken cancellationToken = default)
    {
        var id = reader.GetUserId()!.Value;
        var tenant = scope.Current.TenantId;
        var now = clock.GetUtcNow().UtcDateTime;
        var kept = await db.Set<MailOptOut>().Where(o => o.TenantId == tenant && o.UserId == id).ToListAsync(cancellationToken);
        db.RemoveRange(kept.Where(o => mailed.Contains(o.Kind)));
        db.AddRange(Enum.GetValues<NotificationKind>().Where(k => !mailed.Contains(k) && !kept.Any(o => o.Kind == k))
            .Select(k => new MailOptOut { TenantId = tenant, UserId = id, Kind = k, At = now }));
        db.Audit(new AuditRecord(AuditAction.Update, nameof(MailOptOut), id.ToString(), Details: "mailed: " + string.Join(", ", mailed.Order())));
        await db.SaveChangesAsync(cancellationToken);
        return await ChoicesAsync(id, mailed.Contains, cancellationToken); // the kinds as just saved, not read again
    }

    private async Task<MailChoices> ChoicesAsync(Guid? id, Func<NotificationKind, bool> mailed, CancellationToken cancellationToken)
    {
        var person = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.Email, u.EmailConfirmed }).FirstOrDefaultAsync(cancellationToken);
        return new MailChoices(person?.Email, person?.EmailConfirmed ?? false, [.. Enum.GetValues<NotificationKind>().Select(k => new MailChoice(k, Label(k), mailed(k)))]);
    }

    /// <summary>Whether the person wants this kind of notification by e-mail (they do unless they said not).</summary>
    public async Task<bool> MailedAsync(Guid tenantId, Guid userId, NotificationKind kind, CancellationToken cancellationToken = default) =>
        !await db.Set<MailOptOut>().AnyAsync(o => o.TenantId == tenantId && o.UserId == userId && o.Kind == kind, cancellationToken);

    /// <summary>A kind of notification as the reader's choices name it.</summary>
    public string Label(NotificationKind kind) => kind switch
    {
        NotificationKind.DocumentEndsSoon => text["A document in my wallet ends soon"],
        NotificationKind.DocumentEnded => text["A document in my wallet has ended"],
        NotificationKind.DocumentConfirmed => text["An organisation confirmed my document"],
        NotificationKind.DocumentDeclined => text["An organisation did not confirm my document"],
        _ => kind.ToString(),
    };

    /// <summary>The notification in the current UI language.</summary>
    public string Words(Notification n) => n.Kind switch
    {
        NotificationKind.DocumentEndsSoon => text["Reminder: {0} is valid until {1}. Apply for a new one in time.", n.First, Day(n.Second)],
        NotificationKind.DocumentEnded => text["{0} ended on {1}: it is no longer valid.", n.First, Day(n.Second)],
        NotificationKind.DocumentConfirmed => text["{1} confirmed your document {0}.", n.First, n.Second ?? ""],
        NotificationKind.DocumentDeclined => text["{1} did not confirm your document {0}.", n.First, n.Second ?? ""],
        _ => n.First,
    };

    private static string Day(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day.ToString("D", CultureInfo.CurrentCulture) : iso ?? "";

    private static string Cut(string value) => value.Length <= Notification.MaxArgumentLength ? value : value[..Notification.MaxArgumentLength];
}
