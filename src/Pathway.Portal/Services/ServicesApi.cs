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

namespace Pathway.Portal.Services;

/// <summary>A service as the API lists it.</summary>
public sealed record ServiceAnswer(
    Guid Id, string Slug, string Title, string Language, bool IsFallback, ServiceCategory Category, IReadOnlyList<string> Languages,
    StaffGender StaffGender, IReadOnlyList<string> TargetGroups, string District, string PlaceName, string Address, double? Latitude, double? Longitude,
    string OpeningHours, string? Phone, string? Email, string? Website, bool Free)
{
    public static ServiceAnswer Of(PublishedService s) => new(
        s.Content.Id, s.Content.Slug, s.Content.Title, s.Content.Language, s.Content.IsFallback, s.Details.Category, s.Details.LanguageCodes, s.Details.StaffGender,
        s.Details.GroupKeys, s.Details.District, s.Details.PlaceName, s.Details.Address, s.Details.Latitude, s.Details.Longitude, s.Details.OpeningHours,
        s.Details.Phone, s.Details.Email, s.Details.Website, s.Details.Free);
}

/// <summary>A reader's rating: one to five stars, and the language they read in.</summary>
public sealed record RatingRequest(int? Stars, string? Lang);

/// <summary>The directory as the API gives it: the services a filter keeps, and what the district and language filters can be set to.</summary>
public sealed record DirectoryAnswer(IReadOnlyList<ServiceAnswer> Services, IReadOnlyList<string> Districts, IReadOnlyList<string> Languages);

