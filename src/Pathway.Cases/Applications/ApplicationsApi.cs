using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Pathway.Cases.Localization;
using Pathway.Platform.Idempotency;
using Pathway.Platform.Localization;
using Pathway.Platform.Uploads;

namespace Pathway.Cases.Applications;

internal static class ApplicationsApi
{
    public const string StaleProblemType = "https://pathway.example/problems/application-changed";
    public const string ReadOnlyProblemType = "https://pathway.example/problems/application-submitted";
    public const string IncompleteProblemType = "https://pathway.example/problems/application-incomplete";
    public const string AnnexProblemType = "https://pathway.example/problems/employer-annex-awaited";
    public const string SecondFactorProblemType = "https://pathway.example/problems/two-factor-required";
    public const string NotOfferedProblemType = "https://pathway.example/problems/application-not-offered";

    public static RouteGroupBuilder MapApplicationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/applications").WithTags("Cases: online applications").RequireAuthorization(CasesPermissions.Apply);
        group.MapGet("/", ListAsync).WithName("ListApplications").WithSummary("The migrant's own applications, drafts and submitted");
        group.MapPost("/", StartAsync).WithIdempotency().WithName("StartApplication").WithSummary("Starts a draft of an application type in force today");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetApplication").WithSummary("One of the migrant's applications with its files and what is still missing; the read is audited");
        group.MapPut("/{id:guid}/steps/{step}", SaveStepAsync).WithName("SaveApplicationStep")
            .WithSummary("Saves one step of the form (personal, stay, employer, school) on the version the caller read")
            .WithDescription("409 with type application-changed means another tab saved since (currentVersion); nothing is saved.");
        group.MapPost("/{id:guid}/mrz", MrzAsync).WithName("FillApplicationFromMrz")
            .WithSummary("Fills the personal data from the passport's machine-readable zone; a zone with errors fills nothing and they are listed");
        group.MapPost("/{id:guid}/files", UploadAsync).WithIdempotency().WithName("UploadApplicationFile")
            .WithSummary("Files a document (multipart: document = the required document's code, file): PDF, JPEG or PNG by content, within the size limit");
        group.MapDelete("/{id:guid}/files/{fileId:guid}", RemoveFileAsync).WithName("RemoveApplicationFile").WithSummary("Removes a file from a draft");
        group.MapPost("/{id:guid}/submit", SubmitAsync).WithIdempotency().WithName("SubmitApplication")
            .WithSummary("Signs (current authenticator code) and submits a complete application with the fee's payment; registers the case")
            .WithDescription("feeMethod = transfer (feeReference, feePaidOn) or office. The same Idempotency-Key, or a second submission of the same application, gives the same case. "
                + "409 two-factor-required: set up two-factor sign-in first (enrolUrl); 409 application-incomplete lists what is missing.");
        group.MapGet("/{id:guid}/receipt", ReceiptAsync).WithName("GetApplicationReceipt").WithSummary("The receipt of a submitted application: case number, time, files with their SHA-256");
        group.MapGet("/{id:guid}/receipt.pdf", ReceiptPdfAsync).WithName("GetApplicationReceiptPdf").WithSummary("The receipt as a PDF with a QR code to the case's status page");
        routes.MapGet("/my/applications/{id:guid}/receipt.pdf", ReceiptPdfAsync).RequireAuthorization(CasesPermissions.Apply)
            .WithName("DownloadApplicationReceipt").ExcludeFromDescription();
        return group;
    }

    private static async Task<Ok<List<ApplicationSummary>>> ListAsync(ApplicationDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok((await desk.MineAsync(http.User, cancellationToken))
            .Select(a => new ApplicationSummary(a.Id, a.ApplicationType, ApplicationAnswer.Camel(a.State.ToString()), a.Version, a.UpdatedAt, a.CaseNumber)).ToList());

    private static async Task<Results<Created<ApplicationAnswer>, ValidationProblem, ProblemHttpResult>> StartAsync(
        HttpRequest request, ApplicationDesk desk, IStringLocalizer<CasesText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (await JsonBody.ReadAsync<StartApplicationRequest>(request, errors, cancellationToken) is not { } body)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        switch (await desk.StartAsync(body.ApplicationType, http.User, errors, cancellationToken))
        {
            case ApplicationOutcome.Saved saved:
                return TypedResults.Created($"/api/v1/applications/{saved.Application.Id}", await AnswerAsync(saved.Application, desk, text, cancellationToken));
            case ApplicationOutcome.Invalid:
                return TypedResults.ValidationProblem(errors.ToDictionary());
            default:
                return NotOffered(text);
        }
    }

    private static async Task<Results<Ok<ApplicationAnswer>, NotFound>> GetAsync(
        Guid id, ApplicationDesk desk, IStringLocalizer<CasesText> text, HttpContext http, CancellationToken cancellationToken)
    {
        if (await desk.OpenAsync(id, http.User, cancellationToken) is not { } application)
        {
            return TypedResults.NotFound();
        }

        http.Response.Headers.ETag = Tag(application.Version);
        return TypedResults.Ok(await AnswerAsync(application, desk, text, cancellationToken));
    }

    private static async Task<Results<Ok<ApplicationAnswer>, NotFound, ValidationProblem, ProblemHttpResult>> SaveStepAsync(
        Guid id, string step, HttpRequest request, ApplicationDesk desk, IStringLocalizer<CasesText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (await JsonBody.ReadAsync<ApplicationStepRequest>(request, errors, cancellationToken) is not { } body)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        body = body with { Version = body.Version ?? IfMatch(http) };
        return await AnsweredAsync(await desk.SaveStepAsync(id, step, body, http.User, errors, cancellationToken), errors, desk, text, http, cancellationToken);
    }

    private static async Task<Results<Ok<ApplicationAnswer>, NotFound, ValidationProblem, ProblemHttpResult>> MrzAsync(
        Guid id, HttpRequest request, ApplicationDesk desk, IStringLocalizer<CasesText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (await JsonBody.ReadAsync<MrzRequest>(request, errors, cancellationToken) is not { } body)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await AnsweredAsync(await desk.FillFromMrzAsync(id, body.Version ?? IfMatch(http), body.Mrz, http.User, errors, cancellationToken), errors, desk, text, http, cancellationToken);
    }

    private static async Task<Results<Created<ApplicationAnswer>, NotFound, ValidationProblem, ProblemHttpResult>> UploadAsync(
        Guid id, HttpRequest request, ApplicationDesk desk, LimitedUpload uploads, IOptions<ApplicationOptions> options, IStringLocalizer<CasesText> text,
        HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (!request.HasFormContentType)
        {
            errors.Add("file", "Send the file as multipart/form-data, with the document's code in the field document.");
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile("file");
        var reading = await uploads.ReadAsync(file, options.Value.MaxFileBytes, cancellationToken);
        if (!reading.IsRead)
        {
            errors.AddTranslated("file", reading.Problem!);
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        switch (await desk.UploadAsync(id, form["document"].ToString(), file!.FileName, reading.Content, http.User, errors, cancellationToken))
        {
            case ApplicationOutcome.Saved saved:
                http.Response.Headers.ETag = Tag(saved.Application.Version);
                return TypedResults.Created($"/api/v1/applications/{id}", await AnswerAsync(saved.Application, desk, text, cancellationToken));
            case ApplicationOutcome.NotFound:
                return TypedResults.NotFound();
            case ApplicationOutcome.ReadOnly:
                return ReadOnly(text);
            default:
                return TypedResults.ValidationProblem(errors.ToDictionary());
        }
    }

    private static async Task<Results<Ok<ApplicationAnswer>, NotFound, ValidationProblem, ProblemHttpResult>> RemoveFileAsync(
        Guid id, Guid fileId, ApplicationDesk desk, IStringLocalizer<CasesText> text, HttpContext http, CancellationToken cancellationToken) =>
        await AnsweredAsync(await desk.RemoveFileAsync(id, fileId, http.User, cancellationToken), new FieldErrors(text), desk, text, http, cancellationToken);

    private static async Task<Results<Created<ApplicationAnswer>, Ok<ApplicationAnswer>, NotFound, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        Guid id, HttpRequest request, ApplicationDesk desk, IStringLocalizer<CasesText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (await JsonBody.ReadAsync<SubmitApplicationRequest>(request, errors, cancellationToken) is not { } body)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var key = http.Request.Headers[IdempotencyMiddleware.HeaderName].ToString();
        var outcome = await desk.SubmitAsync(id, body.Version ?? IfMatch(http), key, body.Code, new FeeStatement(body.FeeMethod, body.FeeReference, body.FeePaidOn), http.User, errors, cancellationToken);
        switch (outcome)
        {
            case SubmitOutcome.Submitted { Repeated: false } submitted:
                return TypedResults.Created($"/api/v1/applications/{id}", await AnswerAsync(submitted.Application, desk, text, cancellationToken));
            case SubmitOutcome.Submitted submitted:
                return TypedResults.Ok(await AnswerAsync(submitted.Application, desk, text, cancellationToken));
            case SubmitOutcome.NotFound:
                return TypedResults.NotFound();
            case SubmitOutcome.Stale stale:
                return Stale(text, stale.CurrentVersion);
            case SubmitOutcome.AwaitingEmployerAnnex:
                return TypedResults.Problem(title: text["The application waits for the employer's annex; it can be submitted once the employer has filled it in."],
                    statusCode: StatusCodes.Status409Conflict, type: AnnexProblemType);
            case SubmitOutcome.Incomplete incomplete:
                return TypedResults.Problem(title: text["The application is not complete yet."], statusCode: StatusCodes.Status409Conflict, type: IncompleteProblemType,
                    extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
                    {
                        ["missing"] = incomplete.Checklist.Missing.Select(l => new ChecklistAnswer(l.Key, text[l.Label], l.Step, l.IsDocument, l.Done)).ToList(),
                    });
            case SubmitOutcome.NeedsSecondFactor:
                return TypedResults.Problem(title: text["Set up two-factor sign-in for your account first: the submission is signed with its code."],
                    statusCode: StatusCodes.Status409Conflict, type: SecondFactorProblemType,
                    extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["enrolUrl"] = EnrolUrl(id) });
            case SubmitOutcome.Invalid:
                return TypedResults.ValidationProblem(errors.ToDictionary());
            case SubmitOutcome.NotOffered:
                return NotOffered(text);
            default:
                throw new InvalidOperationException("Every outcome is answered above.");
        }
    }

    private static async Task<Results<Ok<ApplicationReceipt>, NotFound, ProblemHttpResult>> ReceiptAsync(
        Guid id, ApplicationDesk desk, ApplicationReceipts receipts, HttpContext http, CancellationToken cancellationToken)
    {
        if (await desk.OpenAsync(id, http.User, cancellationToken) is not { } application)
        {
            return TypedResults.NotFound();
        }

        return await receipts.ReceiptAsync(application, cancellationToken) is { } receipt ? TypedResults.Ok(receipt) : NotSubmitted(receipts.Text);
    }

    internal static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> ReceiptPdfAsync(
        Guid id, ApplicationDesk desk, ApplicationReceipts receipts, HttpContext http, CancellationToken cancellationToken)
    {
        if (await desk.OpenAsync(id, http.User, cancellationToken) is not { } application)
        {
            return TypedResults.NotFound();
        }

        var statusPage = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/my/cases/";
        return await receipts.PdfAsync(application, statusPage, cancellationToken) is { } pdf
            ? TypedResults.File(pdf, "application/pdf", $"receipt-{application.CaseNumber!.Replace('/', '-')}.pdf")
            : NotSubmitted(receipts.Text);
    }

    internal static string EnrolUrl(Guid id) => "/account/enrol-2fa?returnUrl=" + Uri.EscapeDataString($"/my/applications/{id}/review");

    private static async Task<Results<Ok<ApplicationAnswer>, NotFound, ValidationProblem, ProblemHttpResult>> AnsweredAsync(
        ApplicationOutcome outcome, FieldErrors errors, ApplicationDesk desk, IStringLocalizer<CasesText> text, HttpContext http, CancellationToken cancellationToken)
    {
        switch (outcome)
        {
            case ApplicationOutcome.Saved saved:
                http.Response.Headers.ETag = Tag(saved.Application.Version);
                return TypedResults.Ok(await AnswerAsync(saved.Application, desk, text, cancellationToken));
            case ApplicationOutcome.NotFound:
                return TypedResults.NotFound();
            case ApplicationOutcome.Stale stale:
                return Stale(text, stale.CurrentVersion);
            case ApplicationOutcome.ReadOnly:
                return ReadOnly(text);
            case ApplicationOutcome.Invalid:
                return TypedResults.ValidationProblem(errors.ToDictionary());
            default:
                return NotOffered(text);
        }
    }

    private static async Task<ApplicationAnswer> AnswerAsync(OnlineApplication application, ApplicationDesk desk, IStringLocalizer<CasesText> text, CancellationToken cancellationToken)
    {
        var entry = await desk.EntryAsync(application.ApplicationType, cancellationToken);
        var checklist = entry is null ? null : ApplicationChecklist.For(application, entry, desk.Today());
        return ApplicationAnswer.Of(application, entry, checklist, text);
    }

    private static ProblemHttpResult Stale(IStringLocalizer<CasesText> text, int current) =>
        TypedResults.Problem(
            title: text["The application was changed in another window since you opened it. Nothing was saved; open it again to see the change."],
            statusCode: StatusCodes.Status409Conflict, type: StaleProblemType,
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["currentVersion"] = current });

    private static ProblemHttpResult ReadOnly(IStringLocalizer<CasesText> text) =>
        TypedResults.Problem(title: text["The application has been submitted and can no longer be changed."], statusCode: StatusCodes.Status409Conflict, type: ReadOnlyProblemType);

    private static ProblemHttpResult NotSubmitted(IStringLocalizer<CasesText> text) =>
        TypedResults.Problem(title: text["The application has not been submitted yet, so it has no receipt."], statusCode: StatusCodes.Status409Conflict, type: ReadOnlyProblemType);

    private static ProblemHttpResult NotOffered(IStringLocalizer<CasesText> text) =>
        TypedResults.Problem(title: text["The office does not take this application online today."], statusCode: StatusCodes.Status409Conflict, type: NotOfferedProblemType);

    private static string Tag(int version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    private static int? IfMatch(HttpContext http) =>
        int.TryParse(http.Request.Headers.IfMatch.ToString().Replace("W/", "", StringComparison.Ordinal).Trim('"', ' '), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
}
