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
        group.MapGet("/incidents/{id:guid}", GetAsync).RequireAuthorization(SupportPermissions.GbvRecord).WithName("GbvIncident")
            .WithSummary("One incident of the caller's organisation: its code and categories; 404 for another organisation's");
        group.MapPut("/incidents/{id:guid}", CorrectAsync).RequireAuthorization(SupportPermissions.GbvRecord).WithName("CorrectGbvIncident")
            .Accepts<GbvIncidentInput>("application/json")
            .WithSummary("Corrects an incident of the caller's organisation: the whole record as when recording it; the code stays")
            .WithDescription("The body and its checks are those of recording. 200 with the incident; 400 naming every field that is wrong, nothing changed; "
                + "404 for another organisation's. Audited with the names of the fields changed, never their values.");
        group.MapDelete("/incidents/{id:guid}", DeleteAsync).RequireAuthorization(SupportPermissions.GbvRecord).WithName("DeleteGbvIncident")
            .Accepts<DeleteBody>("application/json")
            .WithSummary("Deletes an incident of the caller's organisation for good: { reason } (required, 500 characters)")
            .WithDescription("204; 400 without a reason; 404 for another organisation's. Audited with the code and the reason. The figures count it no more.");
        group.MapGet("/figures", FiguresAsync).RequireAuthorization(SupportPermissions.GbvFigures).WithName("GbvFigures")
            .WithSummary("Incidents reported in a period by type, age group and perpetrator, counting only consenting survivors, counts of 1 to 4 not shown, nor a count that would give one away")
            .WithDescription("?from=YYYY-MM&to=YYYY-MM (this year's months so far when left out). Each count: { count (null when not shown), suppressed, shown (the number or \"x\") }. "
                + "The three tables add up to the same total, so in a table that would hide only one count the smallest other count above nought is hidden too.");
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
            return TypedResults.Created($"/api/v1/gbv/incidents/{incident.Id}", incident);
        }

        foreach (var refusal in problems)
        {
            errors.AddTranslated(refusal.Field ?? "body", GbvText.Problem(refusal.Problem, text));
        }

        return TypedResults.ValidationProblem(errors.ToDictionary());
    }

    private static async Task<Results<Ok<GbvIncidentView>, NotFound>> GetAsync(Guid id, GbvRegister register, CancellationToken cancellationToken) =>
        await register.FindAsync(id, cancellationToken) is { } incident ? TypedResults.Ok(incident) : TypedResults.NotFound();

    private static async Task<Results<Ok<GbvIncidentView>, NotFound, ValidationProblem>> CorrectAsync(
        Guid id, HttpRequest request, GbvRegister register, IStringLocalizer<SupportText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<GbvIncidentInput>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (incident, problems) = await register.CorrectAsync(id, body, cancellationToken);
        if (incident is not null)
        {
            return TypedResults.Ok(incident);
        }

        if (problems.Any(p => p.Problem == GbvProblem.IncidentNotFound))
        {
            return TypedResults.NotFound();
        }

        foreach (var refusal in problems)
        {
            errors.AddTranslated(refusal.Field ?? "body", GbvText.Problem(refusal.Problem, text));
        }

        return TypedResults.ValidationProblem(errors.ToDictionary());
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> DeleteAsync(
        Guid id, HttpRequest request, GbvRegister register, IStringLocalizer<SupportText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadOptionalAsync(request, new DeleteBody(null), errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        switch (await register.DeleteAsync(id, body.Reason, cancellationToken))
        {
            case null:
                return TypedResults.NoContent();
            case { Problem: GbvProblem.IncidentNotFound }:
                return TypedResults.NotFound();
            case var refusal:
                errors.AddTranslated(refusal.Field ?? "body", GbvText.Problem(refusal.Problem, text));
                return TypedResults.ValidationProblem(errors.ToDictionary());
        }
    }

    private static async Task<Results<Ok<GbvFigures>, ValidationProblem>> FiguresAsync(
        string? from, string? to, GbvRegister register, IStringLocalizer<SupportText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        return await GbvPeriod.ReadAsync(from, to, register, errors, text, cancellationToken) is { } period
            ? TypedResults.Ok(await register.FiguresAsync(period.From, period.To, cancellationToken))
            : TypedResults.ValidationProblem(errors.ToDictionary());
    }

    internal sealed record DeleteBody(string? Reason);
}
