using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Platform.Modules;
using Pathway.Portal.Content;
using Pathway.Portal.Localization;

namespace Pathway.Portal.Events;

/// <summary>An event as the API lists it.</summary>
public sealed record EventAnswer(
    Guid Id, string Slug, string Title, string Language, bool IsFallback, DateTime StartsAt, DateTime EndsAt, string PlaceName, string Address,
    double? Latitude, double? Longitude, string? OnlineUrl, IReadOnlyList<string> Languages, int Capacity, int PlacesLeft, int Waiting)
{
    public static EventAnswer Of(PublishedEvent item) => new(
        item.Content.Id, item.Content.Slug, item.Content.Title, item.Content.Language, item.Content.IsFallback, item.Details.StartsAt, item.Details.EndsAt,
        item.Details.PlaceName, item.Details.Address, item.Details.Latitude, item.Details.Longitude, item.Details.OnlineUrl, item.Details.LanguageCodes,
        item.Details.Capacity, item.PlacesLeft, item.Waiting);
}

/// <summary>A sign-up as its migrant sees it.</summary>
public sealed record SignupAnswer(SignupStatus Status, int? WaitingPosition);

/// <summary>A sign-up as the organisers see it.</summary>
public sealed record SignupListEntry(string Name, string Language, SignupStatus Status, DateTime SignedUpAt);

