using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Portal.Localization;

namespace Pathway.Portal.Notifications;

/// <summary>A notification as its reader gets it: in their language now.</summary>
public sealed record NotificationView(Guid Id, NotificationKind Kind, string Text, string Link, DateTime CreatedAt, DateTime? ReadAt);

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
