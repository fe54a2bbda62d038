using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Platform.Modules;
using Pathway.Portal.Content;
using Pathway.Portal.Localization;

namespace Pathway.Portal.Assistant;

/// <summary>A question for the assistant: its words, the language to answer in, and the conversation it continues (none for a new one).</summary>
public sealed record AssistantQuestion(string? Question, string? Lang, Guid? Conversation);

/// <summary>The reader's word on an answer.</summary>
public sealed record AnswerFeedback(bool? Helpful);

/// <summary>What the assistant said: the answer and its sources, or the people to ask instead (<see cref="HandOver"/>, when it did not answer).</summary>
public sealed record AssistantAnswer(
    Guid ConversationId, Guid TurnId, int Position,
    [property: JsonPropertyName("questionAsKept")] string Question, bool Answered, double Confidence, string? Answer, string? AnswerLanguage, bool Rephrased,
    IReadOnlyList<AnswerSourceLink> Sources, HandOver? HandOver);

internal static class AssistantApi
{
    /// <summary>Anonymous: each client asks a number of questions a minute (RateLimits:AssistantPerMinute, 20 by default).</summary>
    public const string Limit = "portal-assistant";

    public static IEndpointRouteBuilder MapAssistantApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/portal/assistant").WithTags("Portal: assistant");
        group.MapPost("/questions", AskAsync).AllowAnonymous().RequireFeature(PortalFeatures.Assistant).RequireRateLimiting(Limit).WithName("AskPortalAssistant")
            .WithSummary("Answers a question from the published questions and answers, glossary, procedures and guides, with the sources; when not confident, answers nothing and names people to ask (kept without personal data)");
        group.MapGet("/conversations/{id:guid}", ConversationAsync).AllowAnonymous().RequireFeature(PortalFeatures.Assistant).WithName("GetAssistantConversation")
            .WithSummary("A conversation's questions (as kept) and answers, oldest first");
        group.MapPost("/conversations/{id:guid}/turns/{turn:guid}/feedback", FeedbackAsync).AllowAnonymous().RequireFeature(PortalFeatures.Assistant).RequireRateLimiting(Limit).WithName("RateAssistantAnswer")
            .WithSummary("Whether an answer helped");
        group.MapGet("/asked", AskedAsync).RequireAuthorization(PortalPermissions.AssistantQuestions).WithName("AssistantQuestionsAsked")
            .WithSummary("What readers asked in the last 90 days, counted per language, with how often it went unanswered or unhelpful (no personal data)");

        // The page's own forms, so the assistant works without JavaScript: each answered with a
        // redirect back to the conversation. No session rides on them (see FeedbackApi).
        routes.MapPost("/portal/assistant", AskFormAsync).AllowAnonymous().RequireFeature(PortalFeatures.Assistant).DisableAntiforgery().RequireRateLimiting(Limit).ExcludeFromDescription();
        routes.MapPost("/portal/assistant/feedback", FeedbackFormAsync).AllowAnonymous().RequireFeature(PortalFeatures.Assistant).DisableAntiforgery().RequireRateLimiting(Limit).ExcludeFromDescription();
        return routes;
    }

    /// <summary>The question as asked, or what is wrong with it.</summary>
    public static string? Check(string? question, FieldErrors errors)
    {
        var words = question?.Trim() ?? "";
        if (words.Length == 0 || !Search.SearchFolding.Words(words).Any())
        {
            errors.Add("question", "Type your question.");
            return null;
        }

        if (words.Length > QuestionTerms.MaxLength)
        {
            errors.Add("question", "A question is up to {0} characters.", QuestionTerms.MaxLength);
            return null;
        }

        return words;
    }

    private static async Task<Results<Ok<AssistantAnswer>, ValidationProblem>> AskAsync(
        AssistantQuestion request, AssistantDesk desk, IStringLocalizer<PortalText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var language = ContentRequests.ReaderLanguage(request.Lang, errors);
        var question = Check(request.Question, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var reply = await desk.AskAsync(request.Conversation, question!, language!, cancellationToken);
        var handOver = reply.Answered ? null : await desk.HandOverAsync(language!, cancellationToken);
        return TypedResults.Ok(new AssistantAnswer(
            reply.ConversationId, reply.TurnId, reply.Position, reply.Question, reply.Answered, reply.Confidence, reply.Answer, reply.AnswerLanguage, reply.Rephrased, reply.Sources, handOver));
    }

    private static async Task<Results<Ok<IReadOnlyList<AssistantReply>>, NotFound, ValidationProblem>> ConversationAsync(
        Guid id, string? lang, AssistantDesk desk, IStringLocalizer<PortalText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var language = ContentRequests.ReaderLanguage(lang, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var turns = await desk.ConversationAsync(id, language!, cancellationToken);
        return turns.Count == 0 ? TypedResults.NotFound() : TypedResults.Ok(turns);
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> FeedbackAsync(
        Guid id, Guid turn, AnswerFeedback request, AssistantDesk desk, IStringLocalizer<PortalText> text, CancellationToken cancellationToken)
    {
        if (request.Helpful is null)
        {
            var errors = new FieldErrors(text);
            errors.Add("helpful", "Say whether the answer helped you.");
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await desk.MarkAsync(id, turn, request.Helpful.Value, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    private static async Task<Ok<IReadOnlyList<AskedQuestion>>> AskedAsync(bool? unanswered, AssistantDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.QuestionsAsync(unanswered ?? false, cancellationToken));

    private static async Task<IResult> AskFormAsync(
        [FromForm(Name = "Question")] string? question, [FromForm(Name = "Conversation")] string? conversation,
        AssistantDesk desk, IStringLocalizer<PortalText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var continued = Guid.TryParse(conversation, out var id) ? id : (Guid?)null;
        var errors = new FieldErrors(text);
        var asked = Check(question, errors);
        if (errors.Any)
        {
            var problem = (question?.Trim().Length ?? 0) > QuestionTerms.MaxLength ? "long" : "empty";
            return TypedResults.Redirect($"{http.Request.PathBase}/portal/assistant?{(continued is null ? "" : $"c={continued}&")}error={problem}#question");
        }

        var reply = await desk.AskAsync(continued, asked!, SupportedCultures.Current.Code, cancellationToken);
        return TypedResults.Redirect($"{http.Request.PathBase}/portal/assistant?c={reply.ConversationId}#turn-{reply.Position.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
    }

    private static async Task<IResult> FeedbackFormAsync(
        [FromForm(Name = "Conversation")] string? conversation, [FromForm(Name = "Turn")] string? turn, [FromForm(Name = "Helpful")] string? helpful,
        AssistantDesk desk, HttpContext http, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(conversation, out var id) || !Guid.TryParse(turn, out var turnId) || !bool.TryParse(helpful, out var said)
            || !await desk.MarkAsync(id, turnId, said, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Redirect($"{http.Request.PathBase}/portal/assistant?c={id}#turn-feedback-{turnId}");
    }
}
