using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Support.Localization;

namespace Pathway.Support.Beneficiaries;

internal static class ServicesApi
{
    public static void MapServicesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/beneficiaries/{id:guid}/services").WithTags("Support: services").RequireAuthorization(SupportPermissions.BeneficiariesWork);
        group.MapGet("/", ListAsync).WithName("CaseServices").WithSummary("A case's services, given and planned, the latest first; 404 outside the team");
        group.MapPost("/", RecordAsync).WithName("RecordService")
            .Accepts<ServiceInput>("application/json")
            .WithSummary("Records a service given, or plans one")
            .WithDescription("{ kind (LegalAdvice|PsychologicalCounselling|Interpreting|CaseManagement|SocialAssistance), status (Delivered|Planned), deliveredOn (not after today) "
                + "or dueOn (today or later), provider, minutes (1 to 1440), outcome, languageFrom and languageTo (ISO 639-1, for interpreting), project }. 201; 400 naming every wrong field.");
        group.MapPost("/{serviceId:guid}/delivered", DeliverAsync).WithName("ServiceDelivered")
            .Accepts<DeliveredBody>("application/json")
            .WithSummary("Marks a planned service given: { deliveredOn, minutes, outcome }");
        routes.MapGet("/api/v1/services/overdue", OverdueAsync).WithTags("Support: services").RequireAuthorization(SupportPermissions.BeneficiariesWork)
            .WithName("OverdueServices").WithSummary("Planned services whose day has passed, of the cases the caller may open, the longest overdue first");
    }

    private static async Task<Results<Ok<IReadOnlyList<SupportService>>, NotFound>> ListAsync(Guid id, ServiceLog log, HttpContext http, CancellationToken cancellationToken) =>
        await log.ListAsync(id, http.User, cancellationToken) is { } services ? TypedResults.Ok(services) : TypedResults.NotFound();

    private static async Task<Results<Created<SupportService>, NotFound, ValidationProblem>> RecordAsync(
        Guid id, HttpRequest request, ServiceLog log, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<ServiceInput>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (service, problems) = await log.RecordAsync(id, body, http.User, cancellationToken);
        return service is not null ? TypedResults.Created($"/api/v1/beneficiaries/{id}/services/{service.Id}", service) : Refused<Created<SupportService>>(problems, errors, text);
    }

    private static async Task<Results<Ok<SupportService>, NotFound, ValidationProblem>> DeliverAsync(
        Guid id, Guid serviceId, HttpRequest request, ServiceLog log, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<DeliveredBody>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (service, problems) = await log.DeliverAsync(id, serviceId, body.DeliveredOn, body.Minutes, body.Outcome, http.User, cancellationToken);
        return service is not null ? TypedResults.Ok(service) : Refused<Ok<SupportService>>(problems, errors, text);
    }

    private static async Task<Ok<IReadOnlyList<OverdueService>>> OverdueAsync(ServiceLog log, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await log.OverdueAsync(http.User, cancellationToken));

    /// <summary>A case or service the caller cannot reach is 404; the rest name their field.</summary>
    private static Results<T, NotFound, ValidationProblem> Refused<T>(IReadOnlyList<ServiceRefusal> problems, FieldErrors errors, IStringLocalizer text)
        where T : IResult
    {
        if (problems.Any(p => p.Problem is ServiceProblem.CaseNotFound or ServiceProblem.ServiceNotFound))
        {
            return TypedResults.NotFound();
        }

        foreach (var refusal in problems)
        {
            errors.AddTranslated(refusal.Field, ServiceText.Problem(refusal.Problem, text));
        }

        return TypedResults.ValidationProblem(errors.ToDictionary());
    }

    internal sealed record DeliveredBody(DateOnly? DeliveredOn, int? Minutes, string? Outcome);
}
