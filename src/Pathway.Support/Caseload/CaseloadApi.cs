using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Support.Localization;
using Pathway.Support.Periods;

namespace Pathway.Support.Caseload;

internal static class CaseloadApi
{
    public static void MapCaseloadApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/v1/caseload", CountAsync).WithName("Caseload").WithTags("Support: caseload").RequireAuthorization(SupportPermissions.CaseloadRead)
            .WithSummary("Case-management figures of the cases the caller supervises: open cases, each worker's caseload, time to closure, overdue services")
            .WithDescription("?from=YYYY-MM-DD&to=YYYY-MM-DD (the last twelve months when left out). Time to closure in the office's days from intake to the approved closure, "
                + "for the cases closed in the period; a case with several colleagues on its team counts for each.");

    private static async Task<Results<Ok<CaseloadReport>, ValidationProblem>> CountAsync(
        string? from, string? to, CaseloadFigures figures, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var period = await PeriodAsync(from, to, figures, errors, text, cancellationToken);
        return period is { } p ? TypedResults.Ok(await figures.CountAsync(p.From, p.To, http.User, cancellationToken)) : TypedResults.ValidationProblem(errors.ToDictionary());
    }

    /// <summary>The period asked for: by default the twelve months up to today.</summary>
    public static async Task<(DateOnly From, DateOnly To)?> PeriodAsync(
        string? from, string? to, CaseloadFigures figures, FieldErrors errors, IStringLocalizer text, CancellationToken cancellationToken) =>
        Period.Read(from, to, await figures.TodayAsync(cancellationToken), last => last.AddYears(-1).AddDays(1), errors, text);
}
