using System.Globalization;
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

namespace Pathway.Portal.Surveys;

/// <summary>A survey question as the API gives it to readers.</summary>
public sealed record SurveyQuestionAnswer(int Number, string Key, string Title, string Html, string Language, SurveyQuestionKind Kind, bool Required, IReadOnlyList<string> Options);

/// <summary>A published survey as the API gives it: in the language asked for or the fallback.</summary>
public sealed record SurveyReadAnswer(
    Guid Id, string Slug, string Title, string Language, bool IsFallback, string Introduction, IReadOnlyList<SurveyQuestionAnswer> Questions, SurveyState State, DateOnly? OpensOn, DateOnly? ClosesOn);

/// <summary>The days a survey takes answers as editors send them (yyyy-MM-dd, null or empty for an open end), and the item's version read.</summary>
public sealed record SurveyWindowRequest(int? Version, string? OpensOn, string? ClosesOn);

/// <summary>One answer of a reader: the options' numbers (from 1), a point of the scale, or words.</summary>
public sealed record SurveyAnswerRequest(int? Question, IReadOnlyList<int>? Choices, int? Value, string? Text);

/// <summary>A reader's response: the language read in, and the answers.</summary>
public sealed record SurveyResponseRequest(string? Lang, IReadOnlyList<SurveyAnswerRequest?>? Answers);

/// <summary>A survey's shape as editors send it: the item's version and one entry per question of its source text.</summary>
public sealed record SurveyShapeRequest(int? Version, IReadOnlyList<SurveyQuestionRequest?>? Questions);

/// <summary>A question's shape as the API gives it to editors.</summary>
public sealed record SurveyShapeAnswer(int Number, string Key, SurveyQuestionKind Kind, bool Required);

internal static class SurveysApi
{
    public static IEndpointRouteBuilder MapSurveysApi(this IEndpointRouteBuilder routes)
    {
        var reading = routes.MapGroup("/api/v1/portal/surveys").WithTags("Portal: surveys").RequireFeature(PortalFeatures.Surveys);
        reading.MapGet("/{slug}", ReadAsync).AllowAnonymous().CacheOutput(Pathway.Platform.Caching.PublicPages.Policy).WithName("GetPortalSurvey")
            .WithSummary("A published survey's questions in the language asked for (lang) or the fallback: each answered by one choice, several, a scale of 1 to 5 or words");
        reading.MapPost("/{slug}/responses", RespondAsync).AllowAnonymous().RequireRateLimiting(Feedback.FeedbackApi.Limit).WithName("RespondToPortalSurvey")
            .WithSummary("A reader's answers, kept without who gave them (words scrubbed of names and numbers): 204, or 400 naming each question (answers[n])");
        // The survey page's own form, so answering works without JavaScript (no session rides on it: see FeedbackApi).
        routes.MapPost("/portal/articles/{slug}/survey", RespondFormAsync).AllowAnonymous().DisableAntiforgery().RequireRateLimiting(Feedback.FeedbackApi.Limit)
            .RequireFeature(PortalFeatures.Surveys).ExcludeFromDescription();

        var work = routes.MapGroup("/api/v1/portal/content/{id:guid}/survey").WithTags("Portal: surveys");
        work.MapGet("/", ShapeAsync).RequireAuthorization(PortalPermissions.ContentTranslate).WithName("GetSurveyShape")
            .WithSummary("A survey's shape: per question its key, how it is answered (OneChoice, ManyChoices, Scale, Text) and whether it must be");
        work.MapPut("/", SaveShapeAsync).RequireAuthorization(PortalPermissions.ContentEdit).WithName("SaveSurveyShape")
            .WithSummary("Sets a survey's shape, one entry per \"## \" question of its source text; a question with choices has 2 to 20 options (its first list), a scale or words none");
        work.MapGet("/window", WindowAsync).RequireAuthorization(PortalPermissions.ContentTranslate).WithName("GetSurveyWindow")
            .WithSummary("The days a survey takes answers (opensOn, closesOn; null for an open end, both included, in the office's calendar) and its state today: NotYetOpen, Open or Closed");
        work.MapPut("/window", SaveWindowAsync).RequireAuthorization(PortalPermissions.ContentEdit).WithName("SaveSurveyWindow")
            .WithSummary("Sets the days a survey takes answers: {version, opensOn, closesOn} as yyyy-MM-dd or null; outside them readers see the survey without its form and answers are refused (field survey); answers the item with its new version");
        work.MapGet("/results", ResultsAsync).RequireAuthorization(PortalPermissions.SurveysResults).WithName("GetSurveyResults")
            .WithSummary("How many responded (per language too), and per question how many chose each option or point (with the mean of a scale) and the latest words given; lang= counts only those who read it in that language");
        work.MapGet("/results.csv", CsvAsync).RequireAuthorization(PortalPermissions.SurveysResults).WithName("ExportSurveyResults")
            .WithSummary("Every response as CSV: response, at, language, then a column per question key");
        return routes;
    }

