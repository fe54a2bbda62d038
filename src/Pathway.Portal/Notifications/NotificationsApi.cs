using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Pathway.Portal.Notifications;

/// <summary>How many notifications the caller has marked read.</summary>
public sealed record MarkedRead(int Count);

internal static class NotificationsApi
{
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/portal/notifications").WithTags("Portal: notifications").RequireAuthorization(PortalPermissions.NotificationsRead);
        group.MapGet("/", MineAsync).WithName("MyNotifications")
            .WithSummary("The signed-in person's latest 50 notifications, newest first, in the language of the request (Accept-Language or the address's language)");
        group.MapPost("/read", ReadAsync).WithName("MarkNotificationsRead")
            .WithSummary("Marks every notification of the signed-in person read");
        return routes;
    }

    private static async Task<Ok<IReadOnlyList<NotificationView>>> MineAsync(NotificationDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.MineAsync(http.User, cancellationToken));

    private static async Task<Ok<MarkedRead>> ReadAsync(NotificationDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(new MarkedRead(await desk.MarkReadAsync(http.User, cancellationToken)));
}