internal static class EventsApi
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/events.ics", FeedAsync).AllowAnonymous().CacheOutput(Pathway.Platform.Caching.PublicPages.Policy).WithTags("Portal: events").WithName("EventsCalendarFeed").RequireFeature(PortalFeatures.Events)
            .WithSummary("The coming events as an iCalendar feed (RFC 5545); lang=uk keeps the events held in Ukrainian and titles them in it");

        var reading = routes.MapGroup("/api/v1/portal/events").WithTags("Portal: events").RequireFeature(PortalFeatures.Events);
        reading.MapGet("/", ListAsync).AllowAnonymous().CacheOutput(Pathway.Platform.Caching.PublicPages.Policy).WithName("ListPortalEvents")
            .WithSummary("The coming events, soonest first, titled in the language asked for (lang) or the fallback; heldIn keeps those held in one language");
        reading.MapGet("/mine", MineAsync).RequireAuthorization().WithName("MyEvents")
            .WithSummary("The events the signed-in person holds a place for or waits for (with their place on the waiting list), coming ones first, then those over");
        reading.MapPost("/{slug}/signup", SignUpAsync).RequireAuthorization().WithName("SignUpForEvent")
            .WithSummary("Takes a place for the signed-in person, or a place on the waiting list when all are taken");
        reading.MapDelete("/{slug}/signup", CancelAsync).RequireAuthorization().WithName("CancelEventSignup")
            .WithSummary("Gives up the signed-in person's place; the first on the waiting list takes it");

        var work = routes.MapGroup("/api/v1/portal/content/{id:guid}").WithTags("Portal: events").RequireAuthorization(PortalPermissions.ContentEdit);
        work.MapPut("/event", SaveDetailsAsync).WithName("SaveEventDetails")
            .WithSummary("An event's start and end (office time, or with an offset), place, coordinates, online address, languages and places");
        work.MapGet("/signups", SignupsAsync).WithName("ListEventSignups")
            .WithSummary("Who signed up and who waits, for the event's organisers; each reading is audited");
        return routes;
    }

    private static async Task<IResult> FeedAsync(string? lang, EventDesk desk, TimeProvider clock, IStringLocalizer<PortalText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var language = lang is null ? null : ContentRequests.Language(lang, "lang", errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var shown = language ?? SupportedCultures.Current.Code;
        var events = await desk.UpcomingAsync(shown, heldIn: language, cancellationToken);
        var site = EventAddresses.Site(http.Request);
        var feed = EventCalendar.Write(events, e => new Uri($"{site}/{shown}/portal/events/{e.Content.Slug}"), clock.GetUtcNow().UtcDateTime);
        return TypedResults.Text(feed, EventCalendar.MediaType);
    }

    private static async Task<Results<Ok<List<EventAnswer>>, ValidationProblem>> ListAsync(
        string? lang, string? heldIn, EventDesk desk, IStringLocalizer<PortalText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var language = ContentRequests.ReaderLanguage(lang, errors);
        var held = heldIn is null ? null : ContentRequests.Language(heldIn, "heldIn", errors);
        return errors.Any
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : TypedResults.Ok((await desk.UpcomingAsync(language!, held, cancellationToken)).Select(EventAnswer.Of).ToList());
    }

    /// <summary>An event in the signed-in person's list: the event, where they stand, and whether it is over.</summary>
    public sealed record MyEventAnswer(EventAnswer Event, SignupStatus Status, int? WaitingPosition, bool IsOver);

    private static async Task<Results<Ok<List<MyEventAnswer>>, ValidationProblem>> MineAsync(
        string? lang, EventDesk desk, IStringLocalizer<PortalText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var language = ContentRequests.ReaderLanguage(lang, errors);
        return errors.Any
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : TypedResults.Ok((await desk.MyEventsAsync(http.User, language!, cancellationToken))
                .Select(e => new MyEventAnswer(EventAnswer.Of(e.Event), e.Signup.Status, e.Signup.WaitingPosition, e.IsOver)).ToList());
    }

    private static async Task<IResult> SignUpAsync(string slug, EventDesk desk, IStringLocalizer<PortalText> text, HttpContext http, CancellationToken cancellationToken)
    {
        if (await desk.PublishedAsync(slug, SupportedCultures.Current.Code, cancellationToken) is not { } item)
        {
            return TypedResults.NotFound();
        }

        return await AnswerAsync(await desk.SignUpAsync(item.Content.Id, http.User, SupportedCultures.Current.Code, cancellationToken), item, desk, text, http, cancellationToken);
    }

    private static async Task<IResult> CancelAsync(string slug, EventDesk desk, IStringLocalizer<PortalText> text, HttpContext http, CancellationToken cancellationToken)
    {
        if (await desk.PublishedAsync(slug, SupportedCultures.Current.Code, cancellationToken) is not { } item)
        {
            return TypedResults.NotFound();
        }

        return await AnswerAsync(await desk.CancelAsync(item.Content.Id, http.User, cancellationToken), item, desk, text, http, cancellationToken);
    }

    private static async Task<IResult> AnswerAsync(SignupOutcome outcome, PublishedEvent item, EventDesk desk, IStringLocalizer<PortalText> text, HttpContext http, CancellationToken cancellationToken) =>
        outcome switch
        {
            SignupOutcome.NotFound => TypedResults.NotFound(),
            SignupOutcome.Over => TypedResults.Problem(title: text["This event is over."], statusCode: StatusCodes.Status409Conflict),
            SignupOutcome.NotSignedUp => TypedResults.Problem(title: text["You have no place at this event."], statusCode: StatusCodes.Status404NotFound),
            SignupOutcome.Cancelled => TypedResults.Ok(new SignupAnswer(SignupStatus.Cancelled, null)),
            _ => TypedResults.Ok(await desk.MineAsync(item.Content.Id, http.User, cancellationToken) is { } mine
                ? new SignupAnswer(mine.Status, mine.WaitingPosition)
                : new SignupAnswer(SignupStatus.Cancelled, null)),
        };

    private static async Task<IResult> SaveDetailsAsync(
        Guid id, EventDetailsRequest request, EventDesk desk, IStringLocalizer<PortalText> text, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var version = ContentRequests.Version(request.Version, errors);
        var input = EventRequests.Check(request, await desk.ZoneAsync(cancellationToken), errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return ContentApi.Answer(await desk.SaveDetailsAsync(id, version!.Value, input!, http.User, cancellationToken), text, clock, errors);
    }

    private static async Task<Results<Ok<List<SignupListEntry>>, NotFound>> SignupsAsync(Guid id, EventDesk desk, CancellationToken cancellationToken) =>
        await desk.SignupsAsync(id, cancellationToken) is { } signups
            ? TypedResults.Ok(signups.Select(s => new SignupListEntry(s.DisplayName, s.Language, s.Status, s.SignedUpAt)).ToList())
            : TypedResults.NotFound();
}