internal static class ServicesApi
{
    public static IEndpointRouteBuilder MapServicesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/portal/services", ListAsync).AllowAnonymous().RequireFeature(PortalFeatures.Services).CacheOutput(Pathway.Platform.Caching.PublicPages.Policy)
            .WithTags("Portal: services").WithName("ListPortalServices")
            .WithSummary("The service directory, named in the language asked for (lang) or the fallback; narrowed by category, language spoken, target group, staff (Women or Men: someone of that gender serves) and district");
        routes.MapGet("/api/v1/portal/services/gaps", GapsAsync).RequireAuthorization(PortalPermissions.ServicesGaps).RequireFeature(PortalFeatures.Services)
            .WithTags("Portal: services").WithName("GetServiceGaps")
            .WithSummary("For the authority: per district, how many services (of a category) speak each language; a zero is a gap");
        routes.MapPut("/api/v1/portal/content/{id:guid}/service", SaveAsync).RequireAuthorization(PortalPermissions.ContentEdit)
            .WithTags("Portal: services").WithName("SaveServiceDetails")
            .WithSummary("A service's facts: category, languages spoken, staff, target groups, district, place, coordinates, hours, telephone, e-mail, website, free or not");
        routes.MapPost("/api/v1/portal/services/{slug}/ratings", RateAsync).AllowAnonymous().RequireFeature(PortalFeatures.Services).RequireRateLimiting(Feedback.FeedbackApi.Limit)
            .WithTags("Portal: services").WithName("RatePortalService")
            .WithSummary("A reader's rating of a service, one to five stars, kept without who gave it");
        routes.MapGet("/api/v1/portal/services/{slug}/ratings", RatingsAsync).AllowAnonymous().RequireFeature(PortalFeatures.Services)
            .WithTags("Portal: services").WithName("GetPortalServiceRatings")
            .WithSummary("How many rated a service, the mean, and how many gave each number of stars (byStars[0] is one star)");
        // The service page's own form, so rating works without JavaScript (no session rides on it: see FeedbackApi).
        routes.MapPost("/portal/articles/{slug}/rating", RateFormAsync).AllowAnonymous().RequireFeature(PortalFeatures.Services).DisableAntiforgery().RequireRateLimiting(Feedback.FeedbackApi.Limit).ExcludeFromDescription();
        return routes;
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> RateAsync(
        string slug, RatingRequest request, ServiceRatings ratings, IStringLocalizer<PortalText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var language = ContentRequests.ReaderLanguage(request.Lang, errors);
        var stars = Stars(request.Stars, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await ratings.RateAsync(slug, stars!.Value, language!, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<RatingSummary>, NotFound>> RatingsAsync(string slug, ContentDesk content, ServiceRatings ratings, CancellationToken cancellationToken) =>
        await content.PublishedAsync(slug, SupportedCultures.Current.Code, static _ => false, cancellationToken) is { Kind: ContentKind.Service } service
            ? TypedResults.Ok(await ratings.SummaryAsync(service.Id, cancellationToken))
            : TypedResults.NotFound();

    private static async Task<IResult> RateFormAsync(
        string slug, [Microsoft.AspNetCore.Mvc.FromForm(Name = "Stars")] string? stars, ServiceRatings ratings, IStringLocalizer<PortalText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var given = Stars(int.TryParse(stars, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null, errors);
        var outcome = errors.Any ? "invalid"
            : await ratings.RateAsync(slug, given!.Value, SupportedCultures.Current.Code, cancellationToken) ? "thanks" : null;
        return outcome is null
            ? TypedResults.NotFound()
            : TypedResults.Redirect($"{http.Request.PathBase}/portal/articles/{Uri.EscapeDataString(slug)}?rated={outcome}#rating");
    }

    private static int? Stars(int? stars, FieldErrors errors)
    {
        if (stars is >= 1 and <= ServiceRating.MaxStars)
        {
            return stars;
        }

        errors.Add("stars", "Choose one to {0} stars.", ServiceRating.MaxStars);
        return null;
    }

    private static async Task<Results<Ok<DirectoryAnswer>, ValidationProblem>> ListAsync(
        string? lang, string? category, string? language, string? group, string? staff, string? district,
        ServiceDesk desk, IStringLocalizer<PortalText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var reader = ContentRequests.ReaderLanguage(lang, errors);
        var filter = Filter(category, language, group, staff, district, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var directory = await desk.DirectoryAsync(reader!, filter, cancellationToken);
        return TypedResults.Ok(new DirectoryAnswer([.. directory.Services.Select(ServiceAnswer.Of)], directory.Districts, directory.Languages));
    }

    private static async Task<Results<Ok<ServiceGaps>, ValidationProblem>> GapsAsync(string? category, ServiceDesk desk, IStringLocalizer<PortalText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var filter = Filter(category, null, null, null, null, errors);
        return errors.Any ? TypedResults.ValidationProblem(errors.ToDictionary()) : TypedResults.Ok(await desk.GapsAsync(filter.Category, cancellationToken));
    }

    private static async Task<IResult> SaveAsync(
        Guid id, ServiceDetailsRequest request, ServiceDesk desk, IStringLocalizer<PortalText> text, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var version = ContentRequests.Version(request.Version, errors);
        var input = ServiceRequests.Check(request, errors);
        return errors.Any
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : ContentApi.Answer(await desk.SaveDetailsAsync(id, version!.Value, input!, http.User, cancellationToken), text, clock, errors);
    }

    /// <summary>A reader's filter from the query, each wrong value named; empty values are "any".</summary>
    public static ServiceFilter Filter(string? category, string? language, string? group, string? staff, string? district, FieldErrors errors)
    {
        ServiceCategory? kind = null;
        if (!string.IsNullOrEmpty(category))
        {
            if (Enum.TryParse<ServiceCategory>(category, ignoreCase: true, out var c) && Enum.IsDefined(c))
            {
                kind = c;
            }
            else
            {
                errors.Add("category", "Choose what the service helps with.");
            }
        }

        var spoken = string.IsNullOrEmpty(language) ? null : language.Trim().ToLowerInvariant();
        if (spoken is not null && !ServiceRequests.IsLanguage(spoken))
        {
            errors.Add("language", "\"{0}\" is not a language code (such as uk, ru or ka).", spoken);
        }

        var target = string.IsNullOrEmpty(group) ? null : group;
        if (target is not null && !TargetGroups.All.Contains(target, StringComparer.Ordinal))
        {
            errors.Add("group", "Choose the groups from the list, or none when it is for everyone.");
        }

        StaffGender? served = null;
        if (!string.IsNullOrEmpty(staff))
        {
            if (Enum.TryParse<StaffGender>(staff, ignoreCase: true, out var s) && s is StaffGender.Women or StaffGender.Men)
            {
                served = s;
            }
            else
            {
                errors.Add("staff", "Choose women or men, or leave it open.");
            }
        }

        var place = string.IsNullOrWhiteSpace(district) ? null : district.Trim();
        return new ServiceFilter(kind, spoken, target, served, place);
    }
}
