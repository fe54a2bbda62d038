using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Portal.Localization;

namespace Pathway.Portal.Notifications;

/// <summary>How many notifications the caller has marked read.</summary>
public sealed record MarkedRead(int Count);

/// <summary>Which kinds of notification to send by e-mail from now on, by name (DocumentEndsSoon, ...); all others are not mailed.</summary>
public sealed record MailChoiceRequest(IReadOnlyList<string?>? Mailed);

internal static class NotificationsApi
{
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/portal/notifications").WithTags("Portal: notifications").RequireAuthorization(PortalPermissions.NotificationsRead);
        group.MapGet("/", MineAsync).WithName("MyNotifications")
            .WithSummary("The signed-in person's latest 50 notifications, newest first, in the language of the request (Accept-Language or the address's language)");
        group.MapPost("/read", ReadAsync).WithName("MarkNotificationsRead")
            .WithSummary("Marks every notification of the signed-in person read");
        group.MapGet("/email", MailChoicesAsync).WithName("MyNotificationMail")
            .WithSummary("Which kinds of notification the signed-in person also gets by e-mail, and the address they go to (only once it is confirmed)");
        group.MapPut("/email", ChooseMailAsync).WithName("ChooseNotificationMail")
            .WithSummary("Sends the kinds named in mailed by e-mail from now on and no others: {mailed: [\"DocumentEndsSoon\", ...]}; an empty list stops the e-mail, the portal still shows every notification");
        return routes;
    }

    private static async Task<Ok<MailChoices>> MailChoicesAsync(NotificationDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.MailChoicesAsync(http.User, cancellationToken));

    private static async Task<IResult> ChooseMailAsync(
        MailChoiceRequest request, NotificationDesk desk, IStringLocalizer<PortalText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        return NotificationDesk.ParseMailed(request.Mailed, errors) is { } mailed
            ? TypedResults.Ok(await desk.ChooseMailAsync(http.User, mailed, cancellationToken))
            : TypedResults.ValidationProblem(errors.ToDictionary());
    }

    private static async Task<Ok<IReadOnlyList<NotificationView>>> MineAsync(NotificationDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.MineAsync(http.User, cancellationToken));

    private static async Task<Ok<MarkedRead>> ReadAsync(NotificationDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(new MarkedRead(await desk.MarkReadAsync(http.User, cancellationToken)));
}
