using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Platform.Uploads;
using Pathway.Support.Localization;
using Pathway.Support.Trainings;

namespace Pathway.Support.Knowledge;

internal static class LibraryApi
{
    public static RouteGroupBuilder MapLibraryApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/library").WithTags("Support: library");
        group.MapGet("/", ListAsync).RequireAuthorization(SupportPermissions.LibraryRead).WithName("LibraryDocuments")
            .WithSummary("The library's documents the caller's roles may read, the newest first (without their files)")
            .WithDescription("?search=words of the title&kind=Manual|GoodPractice|Template|LegalText|Other&area=(a training area)&language=(a portal language code), each optional.");
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(SupportPermissions.LibraryRead).WithName("LibraryDocument")
            .WithSummary("One document's facts; 404 when the caller's roles may not read it");
        group.MapGet("/{id:guid}/file", FileAsync).RequireAuthorization(SupportPermissions.LibraryRead).WithName("LibraryDocumentFile")
            .WithSummary("The document's file; audited as a read; 404 when the caller's roles may not read it");
        group.MapPost("/", AddAsync).RequireAuthorization(SupportPermissions.LibraryManage).WithName("AddLibraryDocument")
            .WithSummary("Uploads a document to the library for the caller's organisation")
            .WithDescription("multipart/form-data: title, kind, area, language, description (optional), roles (repeated: NgoWorker|Supervisor|CaseOfficer|HelplineOperator|Analyst) "
                + "and file (PDF, JPEG or PNG up to 10 MB, judged by its content). 201 with the document; 400 naming every field that is wrong.");
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(SupportPermissions.LibraryManage).WithName("UpdateLibraryDocument")
            .Accepts<LibraryInput>("application/json")
            .WithSummary("Changes a document's facts and which roles may read it; only the uploader's organisation")
            .WithDescription("{ title, kind, area, language, description, roles }. The file stays; a new file is a new upload.");
        group.MapDelete("/{id:guid}", RemoveAsync).RequireAuthorization(SupportPermissions.LibraryManage).WithName("RemoveLibraryDocument")
            .WithSummary("Takes a document of the caller's organisation off the library; the audit trail keeps the removal");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<LibraryEntry>>> ListAsync(
        string? search, string? kind, string? area, string? language, LibraryDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.ListAsync(http.User, Filter(search, kind, area, language), cancellationToken));

    /// <summary>A filter as the query string has it; a value that names nothing filters nothing.</summary>
    internal static LibraryFilter Filter(string? search, string? kind, string? area, string? language) => new(
        search,
        Enum.TryParse<DocumentKind>(kind, out var k) && Enum.IsDefined(k) ? k : null,
        Enum.TryParse<TrainingArea>(area, out var a) && Enum.IsDefined(a) ? a : null,
        LibraryDesk.Languages.Contains(language ?? "", StringComparer.Ordinal) ? language : null);

    private static async Task<Results<Ok<LibraryEntry>, NotFound>> GetAsync(Guid id, LibraryDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        await desk.GetAsync(id, http.User, cancellationToken) is { } entry ? TypedResults.Ok(entry) : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> FileAsync(Guid id, LibraryDesk desk, HttpContext http, CancellationToken cancellationToken)
    {
        if (await desk.FileAsync(id, http.User, cancellationToken) is not { } document)
        {
            return TypedResults.NotFound();
        }

        // Open to some roles only: not kept by a shared cache.
        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(document.Content, document.ContentType, document.FileName);
    }

    private static async Task<Results<Created<LibraryEntry>, ValidationProblem>> AddAsync(
        HttpRequest request, LibraryDesk desk, LimitedUpload uploads, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (!request.HasFormContentType)
        {
            errors.Add("file", "Send the document as multipart/form-data, with its file in the field file.");
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var input = new LibraryInput(
            form["title"], Enum.TryParse<DocumentKind>(form["kind"], out var kind) && Enum.IsDefined(kind) ? kind : null,
            Enum.TryParse<TrainingArea>(form["area"], out var area) && Enum.IsDefined(area) ? area : null,
            form["language"], form["description"], [.. form["roles"].OfType<string>()]);
        var formFile = form.Files.GetFile("file");
        var (file, content) = await ReadAsync(input, formFile, uploads, errors, text, cancellationToken);
        if (file is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (entry, problems) = await desk.AddAsync(input, formFile!.FileName, file, content, http.User, cancellationToken);
        return entry is null ? Refused(problems, errors, text) : TypedResults.Created($"/api/v1/library/{entry.Id}", entry);
    }

    /// <summary>
    /// The document's facts and file checked together, so that every problem is named at once; the
    /// file's verdict and bytes, or null with the problems in <paramref name="errors"/>.
    /// </summary>
    internal static async Task<(ContentVerdict.Accepted? File, byte[] Content)> ReadAsync(
        LibraryInput input, IFormFile? formFile, LimitedUpload uploads, FieldErrors errors, IStringLocalizer text, CancellationToken cancellationToken)
    {
        foreach (var refusal in LibraryDesk.Check(input))
        {
            errors.AddTranslated(refusal.Field ?? "body", LibraryText.Problem(refusal.Problem, text));
        }

        var reading = await uploads.ReadAsync(formFile, LibraryDocument.MaxFileBytes, cancellationToken);
        ContentVerdict.Accepted? file = null;
        if (!reading.IsRead)
        {
            errors.AddTranslated("file", reading.Problem!);
        }
        else
        {
            file = UploadCheck.Accept(reading.Content, LibraryDocument.MaxFileBytes, "file", errors);
        }

        return errors.Any ? (null, []) : (file, reading.Content);
    }

    private static async Task<Results<Ok<LibraryEntry>, NotFound, ValidationProblem>> UpdateAsync(
        Guid id, HttpRequest request, LibraryDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<LibraryInput>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (entry, problems) = await desk.UpdateAsync(id, body, http.User, cancellationToken);
        if (entry is not null)
        {
            return TypedResults.Ok(entry);
        }

        return problems.Count == 0 ? TypedResults.NotFound() : Refused(problems, errors, text);
    }

    private static async Task<Results<NoContent, NotFound>> RemoveAsync(Guid id, LibraryDesk desk, CancellationToken cancellationToken) =>
        await desk.RemoveAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static ValidationProblem Refused(IReadOnlyList<LibraryRefusal> problems, FieldErrors errors, IStringLocalizer text)
    {
        foreach (var refusal in problems)
        {
            errors.AddTranslated(refusal.Field ?? "body", LibraryText.Problem(refusal.Problem, text));
        }

        return TypedResults.ValidationProblem(errors.ToDictionary());
    }
}
