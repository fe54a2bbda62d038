using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Support.Localization;

namespace Pathway.Support.Interpreting;

internal static class InterpretersApi
{
    public static void MapInterpretersApi(this IEndpointRouteBuilder routes)
    {
        var register = routes.MapGroup("/api/v1/interpreters").WithTags("Support: interpreters").RequireAuthorization(SupportPermissions.BeneficiariesWork);
        register.MapGet("/", ListAsync).WithName("Interpreters")
            .WithSummary("The organisation's register of interpreters and cultural mediators, by name; ?language= (ISO 639-1) for its speakers only");
        register.MapGet("/{id:guid}", GetAsync).WithName("Interpreter").WithSummary("Someone on the register, with their weekly hours and absences; 404 outside the caller's organisation");
        register.MapPost("/", AddAsync).WithName("AddInterpreter").RequireAuthorization(SupportPermissions.InterpretersManage)
            .Accepts<InterpreterInput>("application/json")
            .WithSummary("Adds an interpreter or cultural mediator to the register")
            .WithDescription(Body + " 201; 400 naming every wrong field.");
        register.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateInterpreter").RequireAuthorization(SupportPermissions.InterpretersManage)
            .Accepts<InterpreterInput>("application/json")
            .WithSummary("Changes someone on the register, their hours and absences as sent (the whole lists)")
            .WithDescription(Body + " 200; 400 naming every wrong field; 404 outside the caller's organisation.");
    }

    private const string Body = "{ name, kinds ([Interpreter, CulturalMediator], at least one), languages (ISO 639-1 codes, at least two), phone, email, onSite, remote (at least one), "
        + "active (true unless false), hours ([{ day: Monday…Sunday, from: \"09:00\", to: \"17:00\" }], the office's wall clock, to may be \"24:00\"), absences ([{ first, last }], days included) }.";

    private static async Task<Ok<IReadOnlyList<InterpreterAnswer>>> ListAsync(string? language, InterpreterRegister register, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<InterpreterAnswer>>([.. (await register.ListAsync(language, cancellationToken: cancellationToken)).Select(InterpreterAnswer.Of)]);

    private static async Task<Results<Ok<InterpreterAnswer>, NotFound>> GetAsync(Guid id, InterpreterRegister register, CancellationToken cancellationToken) =>
        await register.GetAsync(id, cancellationToken) is { } person ? TypedResults.Ok(InterpreterAnswer.Of(person)) : TypedResults.NotFound();

    private static async Task<Results<Created<InterpreterAnswer>, ValidationProblem>> AddAsync(
        HttpRequest request, InterpreterRegister register, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<InterpreterInput>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (person, problems) = await register.AddAsync(body, http.User, cancellationToken);
        return person is not null
            ? TypedResults.Created($"/api/v1/interpreters/{person.Id}", InterpreterAnswer.Of(person))
            : Invalid(problems, errors, text);
    }

    private static async Task<Results<Ok<InterpreterAnswer>, NotFound, ValidationProblem>> UpdateAsync(
        Guid id, HttpRequest request, InterpreterRegister register, IStringLocalizer<SupportText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<InterpreterInput>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (person, problems) = await register.UpdateAsync(id, body, cancellationToken);
        return person is not null ? TypedResults.Ok(InterpreterAnswer.Of(person))
            : problems.Count == 0 ? TypedResults.NotFound()
            : Invalid(problems, errors, text);
    }

    private static ValidationProblem Invalid(IReadOnlyList<InterpreterRefusal> problems, FieldErrors errors, IStringLocalizer text)
    {
        foreach (var refusal in problems)
        {
            errors.AddTranslated(refusal.Field, InterpretingText.Problem(refusal, text));
        }

        return TypedResults.ValidationProblem(errors.ToDictionary());
    }

    internal sealed record HoursAnswer(string Day, string From, string To);

    internal sealed record AbsenceAnswer(DateOnly First, DateOnly Last);

    internal sealed record InterpreterAnswer(
        Guid Id, Guid OrganisationId, string Name, IReadOnlyList<InterpreterKind> Kinds, IReadOnlyList<string> Languages, string? Phone, string? Email,
        bool OnSite, bool Remote, bool Active, IReadOnlyList<HoursAnswer> Hours, IReadOnlyList<AbsenceAnswer> Absences)
    {
        public static InterpreterAnswer Of(Interpreter i) => new(
            i.Id, i.OrganisationId, i.Name, i.KindList, i.LanguageList, i.Phone, i.Email, i.OnSite, i.Remote, i.Active,
            [.. i.Hours.Select(h => new HoursAnswer(h.Day.ToString(), InterpreterRegister.TimeText(h.FromMinute), InterpreterRegister.TimeText(h.ToMinute)))],
            [.. i.Absences.Select(a => new AbsenceAnswer(a.FirstDay, a.LastDay))]);
    }
}
