using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Support.Localization;
using Pathway.Support.Periods;

namespace Pathway.Support.Trainings;

internal static class TrainingsApi
{
    public static RouteGroupBuilder MapTrainingsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/trainings").WithTags("Support: trainings");
        group.MapGet("/", ListAsync).RequireAuthorization(SupportPermissions.TrainingsRead).WithName("Trainings")
            .WithSummary("The trainings with a day in a period, the latest first, with their participants by institution")
            .WithDescription("?from=YYYY-MM-DD&to=YYYY-MM-DD (this year when left out)&project=CODE (optional). Each organisation sees its own.");
        group.MapGet("/figures", FiguresAsync).RequireAuthorization(SupportPermissions.TrainingsRead).WithName("TrainingFigures")
            .WithSummary("Persons trained in a period, by area and by kind of institution, and the institutions whose staff took part")
            .WithDescription("?from&to&project as for the list. A training counts in the period it began; an institution once by name however many trainings its staff attended.");
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(SupportPermissions.TrainingsRead).WithName("Training")
            .WithSummary("One training with its participants by institution");
        group.MapPost("/", CreateAsync).RequireAuthorization(SupportPermissions.TrainingsManage).WithName("RecordTraining")
            .Accepts<TrainingInput>("application/json")
            .WithSummary("Records a training the caller's organisation gave")
            .WithDescription("{ title, area (TraffickingInHumanBeings|UnaccompaniedMinors|VulnerableGroupsInAsylum|GenderBasedViolence|InterculturalCommunication|MigrationLaw|Other), "
                + "startsOn, endsOn (optional, the first day when left out), trainer, place, project }. 201 with the training; 400 naming every field that is wrong.");
        group.MapPost("/{id:guid}/attendance", AttendAsync).RequireAuthorization(SupportPermissions.TrainingsManage).WithName("RecordTrainingAttendance")
            .Accepts<AttendanceInput>("application/json")
            .WithSummary("Adds how many of one institution's staff took part")
            .WithDescription("{ institution, kind (PublicAdministration|BorderGuard|Police|SocialServices|Health|Education|Judiciary|Ngo|Other), participants (1 to 10,000) }.");
        group.MapDelete("/{id:guid}/attendance/{attendanceId:guid}", RemoveAsync).RequireAuthorization(SupportPermissions.TrainingsManage).WithName("RemoveTrainingAttendance")
            .WithSummary("Takes an institution's line off a training");
        return group;
    }

    private static async Task<Results<Ok<IReadOnlyList<Training>>, ValidationProblem>> ListAsync(
        string? from, string? to, string? project, TrainingRegister register, IStringLocalizer<SupportText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (await TrainingPeriod.ReadAsync(from, to, register, errors, text, cancellationToken) is not { } period)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(await register.ListAsync(period.From, period.To, project, cancellationToken));
    }

    private static async Task<Results<Ok<TrainingFigures>, ValidationProblem>> FiguresAsync(
        string? from, string? to, string? project, TrainingRegister register, IStringLocalizer<SupportText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (await TrainingPeriod.ReadAsync(from, to, register, errors, text, cancellationToken) is not { } period)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(await register.FiguresAsync(period.From, period.To, project, cancellationToken));
    }

    private static async Task<Results<Ok<Training>, NotFound>> GetAsync(Guid id, TrainingRegister register, CancellationToken cancellationToken) =>
        await register.GetAsync(id, cancellationToken) is { } training ? TypedResults.Ok(training) : TypedResults.NotFound();

    private static async Task<Results<Created<Training>, ValidationProblem>> CreateAsync(
        HttpRequest request, TrainingRegister register, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<TrainingInput>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (training, problems) = await register.CreateAsync(body, http.User, cancellationToken);
        return training is null ? Refused(problems, errors, text) : TypedResults.Created($"/api/v1/trainings/{training.Id}", training);
    }

    private static async Task<Results<Created<TrainingAttendance>, NotFound, ValidationProblem>> AttendAsync(
        Guid id, HttpRequest request, TrainingRegister register, IStringLocalizer<SupportText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<AttendanceInput>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (attendance, problems) = await register.AddAttendanceAsync(id, body, cancellationToken);
        if (problems.Any(p => p.Problem == TrainingProblem.NotFound))
        {
            return TypedResults.NotFound();
        }

        return attendance is null ? Refused(problems, errors, text) : TypedResults.Created($"/api/v1/trainings/{id}/attendance/{attendance.Id}", attendance);
    }

    private static async Task<Results<NoContent, NotFound>> RemoveAsync(Guid id, Guid attendanceId, TrainingRegister register, CancellationToken cancellationToken) =>
        await register.RemoveAttendanceAsync(id, attendanceId, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static ValidationProblem Refused(IReadOnlyList<TrainingRefusal> problems, FieldErrors errors, IStringLocalizer text)
    {
        foreach (var refusal in problems)
        {
            errors.AddTranslated(refusal.Field ?? "body", TrainingText.Problem(refusal.Problem, text));
        }

        return TypedResults.ValidationProblem(errors.ToDictionary());
    }
}

/// <summary>The register's period: this calendar year when left out.</summary>
internal static class TrainingPeriod
{
    public static async Task<(DateOnly From, DateOnly To)?> ReadAsync(
        string? from, string? to, TrainingRegister register, FieldErrors errors, IStringLocalizer text, CancellationToken cancellationToken)
    {
        var today = await register.TodayAsync(cancellationToken);
        return Period.Read(from, to, new DateOnly(today.Year, 12, 31), last => new DateOnly(last.Year, 1, 1), errors, text);
    }
}
