using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Tenancy;
using Pathway.Platform.Uploads;
using Pathway.Support.Localization;

namespace Pathway.Support.Helpline;

internal static class HelplineApi
{
    public static RouteGroupBuilder MapHelplineApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/helpline").WithTags("Support: helpline");
        group.MapGet("/statistics", StatisticsAsync).RequireAuthorization(SupportPermissions.HelplineRead).WithName("HelplineStatistics")
            .WithSummary("The helpline's figures for a period, from the imported telephony files")
            .WithDescription("?from=YYYY-MM-DD&to=YYYY-MM-DD (the office's days, both included; without to, today; without from, the 30 days up to to)&format=json|csv. "
                + "JSON: from, to, answeredIncoming, outgoing, automatedHelpline, redirected, abandoned, averageWaitSeconds, answeredWithin20sShare "
                + "(null where the data cannot tell: waiting needs the queue log), then incomingByWeekdayAndHour (Monday first, hours 0 to 23) and "
                + "the calls operators logged by hand. CSV: the first nine as a header and one line, as `pathway helpline stats` writes them.");
        group.MapPost("/imports", ImportAsync).RequireAuthorization(SupportPermissions.HelplineManage).WithName("ImportTelephonyFiles")
            .WithSummary("Imports Asterisk's Master.csv, and its queue_log where there is one")
            .WithDescription("multipart/form-data: file (Master.csv), queueLog (optional), skipInvalid (true to import the good lines and list the others). "
                + "Rows seen before are left alone, so the same file, or a file that grew, adds only its new lines. A file with a bad line is refused whole "
                + "(400, every bad line named under cdr or queueLog) unless skipInvalid; nothing is ever half-imported. 201 with what was added.");
        group.MapGet("/imports", ImportsAsync).RequireAuthorization(SupportPermissions.HelplineManage).WithName("TelephonyImports")
            .WithSummary("The last 50 imports, newest first");
        group.MapGet("/categories", RulesAsync).RequireAuthorization(SupportPermissions.HelplineRead).WithName("HelplineCallCategories")
            .WithSummary("The office's mapping of contexts and channels to kinds of call, in order (the first rule a call's row matches decides)");
        group.MapPut("/categories", SaveRulesAsync).RequireAuthorization(SupportPermissions.HelplineManage).WithName("SaveHelplineCallCategories")
            .WithSummary("Replaces the office's mapping of contexts and channels to kinds of call")
            .Accepts<RulesBody>("application/json")
            .WithDescription("{ rules: [{ field: DestinationContext|Channel|DestinationChannel|Destination|LastApplication, prefix, "
                + "category: Incoming|OutgoingByOperator|AutomatedHelpline|Redirected|Ignored }] } replaces the mapping; every figure is counted by it from then on.");
        group.MapPost("/calls", LogAsync).RequireAuthorization(SupportPermissions.HelplineLog).WithName("LogHelplineCall")
            .WithSummary("Logs a call by hand: its topic, language and length")
            .Accepts<LogBody>("application/json")
            .WithDescription("{ at (the office's local time, yyyy-MM-ddTHH:mm; now when left out), direction: Incoming|Outgoing, topic, language (ISO 639-1), minutes (1 to 600) }. No caller is named.");
        group.MapGet("/calls", LoggedAsync).RequireAuthorization(SupportPermissions.HelplineRead).WithName("LoggedHelplineCalls")
            .WithSummary("Calls logged by hand in a period, newest first (at most 500)").WithDescription("?from=YYYY-MM-DD&to=YYYY-MM-DD");
        return group;
    }

    private static async Task<IResult> StatisticsAsync(string? from, string? to, string? format, HelplineDesk desk, IStringLocalizer<SupportText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var period = await HelplinePeriod.ReadAsync(from, to, desk, errors, text, cancellationToken);
        if (format is not (null or "json" or "csv"))
        {
            errors.Add("format", "Choose json or csv.");
        }

        if (errors.Any || period is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (first, last) = period.Value;
        var figures = await desk.FiguresAsync(first, last, cancellationToken);
        if (format == "csv")
        {
            return TypedResults.Text(HelplineStatsFile.Csv(figures), "text/csv; charset=utf-8");
        }

        var logged = await desk.LoggedCountsAsync(first, last, cancellationToken);
        return TypedResults.Json(StatisticsAnswer.Of(figures, logged));
    }

    private static async Task<Results<Created<ImportAnswer>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        HttpRequest request, HelplineImporter importer, LimitedUpload uploads, ITenantScopeAccessor scope, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (!request.HasFormContentType)
        {
            errors.Add("file", "Send the files as multipart/form-data: Master.csv in the field file, the queue log in queueLog.");
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var skip = form["skipInvalid"].ToString() is var s && (s is "true" or "on" or "1");
        var files = await HelplineUpload.ReadAsync(form.Files.GetFile("file"), form.Files.GetFile("queueLog"), uploads, errors, cancellationToken);
        if (files is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var outcome = await importer.ImportAsync(scope.Current.TenantId, files, skip, http.User.Identity?.Name ?? "?", cancellationToken);
        if (outcome.Refusal == ImportRefusal.Contention)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: text["Another import saved some of these rows at the same moment; nothing of this one was saved. Please try again."]);
        }

        if (!outcome.Saved)
        {
            HelplineText.AddProblems(outcome, errors, text);
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["Nothing was imported: the files have lines that cannot be read."]);
        }

        return TypedResults.Created($"/api/v1/helpline/imports/{outcome.Import!.Id}", ImportAnswer.Of(outcome));
    }

    private static async Task<Ok<IReadOnlyList<CallImport>>> ImportsAsync(HelplineDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.ImportsAsync(50, cancellationToken));

    private static async Task<IResult> RulesAsync(HelplineDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Json(new RulesBody([.. await desk.RulesAsync(cancellationToken)]));

    private static async Task<IResult> SaveRulesAsync(HttpRequest request, HelplineDesk desk, IStringLocalizer<SupportText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<RulesBody>(request, errors, cancellationToken);
        if (body?.Rules is null && !errors.Any)
        {
            errors.Add("rules", "Send the rules as a list.");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var problems = await desk.SaveRulesAsync(body!.Rules!, cancellationToken);
        if (problems.Count > 0)
        {
            foreach (var (rule, problem) in problems)
            {
                errors.AddTranslated(rule == 0 ? "rules" : string.Create(CultureInfo.InvariantCulture, $"rules[{rule - 1}].prefix"), HelplineText.Rule(problem, text));
            }

            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Json(new RulesBody([.. await desk.RulesAsync(cancellationToken)]));
    }

    private static async Task<IResult> LogAsync(HttpRequest request, HelplineDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<LogBody>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (call, problems) = await desk.LogAsync(new LoggedCallInput(body.At, body.Direction, body.Topic, body.Language, body.Minutes), http.User.GetUserId(), http.User.Identity?.Name ?? "?", cancellationToken);
        if (call is null)
        {
            foreach (var problem in problems)
            {
                errors.AddTranslated(HelplineText.FieldOf(problem), HelplineText.Logged(problem, text));
            }

            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Created($"/api/v1/helpline/calls/{call.Id}", call);
    }

    private static async Task<IResult> LoggedAsync(string? from, string? to, HelplineDesk desk, IStringLocalizer<SupportText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (await HelplinePeriod.ReadAsync(from, to, desk, errors, text, cancellationToken) is not { } period)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Json(await desk.LoggedAsync(period.From, period.To, 500, cancellationToken));
    }

    internal sealed record RulesBody(IReadOnlyList<CallRule>? Rules);

    internal sealed record LogBody(DateTime? At, CallDirection? Direction, CallTopic? Topic, string? Language, int? Minutes);

    internal sealed record ImportAnswer(CallImport Import, IReadOnlyList<SkippedLine> Skipped)
    {
        public static ImportAnswer Of(HelplineImportOutcome outcome) => new(outcome.Import!, [
            .. outcome.CdrProblems.Select(p => new SkippedLine("cdr", p.Number)),
            .. outcome.QueueLogProblems.Select(n => new SkippedLine("queueLog", n))]);
    }

    internal sealed record SkippedLine(string File, int Line);

    internal sealed record StatisticsAnswer(
        DateOnly From, DateOnly To, int AnsweredIncoming, int Outgoing, int AutomatedHelpline, int Redirected,
        int? Abandoned, double? AverageWaitSeconds, double? AnsweredWithin20sShare, int[][] IncomingByWeekdayAndHour, LoggedAnswer LoggedByOperators)
    {
        public static StatisticsAnswer Of(HelplineFigures f, LoggedCallCounts logged) => new(
            f.From, f.To, f.AnsweredIncoming, f.Outgoing, f.AutomatedHelpline, f.Redirected, f.Abandoned, f.AverageWaitSeconds, f.AnsweredWithin20sShare,
            [.. Enumerable.Range(0, 7).Select(d => Enumerable.Range(0, 24).Select(h => f.IncomingByWeekdayAndHour[d, h]).ToArray())],
            new LoggedAnswer(logged.Incoming, logged.Outgoing,
                logged.ByTopic.ToDictionary(t => t.Topic.ToString(), t => t.Calls, StringComparer.Ordinal),
                logged.ByLanguage.ToDictionary(l => l.Language, l => l.Calls, StringComparer.Ordinal)));
    }

    internal sealed record LoggedAnswer(int Incoming, int Outgoing, IReadOnlyDictionary<string, int> ByTopic, IReadOnlyDictionary<string, int> ByLanguage);
}
