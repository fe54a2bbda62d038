using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Casework;
using Pathway.Platform.Localization;
using Pathway.Portal.Content;
using Pathway.Portal.Glossary;
using Pathway.Portal.Localization;

namespace Pathway.Portal.DecisionTrees;

/// <summary>A published tree with its questions in the reader's language (or the fallback) and the processing times of the application types its answers end in.</summary>
public sealed record TreeAnswerSheet(
    Guid Id, string Slug, string Title, string Language, bool IsFallback, string IntroductionHtml, IReadOnlyList<QuestionView> Questions,
    IReadOnlyList<PublishedProcessingTime> ProcessingTimes, IReadOnlyList<GlossaryTerm> Terms);

/// <summary>A tree's shape as the editors gave it, in the form <c>PUT</c> takes.</summary>
public sealed record TreeShapeAnswer(IReadOnlyList<TreeQuestionInput> Questions);

internal static class TreesApi
{
    public static IEndpointRouteBuilder MapTreesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/portal/trees/{slug}", ReadAsync).AllowAnonymous().CacheOutput(Pathway.Platform.Caching.PublicPages.Policy)
            .WithTags("Portal: decision trees").WithName("GetDecisionTree")
            .WithSummary("A published decision tree (\"Which permit fits me?\") with its questions and answers in the language asked for (lang) or the fallback, and the processing times of the application types it ends in");
        var work = routes.MapGroup("/api/v1/portal/content/{id:guid}/tree").WithTags("Portal: decision trees");
        work.MapGet("/", ShapeAsync).RequireAuthorization(PortalPermissions.ContentTranslate).WithName("GetDecisionTreeShape")
            .WithSummary("A decision tree's questions' keys and where each answer leads, as the editors gave them");
        work.MapPut("/", SaveAsync).RequireAuthorization(PortalPermissions.ContentEdit).WithName("SaveDecisionTreeShape")
            .WithSummary("Replaces a decision tree's shape: one entry per \"## \" question of the source text with its key, and per item of its list where the answer leads (a later question's key, or a procedure's address with an application type)");
        return routes;
    }

    private static async Task<Results<Ok<TreeAnswerSheet>, NotFound, ValidationProblem>> ReadAsync(
        string slug, string? lang, TreeDesk desk, IStringLocalizer<PortalText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var language = ContentRequests.ReaderLanguage(lang, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (await desk.ReadAsync(slug, language!, cancellationToken) is not { } tree)
        {
            return TypedResults.NotFound();
        }

        var times = new List<PublishedProcessingTime>();
        foreach (var type in tree.Questions.SelectMany(q => q.Answers).Select(a => a.ApplicationType).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (await desk.TimesAsync(type, cancellationToken) is { } time)
            {
                times.Add(time);
            }
        }

        return TypedResults.Ok(new TreeAnswerSheet(tree.Content.Id, tree.Content.Slug, tree.Content.Title, tree.Content.Language, tree.Content.IsFallback,
            tree.IntroductionHtml, tree.Questions, times, tree.Terms));
    }

    private static async Task<Ok<TreeShapeAnswer>> ShapeAsync(Guid id, TreeDesk desk, CancellationToken cancellationToken)
    {
        var answers = await desk.AnswersAsync(id, cancellationToken);
        return TypedResults.Ok(new TreeShapeAnswer([.. answers.GroupBy(a => a.Question).OrderBy(g => g.Key)
            .Select(g => new TreeQuestionInput(g.First().QuestionKey, [.. g.Select(a => new TreeAnswerInput(a.LeadsTo, a.Procedure, a.ApplicationType))]))]));
    }

    private static async Task<IResult> SaveAsync(
        Guid id, TreeRequest request, TreeDesk desk, IStringLocalizer<PortalText> text, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var version = ContentRequests.Version(request.Version, errors);
        var questions = TreeRequests.Check(request.Questions, errors);
        return errors.Any
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : ContentApi.Answer(await desk.SaveAsync(id, version!.Value, questions!, http.User, cancellationToken), text, clock, errors);
    }
}