    private static async Task<Results<Ok<SurveyReadAnswer>, NotFound, ValidationProblem>> ReadAsync(
        string slug, string? lang, SurveyDesk desk, IStringLocalizer<PortalText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var language = ContentRequests.ReaderLanguage(lang, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (await desk.ReadAsync(slug, language!, cancellationToken) is not { } survey)
        {
            return TypedResults.NotFound();
        }

        var c = survey.Content;
        return TypedResults.Ok(new SurveyReadAnswer(c.Id, c.Slug, c.Title, c.Language, c.IsFallback, survey.IntroductionHtml,
            [.. survey.Questions.Select(q => new SurveyQuestionAnswer(q.Number, q.Key, q.Title, q.Html, q.Language, q.Kind, q.Required, q.Options))],
            survey.State, survey.OpensOn, survey.ClosesOn));
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> RespondAsync(
        string slug, SurveyResponseRequest request, SurveyDesk desk, IStringLocalizer<PortalText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var language = ContentRequests.ReaderLanguage(request.Lang, errors);
        var given = new Dictionary<int, IReadOnlyList<string?>>();
        foreach (var (answer, i) in (request.Answers ?? []).Select((a, i) => (a, i)))
        {
            if (answer?.Question is not { } number || given.ContainsKey(number))
            {
                errors.Add($"answers[{i.ToString(CultureInfo.InvariantCulture)}].question", "Name each question answered once, by its number.");
                continue;
            }

            given[number] = [.. (answer.Choices ?? []).Select(c => c.ToString(CultureInfo.InvariantCulture)),
                .. answer.Value is { } v ? [v.ToString(CultureInfo.InvariantCulture)] : Array.Empty<string>(), answer.Text];
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await desk.AnswerAsync(slug, language!, given, errors, cancellationToken) switch
        {
            null => TypedResults.NotFound(),
            false => TypedResults.ValidationProblem(errors.ToDictionary()),
            true => TypedResults.NoContent(),
        };
    }

    private static async Task<IResult> RespondFormAsync(string slug, SurveyDesk desk, IStringLocalizer<PortalText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var errors = new FieldErrors(text);
        var given = new Dictionary<int, IReadOnlyList<string?>>();
        foreach (var (name, values) in form)
        {
            // Each question's field is "q" and its number; a field of any other name is no answer.
            if (name.Length > 1 && name[0] == 'q' && int.TryParse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                given[number] = [.. values];
            }
        }

        var outcome = await desk.AnswerAsync(slug, SupportedCultures.Current.Code, given, errors, cancellationToken);
        if (outcome is null)
        {
            return TypedResults.NotFound();
        }

        // Without script the answers cannot be shown again: the questions to see to are named in the address.
        var address = $"{http.Request.PathBase}/portal/articles/{Uri.EscapeDataString(slug)}";
        return TypedResults.Redirect(outcome.Value ? $"{address}?survey=thanks#survey"
            : errors.Has("survey") ? $"{address}?survey=closed#survey"
            : $"{address}?survey=invalid&problems={string.Join(',', errors.ToDictionary().Keys.Select(Number).OfType<int>())}#survey");
    }

    private static async Task<Ok<List<SurveyShapeAnswer>>> ShapeAsync(Guid id, SurveyDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok((await desk.ShapeAsync(id, cancellationToken)).Select(q => new SurveyShapeAnswer(q.Number, q.Key, q.Kind, q.Required)).ToList());

    private static async Task<IResult> SaveShapeAsync(
        Guid id, SurveyShapeRequest request, SurveyDesk desk, IStringLocalizer<PortalText> text, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var version = ContentRequests.Version(request.Version, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await desk.SaveShapeAsync(id, version!.Value, request.Questions, http.User, errors, cancellationToken) is { } outcome
            ? ContentApi.Answer(outcome, text, clock, errors)
            : TypedResults.ValidationProblem(errors.ToDictionary());
    }

    private static async Task<Results<Ok<SurveyResults>, NotFound, ValidationProblem>> ResultsAsync(
        Guid id, string? lang, SurveyDesk desk, IStringLocalizer<PortalText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var readIn = lang is null ? null : ContentRequests.ReaderLanguage(lang, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await desk.ResultsAsync(id, readIn, cancellationToken) is { } results ? TypedResults.Ok(results) : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<SurveyWindowAnswer>, NotFound>> WindowAsync(Guid id, SurveyDesk desk, CancellationToken cancellationToken) =>
        await desk.WindowAsync(id, cancellationToken) is { } window ? TypedResults.Ok(window) : TypedResults.NotFound();

    private static async Task<IResult> SaveWindowAsync(
        Guid id, SurveyWindowRequest request, SurveyDesk desk, IStringLocalizer<PortalText> text, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var version = ContentRequests.Version(request.Version, errors);
        var window = SurveyRules.CheckWindow(request.OpensOn, request.ClosesOn, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return ContentApi.Answer(await desk.SaveWindowAsync(id, version!.Value, window!.Value.OpensOn, window.Value.ClosesOn, http.User, cancellationToken), text, clock, errors);
    }

    private static async Task<IResult> CsvAsync(Guid id, SurveyDesk desk, HttpContext http, CancellationToken cancellationToken)
    {
        if (await desk.CsvAsync(id, cancellationToken) is not { } csv)
        {
            return TypedResults.NotFound();
        }

        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", $"survey-{id}.csv");
    }

    private static int? Number(string field) =>
        field.StartsWith("answers[", StringComparison.Ordinal) && int.TryParse(field.AsSpan(8, field.Length - 9), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
