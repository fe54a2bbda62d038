using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Support.Localization;

namespace Pathway.Support.Beneficiaries;

internal static class BeneficiariesApi
{
    public static RouteGroupBuilder MapBeneficiariesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/beneficiaries").WithTags("Support: beneficiaries").RequireAuthorization(SupportPermissions.BeneficiariesWork);
        group.MapGet("/", ListAsync).WithName("Beneficiaries")
            .WithSummary("The support cases the caller may open (their teams'; all of the organisation's for a supervisor), the newest first")
            .WithDescription("?search= a case number or part of a name (letter case and accents aside); ?state=open|closed|all (all when left out). At most 200. Audited as a search.");
        group.MapPost("/", IntakeAsync).WithName("RegisterBeneficiary")
            .Accepts<IntakeInput>("application/json")
            .WithSummary("Registers a person the organisation supports, once")
            .WithDescription("{ givenNames, surname, birthDate, sex (Female|Male|Other|Unknown), citizenship (ICAO code), language (a portal language: the receipts'), "
                + "legalBasis (Consent|VitalInterests|PublicTask|LegalObligation), consentsToServices (required with Consent), personId (the person registry's record, to link), registerAnyway }. "
                + "201 with the case; 409 with the possible duplicates of the organisation (the names only of cases the caller may open) and the registry's records the caller may see, unless registerAnyway; 400 naming every wrong field.");
        group.MapGet("/{id:guid}", OpenAsync).WithName("Beneficiary")
            .WithSummary("Opens a case with its consents; audited as a read. 404 for a case the caller is not on the team of");
        group.MapPost("/{id:guid}/consents", GiveAsync).WithName("RecordConsent")
            .Accepts<ConsentBody>("application/json")
            .WithSummary("Records a consent: to receive services, or to have data disclosed to one organisation")
            .WithDescription("{ kind (ReceiveServices|DiscloseTo), recipientOrganisationId (an organisation of the platform) or recipientName (one outside it) }. 201; 409 when the same consent stands already.");
        group.MapPost("/{id:guid}/consents/{consentId:guid}/revoke", RevokeAsync).WithName("RevokeConsent")
            .WithSummary("Revokes a consent from now on; it stays on record as revoked");
        return group;
    }

    private static async Task<Results<Ok<IReadOnlyList<BeneficiaryAnswer>>, ValidationProblem>> ListAsync(
        string? search, string? state, BeneficiaryDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var asked = state?.Trim().ToLowerInvariant();
        if (asked is { Length: > 0 } and not ("all" or "open" or "closed"))
        {
            var errors = new FieldErrors(text);
            errors.Add("state", "Ask for open, closed or all.");
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        bool? closed = asked switch
        {
            "open" => false,
            "closed" => true,
            _ => null,
        };
        return TypedResults.Ok<IReadOnlyList<BeneficiaryAnswer>>([.. (await desk.ListAsync(http.User, search, 200, cancellationToken, closed)).Select(BeneficiaryAnswer.Of)]);
    }

    private static async Task<Results<Created<BeneficiaryAnswer>, Conflict<DuplicatesAnswer>, ValidationProblem>> IntakeAsync(
        HttpRequest request, BeneficiaryDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<IntakeInput>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var outcome = await desk.IntakeAsync(body, http.User, cancellationToken);
        if (outcome.Saved is { } saved)
        {
            return TypedResults.Created($"/api/v1/beneficiaries/{saved.Id}", BeneficiaryAnswer.Of(saved));
        }

        if (outcome.FoundAny)
        {
            return TypedResults.Conflict(new DuplicatesAnswer(
                text["The organisation may support this person already, or the person registry may hold them: look at these, link the registry's record (personId), or register anyway."],
                outcome.Duplicates, outcome.RegistryMatches));
        }

        foreach (var refusal in outcome.Problems)
        {
            errors.AddTranslated(refusal.Field, BeneficiaryText.Intake(refusal.Problem, text));
        }

        return TypedResults.ValidationProblem(errors.ToDictionary());
    }

    private static async Task<Results<Ok<FileAnswer>, NotFound>> OpenAsync(Guid id, BeneficiaryDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        await desk.OpenAsync(id, http.User, cancellationToken) is { } file ? TypedResults.Ok(new FileAnswer(BeneficiaryAnswer.Of(file.Beneficiary), file.Consents)) : TypedResults.NotFound();

    private static async Task<Results<Created<Consent>, NotFound, Conflict<ProblemAnswer>, ValidationProblem>> GiveAsync(
        Guid id, HttpRequest request, BeneficiaryDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<ConsentBody>(request, errors, cancellationToken);
        if (body?.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            if (!errors.Any)
            {
                errors.Add("kind", "Choose what the person consents to.");
            }

            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (consent, problem) = await desk.GiveAsync(id, kind, body.RecipientOrganisationId, body.RecipientName, http.User, cancellationToken);
        return problem switch
        {
            null => TypedResults.Created($"/api/v1/beneficiaries/{id}/consents/{consent!.Id}", consent),
            ConsentProblem.NotFound => TypedResults.NotFound(),
            ConsentProblem.AlreadyGiven or ConsentProblem.CaseClosed => TypedResults.Conflict(new ProblemAnswer(BeneficiaryText.Consent(problem.Value, text))),
            _ => Invalid(errors, "recipient", BeneficiaryText.Consent(problem.Value, text)),
        };
    }

    private static async Task<Results<Ok<Consent>, NotFound, Conflict<ProblemAnswer>>> RevokeAsync(
        Guid id, Guid consentId, BeneficiaryDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var (consent, problem) = await desk.RevokeAsync(id, consentId, http.User, cancellationToken);
        return problem switch
        {
            null => TypedResults.Ok(consent!),
            ConsentProblem.NotFound => TypedResults.NotFound(),
            _ => TypedResults.Conflict(new ProblemAnswer(BeneficiaryText.Consent(problem.Value, text))),
        };
    }

    private static ValidationProblem Invalid(FieldErrors errors, string field, string message)
    {
        errors.AddTranslated(field, message);
        return TypedResults.ValidationProblem(errors.ToDictionary());
    }

    /// <summary>A case as the API shows it: what the team reads, not the keys the duplicate check compares.</summary>
    internal sealed record BeneficiaryAnswer(
        Guid Id, string Number, string GivenNames, string Surname, DateOnly? BirthDate, Sex Sex, string? Citizenship, string Language,
        LegalBasis LegalBasis, Guid? PersonId, DateTime CreatedAt, string CreatedBy, IReadOnlyList<string> Team, DateTime? ClosedAt)
    {
        public static BeneficiaryAnswer Of(Beneficiary b) => new(
            b.Id, b.Number, b.GivenNames, b.Surname, b.BirthDate, b.Sex, b.Citizenship, b.Language, b.LegalBasis, b.PersonId, b.CreatedAt, b.CreatedBy, [.. b.Team.Select(m => m.Name)], b.ClosedAt);
    }

    internal sealed record FileAnswer(BeneficiaryAnswer Beneficiary, IReadOnlyList<Consent> Consents);

    internal sealed record ConsentBody(ConsentKind? Kind, Guid? RecipientOrganisationId, string? RecipientName);

    internal sealed record DuplicatesAnswer(string Title, IReadOnlyList<PossibleDuplicate> Duplicates, IReadOnlyList<Pathway.Platform.Registry.RegistryPerson> RegistryMatches);
}
