using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Platform.Modules;
using Pathway.Portal.Content;
using Pathway.Portal.Localization;

namespace Pathway.Portal.ReadAloud;

internal static class ReadAloudApi
{
    public static IEndpointRouteBuilder MapReadAloudApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/portal/articles/{slug}/audio", AudioAsync).AllowAnonymous().RequireFeature(PortalFeatures.ReadAloud).CacheOutput(Pathway.Platform.Caching.PublicPages.Policy)
            .WithTags("Portal: read aloud").WithName("ReadContentAloud")
            .WithSummary("A published page spoken on the server (WAV, espeak-ng) in the language asked for (lang) or the fallback, for browsers without a voice for it; 503 where the server has no speech");
        return routes;
    }

    private static async Task<IResult> AudioAsync(
        string slug, string? lang, ContentDesk content, SpeechAudio speech, IStringLocalizer<PortalText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var language = ContentRequests.ReaderLanguage(lang, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (await content.PublishedWordsAsync(slug, language!, cancellationToken) is not { } words)
        {
            return TypedResults.NotFound();
        }

        if (!speech.IsAvailable)
        {
            return TypedResults.Problem(title: text["Speech made on the server is not available here."], statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var audio = await speech.SpeakAsync(words.Language, words.Title + ".\n\n" + MarkdownText.ToPlainText(words.Body), cancellationToken);
        if (audio is null)
        {
            return TypedResults.Problem(title: text["The page could not be spoken; please try again later."], statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        http.Response.Headers.ContentLanguage = words.Language;
        return TypedResults.File(audio, SpeechAudio.MediaType, enableRangeProcessing: true);
    }
}
