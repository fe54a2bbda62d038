using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Localization;
using Pathway.Platform.ApiKeys;
using Pathway.Platform.Audit;
using Pathway.Platform.Localization;
using Pathway.Platform.Modules;
using Pathway.Platform.Persistence;

namespace Pathway.Analytics.DataExchange;

/// <summary>
/// The partner API (<c>/api/v1/exchange</c>, a partner's key in <c>X-Api-Key</c>) and the open-data
/// API (<c>/api/v1/open-data</c>, no key, public datasets only): the same datasets in the same shapes,
/// every figure cut from the dataset's one protected cube.
/// </summary>
internal static class ExchangeApi
{
    public const string PartnerBase = "api/v1/exchange/datasets";
    public const string OpenDataBase = "api/v1/open-data/datasets";

    private const string FilterHelp = "Filters in the query string: from and to (YYYY-MM, whole months), and one code of any dimension by its id "
        + "(e.g. ?citizenship=UKR&from=2025-01&to=2025-12; _T is a dimension's total). Unfiltered dimensions come at every code and their total. "
        + "A suppressed cell has OBS_VALUE null and CONF_STATUS C. 400 names each wrong filter in the caller's language.";

    public static void MapExchangeApi(this IEndpointRouteBuilder routes)
    {
        // Only a key: a signed-in person reads the warehouse through their own pages.
        var byKey = new AuthorizationPolicyBuilder(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser().Build();
        var partner = routes.MapGroup("/" + PartnerBase).WithTags("Partner API").RequireAuthorization(byKey);
        partner.MapGet("/", PartnerListAsync).WithName("PartnerDatasets")
            .WithSummary("The datasets the partner's key may read, with when each last changed; audited");
        partner.MapGet("/{dataset}", (string dataset, HttpContext http, PartnerDesk partners, PartnerRateLimits limits, DatasetDesk desk, PathwayDbContext db, PermissionCatalog permissions, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken) =>
                PartnerSliceAsync(dataset, csv: false, http, partners, limits, desk, db, permissions, text, cancellationToken))
            .WithName("PartnerDataset").WithSummary("A dataset the partner was granted, as JSON: its dimensions with their codes and the observations of the slice asked; audited")
            .WithDescription(FilterHelp + " 403 when the key was not granted the dataset or the partner is suspended; 429 with Retry-After past the partner's calls a minute.");
        partner.MapGet("/{dataset}.csv", (string dataset, HttpContext http, PartnerDesk partners, PartnerRateLimits limits, DatasetDesk desk, PathwayDbContext db, PermissionCatalog permissions, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken) =>
                PartnerSliceAsync(dataset, csv: true, http, partners, limits, desk, db, permissions, text, cancellationToken))
            .WithName("PartnerDatasetCsv").WithSummary("A dataset the partner was granted, as SDMX-CSV 1.0 (DATAFLOW PATHWAY:{ID}(1.0); suppressed cells empty and flagged C); audited")
            .WithDescription(FilterHelp);

        var open = routes.MapGroup("/" + OpenDataBase).WithTags("Open data").AllowAnonymous().RequireRateLimiting(OpenDataLimit.Name);
        open.MapGet("/", OpenListAsync).WithName("OpenDatasets")
            .WithSummary("The public datasets (open data), with when each last changed; no key needed");
        open.MapGet("/{dataset}", (string dataset, HttpContext http, DatasetDesk desk, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken) =>
                OpenSliceAsync(dataset, csv: false, http, desk, text, cancellationToken))
            .WithName("OpenDataset").WithSummary("A public dataset as JSON, as the partner API gives it; no key needed")
            .WithDescription(FilterHelp + " 404 for a dataset that is not public; 429 with Retry-After past the anonymous calls a minute.");
        open.MapGet("/{dataset}.csv", (string dataset, HttpContext http, DatasetDesk desk, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken) =>
                OpenSliceAsync(dataset, csv: true, http, desk, text, cancellationToken))
            .WithName("OpenDatasetCsv").WithSummary("A public dataset as SDMX-CSV 1.0, the published edition; no key needed")
            .WithDescription(FilterHelp);
    }

    private static async Task<Results<Ok<IReadOnlyList<DatasetSummary>>, ProblemHttpResult>> PartnerListAsync(
        HttpContext http, PartnerDesk partners, PartnerRateLimits limits, DatasetDesk desk, PathwayDbContext db, PermissionCatalog permissions, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken)
    {
        var (caller, refusal) = await CallerAsync(http, partners, limits, text, cancellationToken);
        if (caller is null)
        {
            return refusal!;
        }

        var readable = DatasetCatalogue.All.Where(d => MayRead(http.User, caller, d, permissions)).ToList();
        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, "Dataset", "", Details: $"{Describe(caller)}; datasets listed: {string.Join(' ', readable.Select(d => d.Id))}"), cancellationToken);
        return TypedResults.Ok(await desk.ListAsync(readable, PartnerBase, cancellationToken));
    }

    private static async Task<Results<Ok<DatasetAnswer>, FileContentHttpResult, ValidationProblem, NotFound, ProblemHttpResult>> PartnerSliceAsync(
        string id, bool csv, HttpContext http, PartnerDesk partners, PartnerRateLimits limits, DatasetDesk desk, PathwayDbContext db, PermissionCatalog permissions,
        IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken)
    {
        var (caller, refusal) = await CallerAsync(http, partners, limits, text, cancellationToken);
        if (caller is null)
        {
            return refusal!;
        }

        var dataset = DatasetCatalogue.Find(id);
        var format = csv ? "csv" : "json";
        if (dataset is null)
        {
            await db.AuditNowAsync(new AuditRecord(AuditAction.Read, "Dataset", Trimmed(id), Details: $"{Describe(caller)}; {format}; refused: no such dataset"), cancellationToken);
            return TypedResults.NotFound();
        }

        // The catalogue is public (the open-data page, the documentation), so a dataset not granted is
        // a 403 that tells the partner what to ask for, not a 404 that would hide nothing.
        if (!MayRead(http.User, caller, dataset, permissions))
        {
            await db.AuditNowAsync(new AuditRecord(AuditAction.Read, "Dataset", dataset.Id, Details: $"{Describe(caller)}; {format}; refused: not granted"), cancellationToken);
            return TypedResults.Problem(title: text["This key may not read the dataset {0}; ask the office to grant it.", dataset.Id], statusCode: StatusCodes.Status403Forbidden);
        }

        var answer = await SliceAsync(dataset, csv, http, desk, text, cancellationToken);
        var outcome = answer.Result switch
        {
            ValidationProblem problem => "refused: " + string.Join(", ", problem.ProblemDetails.Errors.Keys),
            _ => "answered",
        };
        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, "Dataset", dataset.Id,
            Details: $"{Describe(caller)}; {format}; {Filter(http)}; {outcome}"), cancellationToken);
        return answer.Result switch
        {
            Ok<DatasetAnswer> ok => ok,
            FileContentHttpResult file => file,
            ValidationProblem problem => problem,
            _ => throw new InvalidOperationException("A slice answers with data or a validation problem."),
        };
    }

    private static async Task<Ok<IReadOnlyList<DatasetSummary>>> OpenListAsync(DatasetDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.ListAsync(DatasetCatalogue.All.Where(d => d.Public), OpenDataBase, cancellationToken));

    private static async Task<Results<Ok<DatasetAnswer>, FileContentHttpResult, ValidationProblem, NotFound>> OpenSliceAsync(
        string id, bool csv, HttpContext http, DatasetDesk desk, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken)
    {
        if (DatasetCatalogue.Find(id) is not { Public: true } dataset)
        {
            return TypedResults.NotFound();
        }

        return (await SliceAsync(dataset, csv, http, desk, text, cancellationToken)).Result switch
        {
            Ok<DatasetAnswer> ok => ok,
            FileContentHttpResult file => file,
            ValidationProblem problem => problem,
            _ => throw new InvalidOperationException("A slice answers with data or a validation problem."),
        };
    }

    /// <summary>The slice the query string asks for, from the dataset's protected cube: JSON, or the SDMX-CSV file (the staff's statistics API answers with it too).</summary>
    internal static async Task<Results<Ok<DatasetAnswer>, FileContentHttpResult, ValidationProblem>> SliceAsync(
        ExchangeDataset dataset, bool csv, HttpContext http, DatasetDesk desk, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken)
    {
        var data = await desk.ProtectedAsync(dataset, cancellationToken);
        var errors = new FieldErrors(text);
        if (DatasetFilter.Read(http.Request.Query, dataset, data.CodeLists, errors) is not { } filter)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return csv
            ? TypedResults.File(DatasetCsv.Write(data, filter), DatasetCsv.ContentType, dataset.Id + ".csv")
            : TypedResults.Ok(desk.Answer(data, filter));
    }

    /// <summary>
    /// The partner a key speaks for, refused when the key is no partner's, the partner is suspended,
    /// or it has used its calls of the minute (the 429 is not audited: it reaches no data, and a
    /// flood of refusals would flood the trail).
    /// </summary>
    private static async Task<(Partner? Partner, ProblemHttpResult? Refusal)> CallerAsync(
        HttpContext http, PartnerDesk partners, PartnerRateLimits limits, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken)
    {
        if (await partners.CallerAsync(http.User, cancellationToken) is not { } partner)
        {
            return (null, TypedResults.Problem(title: text["This key was not issued to a partner of the office."], statusCode: StatusCodes.Status403Forbidden));
        }

        if (partner.Suspended)
        {
            return (null, TypedResults.Problem(title: text["The partner's access is suspended; ask the office."], statusCode: StatusCodes.Status403Forbidden));
        }

        if (limits.Take(partner.Id, partner.RateLimitPerMinute) is { } wait)
        {
            return (null, OpenDataLimit.TooMany(http, wait));
        }

        return (partner, null);
    }

    /// <summary>Both the key's scope and the partner's grant: a dataset taken back from a partner is refused at once.</summary>
    private static bool MayRead(ClaimsPrincipal key, Partner partner, ExchangeDataset dataset, PermissionCatalog permissions) =>
        partner.IsGranted(dataset.Id) && permissions.IsGranted(key, dataset.Scope);

    private static string Describe(Partner partner) => $"partner {partner.Name} ({partner.Id})";

    internal static string Filter(HttpContext http) =>
        http.Request.QueryString.HasValue ? "filter " + Trimmed(Uri.UnescapeDataString(http.Request.QueryString.Value!.TrimStart('?'))) : "no filter";

    /// <summary>What a caller wrote goes on the record, but not without bound.</summary>
    internal static string Trimmed(string text) => text.Length <= 200 ? text : string.Create(CultureInfo.InvariantCulture, $"{text[..200]}…");
}
