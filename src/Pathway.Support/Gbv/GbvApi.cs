using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Support.Localization;

namespace Pathway.Support.Gbv;

internal static class GbvApi
{
    public static RouteGroupBuilder MapGbvApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/gbv").WithTags("Support: gender-based violence");
        group.MapGet("/incidents", ListAsync).RequireAuthorization(SupportPermissions.GbvRecord).WithName("GbvIncidents")
            .WithSummary("The organisation's gender-based-violence incidents, the latest first: codes and categories, no one named")
            .WithDescription("At most 500. Each organisation sees its own; an office's units see the office's.");
        group.MapPost("/incidents", RecordAsync).RequireAuthorization(SupportPermissions.GbvRecord).WithName("RecordGbvIncident")
            .Accepts<GbvIncidentInput>("application/json")
            .WithSummary("Records a gender-based-violence incident apart from any case, with the least identifying data")
            .WithDescription("{ incidentMonth (YYYY-MM), reportedMonth (YYYY-MM), place (district or area, optional, 100 characters), "
                + "context (CountryOfOrigin|DuringFlight|CountryOfAsylum), type (Rape|SexualAssault|PhysicalAssault|ForcedMarriage|DenialOfResources|PsychologicalAbuse), "
                + "ageGroup (From0To11|From12To17|From18To25|From26To40|From41To60|From61), sex (Female|Male|Other), separatedChild, "
                + "perpetrator (IntimatePartner|FamilyMember|OtherKnownPerson|Stranger|SmugglerOrTrafficker|OfficialOrAuthority|Unknown), "
                + "perpetrators (One|Two|ThreeOrMore|Unknown), services ([LegalAdvice|PsychologicalCounselling|Interpreting|CaseManagement|SocialAssistance|HealthCare|SafetyAndShelter]), "
                + "statisticsConsent }. 201 with the incident and its code; 400 naming every field that is wrong.");
        group.MapGet("/figures", FiguresAsync).RequireAuthorization(SupportPermissions.GbvFigures).WithName("GbvFigures")
            .WithSummary("Incidents reported in a period by type, age group and perpetrator, counting only consenting survivors, counts of 1 to 4 shown as fewer than 5")
            .WithDescription("?from=YYYY-MM&to=YYYY-MM (this year's months so far when left out). Each count: { count (null when hidden), fewerThanFive, shown (the number or \"<5\") }.");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<GbvIncidentView>>> ListAsync(GbvRegister register, CancellationToken cancellationToken) =>
        TypedResults.Ok(await register.ListAsync(cancellationToken));

    private static async Task<Results<Created<GbvIncidentView>, ValidationProblem>> RecordAsync(
        HttpRequest request, GbvRegister register, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<GbvIncidentInput>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (incident, problems) = await register.RecordAsync(body, http.User, cancellationToken);
        if (incident is not null)
        {
            // No incident has an address of its own: the code is its only handle, and the list is where it shows.
            return TypedResults.Created((string?)null, incident);
        }

        foreach (var refusal in problems)
        {
            errors.AddTranslated(refusal.Field ?? "body", GbvText.Problem(refusal.Problem, text));
        }

        return TypedResults.ValidationProblem(errors.ToDictionary());
    }

    private static async Task<Results<Ok<GbvFigures>, ValidationProblem>> FiguresAsync(
        string? from, string? to, GbvRegister register, IStringLocalizer<SupportText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        return await GbvPeriod.ReadAsync(from, to, register, errors, text, cancellationToken) is { } period
            ? TypedResults.Ok(await register.FiguresAsync(period.From, period.To, cancellationToken))
            : TypedResults.ValidationProblem(errors.ToDictionary());
    }
}
