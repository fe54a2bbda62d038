using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Localization;

namespace Pathway.Support.Knowledge;

internal static class PartnersApi
{
    public static RouteGroupBuilder MapPartnersApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/partners").WithTags("Support: partners");
        group.MapGet("/", ListAsync).RequireAuthorization(SupportPermissions.PartnersRead).WithName("Partners")
            .WithSummary("The office's directory of partner organisations, by name")
            .WithDescription("?search=words of the name&service=LegalAdvice|PsychologicalCounselling|Interpreting|CaseManagement|SocialAssistance&language=(ISO 639-1), each optional.");
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(SupportPermissions.PartnersRead).WithName("Partner")
            .WithSummary("One partner with the meetings it attended that the caller's organisation recorded");
        group.MapPost("/", CreateAsync).RequireAuthorization(SupportPermissions.PartnersManage).WithName("RecordPartner")
            .Accepts<PartnerInput>("application/json")
            .WithSummary("Records a partner organisation in the directory, owned by the caller's organisation")
            .WithDescription("{ name, kind (Ngo|LegalAid|HealthService|SocialService|PsychologicalSupport|Shelter|InternationalOrganisation|PublicAuthority|Other), "
                + "services ([service kinds]), languages ([ISO 639-1 codes]), address, phone, email, website, contactPerson, notes }. 201; 400 naming every field that is wrong.");
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(SupportPermissions.PartnersManage).WithName("UpdatePartner")
            .Accepts<PartnerInput>("application/json")
            .WithSummary("Changes a partner the caller's organisation recorded (the same body as to record one)");
        group.MapDelete("/{id:guid}", RemoveAsync).RequireAuthorization(SupportPermissions.PartnersManage).WithName("RemovePartner")
            .WithSummary("Takes a partner the caller's organisation recorded off the directory; 409 when it attended meetings");

        group.MapGet("/meetings", MeetingsAsync).RequireAuthorization(SupportPermissions.PartnersRead).WithName("PartnerMeetings")
            .WithSummary("The meetings with partners the caller's organisation recorded, the newest first");
        group.MapGet("/meetings/{id:guid}", MeetingAsync).RequireAuthorization(SupportPermissions.PartnersRead).WithName("PartnerMeeting")
            .WithSummary("One meeting with partners, with its minutes and next steps");
        group.MapPost("/meetings", RecordMeetingAsync).RequireAuthorization(SupportPermissions.PartnersManage).WithName("RecordPartnerMeeting")
            .Accepts<MeetingInput>("application/json")
            .WithSummary("Records a meeting with partners of the directory")
            .WithDescription("{ heldOn (YYYY-MM-DD), title, partners ([ids from the directory], at least one), place, minutes, nextSteps }. 201; 400 naming every field that is wrong.");
        group.MapPut("/meetings/{id:guid}", UpdateMeetingAsync).RequireAuthorization(SupportPermissions.PartnersManage).WithName("UpdatePartnerMeeting")
            .Accepts<MeetingInput>("application/json")
            .WithSummary("Changes a meeting the caller's organisation recorded (the same body as to record one)");
        group.MapDelete("/meetings/{id:guid}", RemoveMeetingAsync).RequireAuthorization(SupportPermissions.PartnersManage).WithName("RemovePartnerMeeting")
            .WithSummary("Removes a meeting the caller's organisation recorded");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<PartnerEntry>>> ListAsync(
        string? search, string? service, string? language, PartnerDirectory partners, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await partners.ListAsync(http.User, Filter(search, service, language), cancellationToken));

    /// <summary>A filter as the query string has it; a service that names nothing filters nothing.</summary>
    internal static PartnerFilter Filter(string? search, string? service, string? language) =>
        new(search, Enum.TryParse<ServiceKind>(service, out var s) && Enum.IsDefined(s) ? s : null, language);

    private static async Task<Results<Ok<PartnerWithMeetings>, NotFound>> GetAsync(Guid id, PartnerDirectory partners, HttpContext http, CancellationToken cancellationToken) =>
        await partners.GetAsync(id, http.User, cancellationToken) is { } partner ? TypedResults.Ok(partner) : TypedResults.NotFound();

