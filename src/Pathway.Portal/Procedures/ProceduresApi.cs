using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Portal.Content;
using Pathway.Portal.Localization;

namespace Pathway.Portal.Procedures;

/// <summary>A step as the API gives it to readers: facts, words, and the documents that chain procedures.</summary>
public sealed record StepAnswer(
    int Number, string Key, string Title, string Html, string Language, IReadOnlyList<int> After, decimal? CostAmount, string? CostCurrency,
    string PlaceName, string Address, double? Latitude, double? Longitude, string OpeningHours, string? OnlineUrl,
    IReadOnlyList<DocumentLink> Needs, IReadOnlyList<DocumentLink> Produces)
{
    public static StepAnswer Of(StepView s) => new(
        s.Number, s.Facts.Key, s.Title, s.Html, s.Language, s.After, s.Facts.CostAmount, s.Facts.CostCurrency, s.Facts.PlaceName, s.Facts.Address,
        s.Facts.Latitude, s.Facts.Longitude, s.Facts.OpeningHours, s.Facts.OnlineUrl, s.Needs, s.Produces);
}

/// <summary>A published procedure in the reader's language or the fallback, with the definitions of the glossary terms its text mentions.</summary>
public sealed record ProcedureAnswer(
    Guid Id, string Slug, string Title, string Language, bool IsFallback, string IntroductionHtml, IReadOnlyList<StepAnswer> Steps, IReadOnlyList<Glossary.GlossaryTerm> Terms);

internal static class ProceduresApi
{
    public static IEndpointRouteBuilder MapProceduresApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/portal/procedures/{slug}", ReadAsync).AllowAnonymous().CacheOutput(Pathway.Platform.Caching.PublicPages.Policy)
            .WithTags("Portal: procedures").WithName("GetProcedure")
            .WithSummary("A published procedure with its steps in the language asked for (lang) or the fallback, and the procedures that give or need each document");

        var mine = routes.MapGroup("/api/v1/portal/procedures").WithTags("Portal: procedures").RequireAuthorization(PortalPermissions.ProceduresFollow);
        mine.MapGet("/mine", MineAsync).WithName("MyProcedures")
            .WithSummary("The procedures the signed-in migrant follows, with the steps they ticked off, most recent first");
        mine.MapPut("/{slug}/steps/{key}/done", (string slug, string key, ProcedureDesk desk, HttpContext http, CancellationToken cancellationToken) => MarkAsync(slug, key, true, desk, http, cancellationToken))
            .WithName("TickOffProcedureStep").WithSummary("Ticks a step off in the signed-in migrant's account (204; 404 for no such published procedure or step)");
        mine.MapDelete("/{slug}/steps/{key}/done", (string slug, string key, ProcedureDesk desk, HttpContext http, CancellationToken cancellationToken) => MarkAsync(slug, key, false, desk, http, cancellationToken))
            .WithName("UntickProcedureStep").WithSummary("Unticks a step in the signed-in migrant's account");

        var work = routes.MapGroup("/api/v1/portal/content/{id:guid}/steps").WithTags("Portal: procedures");
        work.MapGet("/", StepsAsync).RequireAuthorization(PortalPermissions.ContentTranslate).WithName("ListProcedureSteps")
            .WithSummary("A procedure's steps as the editors gave them");
        work.MapPut("/", SaveAsync).RequireAuthorization(PortalPermissions.ContentEdit).WithName("SaveProcedureSteps")
            .WithSummary("Replaces a procedure's steps: as many as its source text has \"## \" sections, each with its key, cost, place, hours, online address, documents needed and produced, and the steps it comes after");
        return routes;
    }

    private static async Task<Results<Ok<ProcedureAnswer>, NotFound, ValidationProblem>> ReadAsync(
        string slug, string? lang, ProcedureDesk desk, IStringLocalizer<PortalText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var language = ContentRequests.ReaderLanguage(lang, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await desk.ReadAsync(slug, language!, cancellationToken) is { } view
            ? TypedResults.Ok(new ProcedureAnswer(view.Content.Id, view.Content.Slug, view.Content.Title, view.Content.Language, view.Content.IsFallback,
                view.IntroductionHtml, [.. view.Steps.Select(StepAnswer.Of)], view.Terms))
            : TypedResults.NotFound();
    }

    private static async Task<Results<NoContent, NotFound>> MarkAsync(string slug, string key, bool done, ProcedureDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        await desk.MarkAsync(slug, key, done, http.User, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<ProcedureProgress>>, ValidationProblem>> MineAsync(
        string? lang, ProcedureDesk desk, IStringLocalizer<PortalText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var language = ContentRequests.ReaderLanguage(lang, errors);
        return errors.Any ? TypedResults.ValidationProblem(errors.ToDictionary()) : TypedResults.Ok(await desk.MineAsync(http.User, language!, cancellationToken));
    }

    // The shape the editors send back with PUT.
    private static async Task<Ok<List<ProcedureStepRequest>>> StepsAsync(Guid id, ProcedureDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok((await desk.StepsAsync(id, cancellationToken)).Select(s => new ProcedureStepRequest(
            s.Key, s.CostAmount, s.CostCurrency, s.PlaceName, s.Address, s.Latitude, s.Longitude, s.OpeningHours, s.OnlineUrl, s.NeedsList, s.ProducesList, s.AfterList)).ToList());

    private static async Task<IResult> SaveAsync(
        Guid id, ProcedureStepsRequest request, ProcedureDesk desk, IStringLocalizer<PortalText> text, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var version = ContentRequests.Version(request.Version, errors);
        var steps = ProcedureRequests.Check(request.Steps, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return ContentApi.Answer(await desk.SaveStepsAsync(id, version!.Value, steps!, http.User, cancellationToken), text, clock, errors);
    }
}
