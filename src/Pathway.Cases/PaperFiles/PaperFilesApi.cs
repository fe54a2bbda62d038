using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Cases.Localization;
using Pathway.Platform.Identity;

namespace Pathway.Cases.PaperFiles;

internal static class PaperFilesApi
{
    public static RouteGroupBuilder MapPaperFilesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/cases/paper-files").WithTags("Cases: paper files");
        group.MapPost("/", BindAsync).RequireAuthorization(CasesPermissions.CasesWork).WithName("BindFileTag")
            .WithSummary("Binds a GIAI-96 tag to a case's paper file")
            .WithDescription("{ caseNumber, tag } with the tag's 24 hexadecimal characters, or { caseNumber, companyPrefix, assetReference, filter }. A tag already bound is a conflict.");
        group.MapGet("/where", WhereAsync).RequireAuthorization(CasesPermissions.CasesRead).WithName("WhereIsFile")
            .WithSummary("Where a paper file is: last place read, holder, last read time and history")
            .WithDescription("?file= a case number or a tag in any EPC form; the look-up is audited.");
        group.MapPost("/check-out", CheckOutAsync).RequireAuthorization(CasesPermissions.CasesWork).WithName("CheckOutFile").WithSummary("Hands a paper file out to an officer: { file, officerId }");
        group.MapPost("/check-in", CheckInAsync).RequireAuthorization(CasesPermissions.CasesWork).WithName("CheckInFile").WithSummary("Puts a paper file back on an archive shelf: { file, shelf }");
        group.MapGet("/inventory", InventoryAsync).RequireAuthorization(CasesPermissions.CasesRead).WithName("ShelfInventory")
            .WithSummary("Checks a shelf: files expected there against the tags its reader saw")
            .WithDescription("?shelf=<reader id>&from=&until= (ISO 8601 with offset). Answers present, missing, misplaced (read there, expected elsewhere) and unknown tags.");
        group.MapGet("/anomalies", AnomaliesAsync).RequireAuthorization(CasesPermissions.CasesRead).WithName("ReadAnomalies").WithSummary("Reads that could not be matched, newest first, with the input kept");
        group.MapGet("/readers", ReadersAsync).RequireAuthorization(CasesPermissions.CasesRead).WithName("ListFileReaders").WithSummary("The RFID readers and the places they stand for");
        group.MapPost("/readers", AddReaderAsync).RequireAuthorization(CasesPermissions.CasesSupervise).WithName("AddFileReader")
            .WithSummary("Sets a reader up: { readerId, kind, name }; kind is ArchiveShelf, OfficerRoom or Gate");
        return group;
    }

    internal static FileActor Actor(ClaimsPrincipal user) =>
        new(user.GetUserId(), user.GetOrganisationId() ?? Guid.Empty, user.Identity?.Name ?? "");

    private static async Task<Results<Created<BoundFile>, ProblemHttpResult>> BindAsync(
        BindRequest request, PaperFileRegistry registry, IStringLocalizer<CasesText> text, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (file, problem) = await registry.BindTagAsync(request.CaseNumber, request.Tag, request.CompanyPrefix, request.AssetReference, request.Filter, Actor(user), cancellationToken);
        return file is not null ? TypedResults.Created($"/api/v1/cases/paper-files/where?file={Uri.EscapeDataString(file.Epc)}", file) : Problem(problem!, text);
    }

    private static async Task<Results<Ok<WhereAnswer>, ProblemHttpResult>> WhereAsync(
        string? file, string? reason, PaperFileRegistry registry, IStringLocalizer<CasesText> text, CancellationToken cancellationToken)
    {
        var (files, problem) = await registry.WhereAsync(file, reason, cancellationToken);
        return problem is null ? TypedResults.Ok(new WhereAnswer(files)) : Problem(problem, text);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> CheckOutAsync(
        CheckOutRequest request, PaperFileRegistry registry, IStringLocalizer<CasesText> text, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await registry.CheckOutAsync(request.File, request.OfficerId, Actor(user), cancellationToken) is { } problem ? Problem(problem, text) : TypedResults.NoContent();

    private static async Task<Results<NoContent, ProblemHttpResult>> CheckInAsync(
        CheckInRequest request, PaperFileRegistry registry, IStringLocalizer<CasesText> text, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await registry.CheckInAsync(request.File, request.Shelf, Actor(user), cancellationToken) is { } problem ? Problem(problem, text) : TypedResults.NoContent();

    private static async Task<Results<Ok<InventoryAnswer>, ProblemHttpResult>> InventoryAsync(
        string? shelf, string? from, string? until, PaperFileRegistry registry, IStringLocalizer<CasesText> text, CancellationToken cancellationToken)
    {
        if (InventoryTimes.Read(from, until) is not { } range)
        {
            return Invalid("from", text["The session's start and end must be ISO 8601 times with their offset, the start before the end."]);
        }

        var (answer, problem) = await registry.InventoryAsync(shelf, range.From, range.Until, cancellationToken);
        return answer is not null ? TypedResults.Ok(answer) : Problem(problem!, text);
    }

    private static async Task<Results<Ok<IReadOnlyList<AnomalyAnswer>>, ProblemHttpResult>> AnomaliesAsync(
        int? limit, PaperFileRegistry registry, IStringLocalizer<CasesText> text, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 1000)
        {
            return Invalid("limit", text["The limit must be a number from 1 to 1000."]);
        }

        return TypedResults.Ok(await registry.AnomaliesAsync(limit ?? 200, cancellationToken));
    }

    private static async Task<Ok<IReadOnlyList<ReaderAnswer>>> ReadersAsync(PaperFileRegistry registry, CancellationToken cancellationToken) =>
        TypedResults.Ok(await registry.ReadersAsync(cancellationToken));

    private static async Task<Results<Created, ProblemHttpResult>> AddReaderAsync(
        ReaderAnswer request, PaperFileRegistry registry, IStringLocalizer<CasesText> text, CancellationToken cancellationToken) =>
        await registry.AddReaderAsync(request.ReaderId, request.Kind, request.Name, cancellationToken) is { } problem
            ? Problem(problem, text)
            : TypedResults.Created("/api/v1/cases/paper-files/readers");

    /// <summary>An invalid field is a validation problem; a missing file or shelf a 404, a tag already bound a 409, each in the caller's language.</summary>
    internal static ProblemHttpResult Problem(FileProblem problem, IStringLocalizer text)
    {
        var message = problem.Tag is { } tag ? TagProblemText.Describe(tag, text) : text[problem.Message, problem.Arguments].Value;
        if (problem.Kind == FileProblemKind.Invalid)
        {
            return Invalid(problem.Field, message);
        }

        var status = problem.Kind == FileProblemKind.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
        return TypedResults.Problem(title: message, statusCode: status, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["field"] = problem.Field });
    }

    /// <summary>A validation problem (400 with errors per field) carrying an already translated message.</summary>
    internal static ProblemHttpResult Invalid(string field, string message, string? detail = null) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Detail = detail,
        });
}

public sealed record BindRequest(string? CaseNumber, string? Tag, string? CompanyPrefix, string? AssetReference, string? Filter);

public sealed record CheckOutRequest(string? File, Guid? OfficerId);

public sealed record CheckInRequest(string? File, string? Shelf);

public sealed record WhereAnswer(IReadOnlyList<FileWhereabouts> Files);

/// <summary>An inventory session's start and end, as ISO 8601 times with their offsets, in UTC.</summary>
public static class InventoryTimes
{
    public static (DateTime From, DateTime Until)? Read(string? from, string? until)
    {
        static DateTime? One(string? text) =>
            text is not null && EpcisDocumentReader.HasOffset().IsMatch(text.Trim())
            && DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
                ? at.UtcDateTime
                : null;

        return One(from) is { } start && One(until) is { } end && start <= end ? (start, end) : null;
    }
}
