using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.People.Duplicates;
using Pathway.People.Localization;
using Pathway.People.Registry;
using Pathway.Platform.Idempotency;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;

namespace Pathway.People.Registry;

internal static class PeopleApi
{
    public static RouteGroupBuilder MapPeopleApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/persons").WithTags("Persons");
        group.MapGet("/", SearchAsync).RequireAuthorization(PeoplePermissions.PersonsRead).WithName("SearchPersons").WithSummary("Searches the person registry by name (any script), document number or date of birth");
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(PeoplePermissions.PersonsRead).WithName("GetPerson").WithSummary("Opens one person with their documents; the read is audited with its reason");
        group.MapPost("/", RegisterAsync).RequireAuthorization(PeoplePermissions.PersonsWrite).WithIdempotency().WithName("RegisterPerson").WithSummary("Registers a person with their documents");
        group.MapPost("/{id:guid}/documents", AddDocumentAsync).RequireAuthorization(PeoplePermissions.PersonsWrite).WithIdempotency().WithName("AddDocument").WithSummary("Adds a document to a person's record");
        group.MapPost("/check", CheckAsync).RequireAuthorization(PeoplePermissions.PersonsWrite).WithName("CheckPersonAgainstRegistry").WithSummary("Checks a person about to be registered against the registry")
            .WithDescription("Likely duplicates and document signals for a person about to be registered; saves nothing.");
        return group;
    }

    private static async Task<Results<Ok<PersonSearchResult>, ValidationProblem>> SearchAsync(
        string? name, string? document, string? birthDate, int? limit,
        IPersonRegistry registry, IStringLocalizer<PeopleText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var born = PersonRequestParser.ParseDate(birthDate, "birthDate", required: false, errors);
        if (limit is < 1 or > 200)
        {
            errors.Add("limit", "Enter a number from {0} to {1}.", 1, 200);
        }

        var query = new PersonSearchQuery(name, document, born, limit ?? 50);
        if (!errors.Any && query.IsEmpty)
        {
            errors.Add("name", "Enter a name, a document number or a date of birth.");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(await registry.SearchAsync(query, cancellationToken));
    }

    private static async Task<Results<Ok<PersonView>, NotFound, ForbidHttpResult>> GetAsync(
        Guid id, string? reason, IPersonRegistry registry, IAuthorizationService authorization, HttpContext http, CancellationToken cancellationToken)
    {
        var person = await registry.GetAsync(id, reason, cancellationToken);
        if (person is null)
        {
            return TypedResults.NotFound();
        }

        var allowed = await authorization.AuthorizeAsync(http.User, person, PersonOperations.Read);
        return allowed.Succeeded ? TypedResults.Ok(person) : TypedResults.Forbid();
    }

    private static async Task<Results<Ok<PersonView>, NotFound, ValidationProblem, ProblemHttpResult>> AddDocumentAsync(
        Guid id, DocumentRequest request, IPersonRegistry registry, IStringLocalizer<PeopleText> text, CancellationToken cancellationToken)
    {
        var (document, errors) = PersonRequestParser.ParseDocument(request, "", text);
        if (document is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await registry.AddDocumentAsync(id, document, cancellationToken) switch
        {
            RegistryOutcome.Saved saved => TypedResults.Ok(saved.Person),
            RegistryOutcome.PersonNotFound => TypedResults.NotFound(),
            var refused => HeldNumbers.Problem(refused, text),
        };
    }

    private static async Task<Results<Ok<RegistryCheckResult>, ValidationProblem>> CheckAsync(
        RegisterPersonRequest request, IRegistryCheck check, IStringLocalizer<PeopleText> text, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (details, documents, errors) = PersonRequestParser.Parse(request, text, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return details is null
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : TypedResults.Ok(await check.CheckAsync(details, documents, cancellationToken));
    }

    private static async Task<Results<Created<PersonView>, ValidationProblem, ForbidHttpResult, ProblemHttpResult>> RegisterAsync(
        RegisterPersonRequest request, IPersonRegistry registry, IStringLocalizer<PeopleText> text, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var organisation = http.User.GetOrganisationId();
        if (organisation is null)
        {
            return TypedResults.Forbid();
        }

        var (details, documents, errors) = PersonRequestParser.Parse(request, text, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (details is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await registry.RegisterAsync(details, documents, organisation.Value, RegistrationAcknowledgement.ReviewLater, cancellationToken) switch
        {
            RegistryOutcome.Saved saved => TypedResults.Created($"/api/v1/persons/{saved.Person.Id}", saved.Person),
            var refused => HeldNumbers.Problem(refused, text),
        };
    }
}