    private static async Task<Results<Created<PartnerEntry>, ValidationProblem>> CreateAsync(
        HttpRequest request, PartnerDirectory partners, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (await JsonBody.ReadAsync<PartnerInput>(request, errors, cancellationToken) is not { } body)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (partner, problems) = await partners.CreateAsync(body, http.User, cancellationToken);
        return partner is null ? Refused(problems, errors, text) : TypedResults.Created($"/api/v1/partners/{partner.Id}", partner);
    }

    private static async Task<Results<Ok<PartnerEntry>, NotFound, ValidationProblem>> UpdateAsync(
        Guid id, HttpRequest request, PartnerDirectory partners, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (await JsonBody.ReadAsync<PartnerInput>(request, errors, cancellationToken) is not { } body)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (partner, problems) = await partners.UpdateAsync(id, body, http.User, cancellationToken);
        if (partner is not null)
        {
            return TypedResults.Ok(partner);
        }

        return problems.Count == 0 ? TypedResults.NotFound() : Refused(problems, errors, text);
    }

    private static async Task<Results<NoContent, NotFound, Conflict<ProblemAnswer>>> RemoveAsync(
        Guid id, PartnerDirectory partners, IStringLocalizer<SupportText> text, CancellationToken cancellationToken) =>
        await partners.RemoveAsync(id, cancellationToken) switch
        {
            null => TypedResults.NoContent(),
            PartnerProblem.HasMeetings => TypedResults.Conflict(new ProblemAnswer(PartnerText.Problem(new PartnerRefusal(PartnerProblem.HasMeetings, null), text))),
            _ => TypedResults.NotFound(),
        };

    private static async Task<Ok<IReadOnlyList<MeetingEntry>>> MeetingsAsync(PartnerDirectory partners, CancellationToken cancellationToken) =>
        TypedResults.Ok(await partners.MeetingsAsync(cancellationToken));

    private static async Task<Results<Ok<MeetingEntry>, NotFound>> MeetingAsync(Guid id, PartnerDirectory partners, CancellationToken cancellationToken) =>
        await partners.MeetingAsync(id, cancellationToken) is { } meeting ? TypedResults.Ok(meeting) : TypedResults.NotFound();

    private static async Task<Results<Created<MeetingEntry>, ValidationProblem>> RecordMeetingAsync(
        HttpRequest request, PartnerDirectory partners, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (await JsonBody.ReadAsync<MeetingInput>(request, errors, cancellationToken) is not { } body)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (meeting, problems) = await partners.RecordMeetingAsync(body, http.User, cancellationToken);
        return meeting is null ? Refused(problems, errors, text) : TypedResults.Created($"/api/v1/partners/meetings/{meeting.Id}", meeting);
    }

    private static async Task<Results<Ok<MeetingEntry>, NotFound, ValidationProblem>> UpdateMeetingAsync(
        Guid id, HttpRequest request, PartnerDirectory partners, IStringLocalizer<SupportText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (await JsonBody.ReadAsync<MeetingInput>(request, errors, cancellationToken) is not { } body)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (meeting, problems) = await partners.UpdateMeetingAsync(id, body, cancellationToken);
        if (meeting is not null)
        {
            return TypedResults.Ok(meeting);
        }

        return problems.Count == 0 ? TypedResults.NotFound() : Refused(problems, errors, text);
    }

    private static async Task<Results<NoContent, NotFound>> RemoveMeetingAsync(Guid id, PartnerDirectory partners, CancellationToken cancellationToken) =>
        await partners.RemoveMeetingAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static ValidationProblem Refused(IReadOnlyList<PartnerRefusal> problems, FieldErrors errors, IStringLocalizer text)
    {
        foreach (var refusal in problems)
        {
            errors.AddTranslated(refusal.Field ?? "body", PartnerText.Problem(refusal, text));
        }

        return TypedResults.ValidationProblem(errors.ToDictionary());
    }
}
