using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.People.Duplicates;
using Pathway.People.Localization;
using Pathway.People.LostStolen;
using Pathway.Platform.Idempotency;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;

using Pathway.Platform.Uploads;

namespace Pathway.People.Duplicates;

public sealed record DecisionRequest(string? Decision, string? Note, Guid? SurvivorId);

internal static class DuplicatesApi
{
    public const long MaxListBytes = 20 * 1024 * 1024;

    public static void MapDuplicatesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/duplicates").WithTags("Duplicate review").RequireAuthorization(PeoplePermissions.DuplicatesReview);
        group.MapGet("/", ListAsync).WithName("ListSuspicions").WithSummary("Lists the suspected duplicates waiting for review");
        group.MapPost("/{id:guid}/decision", DecideAsync).WithName("DecideSuspicion").WithSummary("Confirms, rejects or merges a suspected duplicate");
        group.MapGet("/merges", MergesAsync).WithName("ListMerges").WithSummary("Lists recent merges of person records");
        group.MapPost("/merges/{id:guid}/undo", UndoAsync).WithName("UndoMerge").WithSummary("Undoes a merge, restoring both records");
        routes.MapPost("/api/v1/lost-stolen", ImportAsync).WithTags("Duplicate review").RequireAuthorization(PeoplePermissions.DuplicatesReview).WithIdempotency()
            // The body is the CSV itself; no content-type filter, so an unauthorised caller learns nothing but 401/403.
            .WithDescription("Body: a CSV file (UTF-8) with the header number,issuing_state[,reported_on][,source].")
            .WithName("ImportLostStolenList").WithSummary("Imports a list of lost and stolen documents and checks the registry against it");
    }

    private static async Task<Results<Ok<IReadOnlyList<SuspicionView>>, ValidationProblem>> ListAsync(string? status, IDuplicateReview review, IStringLocalizer<PeopleText> text, CancellationToken cancellationToken)
    {
        var wanted = SuspicionStatus.Open;
        if (status is not null && (!Enum.TryParse(status, true, out wanted) || int.TryParse(status, CultureInfo.InvariantCulture, out _)))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["status"] = [text["Choose one of: {0}.", string.Join(", ", Enum.GetNames<SuspicionStatus>())]] });
        }

        return TypedResults.Ok(await review.ListAsync(wanted, cancellationToken: cancellationToken));
    }

    private static async Task<Results<NoContent, NotFound, Conflict<ProblemDetails>, ValidationProblem>> DecideAsync(
        Guid id, DecisionRequest request, IDuplicateReview review, IStringLocalizer<PeopleText> text, CancellationToken cancellationToken)
    {
        var decision = request.Decision?.Trim().ToLowerInvariant();
        var outcome = decision switch
        {
            "confirm" => await review.DecideAsync(id, SuspicionStatus.Confirmed, request.Note, cancellationToken),
            "reject" => await review.DecideAsync(id, SuspicionStatus.Rejected, request.Note, cancellationToken),
            "merge" when request.SurvivorId is { } survivor => await review.MergeAsync(id, survivor, request.Note, cancellationToken),
            "merge" => (ReviewOutcome?)null,
            _ => null,
        };
        if (outcome is null)
        {
            var field = decision == "merge" ? "survivorId" : "decision";
            var message = decision == "merge" ? text["Say which record survives the merge."] : text["Choose one of: {0}.", "confirm, reject, merge"];
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });
        }

        return Result(outcome.Value, text);
    }

    private static async Task<Ok<IReadOnlyList<MergeView>>> MergesAsync(IDuplicateReview review, CancellationToken cancellationToken) =>
        TypedResults.Ok(await review.RecentMergesAsync(cancellationToken: cancellationToken));

    private static async Task<Results<NoContent, NotFound, Conflict<ProblemDetails>, ValidationProblem>> UndoAsync(Guid id, IDuplicateReview review, IStringLocalizer<PeopleText> text, CancellationToken cancellationToken) =>
        Result(await review.UndoMergeAsync(id, cancellationToken), text);

    private static async Task<Results<Ok<LostStolenImportResult>, ValidationProblem>> ImportAsync(
        HttpRequest request, string? source, IDuplicateReview review, LimitedUpload uploads, IStringLocalizer<PeopleText> text, CancellationToken cancellationToken)
    {
        var upload = await uploads.ReadAsync(request.Body, MaxListBytes, cancellationToken);
        if (!upload.IsRead)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["file"] = [upload.Problem!] });
        }

        var (rows, errors) = LostStolenCsv.Parse(upload.Content, text);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors.GroupBy(e => string.Create(CultureInfo.InvariantCulture, $"line {e.Line}"), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal));
        }

        return TypedResults.Ok(await review.ImportLostStolenAsync(rows, string.IsNullOrWhiteSpace(source) ? "import" : source.Trim(), cancellationToken));
    }

    private static Results<NoContent, NotFound, Conflict<ProblemDetails>, ValidationProblem> Result(ReviewOutcome outcome, IStringLocalizer<PeopleText> text) => outcome switch
    {
        ReviewOutcome.Done => TypedResults.NoContent(),
        ReviewOutcome.NotFound => TypedResults.NotFound(),
        ReviewOutcome.AlreadyDecided => TypedResults.Conflict(new ProblemDetails { Title = text["This was already decided."], Status = StatusCodes.Status409Conflict }),
        ReviewOutcome.NotAllowed => TypedResults.Conflict(new ProblemDetails { Title = text["This decision is not possible for this entry."], Status = StatusCodes.Status409Conflict }),
    };
}
