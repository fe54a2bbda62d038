using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Cases.Catalogue;
using Pathway.Cases.Localization;
using Pathway.Platform.Localization;

namespace Pathway.Cases.TimeLimits;

public static class TimeLimitsApi
{
    internal static RouteGroupBuilder MapTimeLimitsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/cases/calendar").WithTags("Cases: time limits").RequireAuthorization(CasesPermissions.CasesRead);
        group.MapGet("/holidays", Holidays).WithName("ListHolidays").WithSummary("Lists a year's Polish days free from work with the provision behind each")
            .WithDescription("?year=2026 (the current year when left out). Dates are ISO; names in English and as the act gives them.");
        group.MapGet("/deadline", Deadline).WithName("ComputeDeadline").WithSummary("Computes when a time limit ends under KPA art. 57, with each step")
            .WithDescription("?start=YYYY-MM-DD (the event's day, not counted) or notice=YYYY-MM-DD (the first postal notice of a letter nobody collected: "
                + "it counts as delivered 14 days later, art. 44 §4), one of days=, weeks= or months=, and optionally replied=YYYY-MM-DD (the day a reply was "
                + "posted or sent: in time when not after the end, art. 57 §5). Steps: deemedDelivered, started, counted, monthEnd (the end month is shorter), "
                + "movedToWorkingDay (with the days skipped and why), notCounted (a statutory suspension). permit=TemporaryResidence, PermanentResidence or "
                + "LongTermResidentEu leaves out the catalogue's statutory suspensions of that permit's decision time limits (art. 35 §5).");
        return group;
    }

    private static Results<Ok<HolidaysAnswer>, ValidationProblem> Holidays(string? year, IStringLocalizer<CasesText> text, TimeProvider clock)
    {
        var errors = new FieldErrors(text);
        if (TimeLimitQuery.ReadYear(year, errors, clock.GetUtcNow().Year) is not { } value)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(new HolidaysAnswer(value, [.. PolishHolidays.In(value).Select(HolidayAnswer.Of)]));
    }

    private static async Task<Results<Ok<DeadlineAnswer>, ValidationProblem>> Deadline(
        string? start, string? days, string? weeks, string? months, string? notice, string? replied, string? permit,
        ICaseCatalogue catalogue, IStringLocalizer<CasesText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (new TimeLimitQuery(start, days, weeks, months, notice, replied, permit).Read(errors) is not { } query)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var excluded = await NotCountedAsync(query, catalogue, cancellationToken);
        return TypedResults.Ok(DeadlineAnswer.Of(query.Compute(excluded), query.RepliedOn));
    }

    /// <summary>The statutory suspensions of the asked permit kind, as periods that do not count; the reason is the English name, the key of its translations.</summary>
    public static async Task<IReadOnlyList<ExcludedPeriod>> NotCountedAsync(TimeLimitRequest query, ICaseCatalogue catalogue, CancellationToken cancellationToken) =>
        query.Permit is { } kind
            ? [.. (await catalogue.SuspensionsAsync(kind, cancellationToken)).Select(s => s.AsExcluded(s.Name))]
            : [];
}

public sealed record HolidaysAnswer(int Year, IReadOnlyList<HolidayAnswer> Holidays);

public sealed record HolidayAnswer(DateOnly Date, string Name, string PolishName, string Source)
{
    public static HolidayAnswer Of(Holiday holiday) => new(holiday.Date, holiday.Rule.Name, holiday.Rule.PolishName, holiday.Rule.Source);
}

public sealed record DeadlineAnswer(DateOnly Start, int Length, string Unit, DateOnly End, IReadOnlyList<DeadlineStepAnswer> Steps, ReplyAnswer? Reply)
{
    public static DeadlineAnswer Of(Deadline deadline, DateOnly? repliedOn = null) => new(
        deadline.Start,
        deadline.Period.Length,
        deadline.Period.Unit.ToString().ToLowerInvariant(),
        deadline.End,
        [.. deadline.Steps.Select(DeadlineStepAnswer.Of)],
        repliedOn is { } on ? new ReplyAnswer(on, deadline.IsMetBy(on), "KPA art. 57 §5") : null);
}

/// <summary>The day a reply was posted or sent, and whether that was in time.</summary>
public sealed record ReplyAnswer(DateOnly PostedOn, bool InTime, string Rule);

/// <summary>One step: its kind, the date the count stands at, and for a move the days skipped with the holiday's name (none for a weekend).</summary>
public sealed record DeadlineStepAnswer(string Kind, DateOnly Date, string Rule, IReadOnlyList<SkippedDayAnswer>? Skipped = null, NotCountedAnswer? NotCounted = null)
{
    public static DeadlineStepAnswer Of(DeadlineStep step) => step switch
    {
        DeadlineStep.DeemedDelivered d => new("deemedDelivered", d.Date, "KPA art. 44 §4"),
        DeadlineStep.Started s => new("started", s.Date, "KPA art. 57 §1"),
        DeadlineStep.Counted c => new("counted", c.Date, c.Period.Unit switch { PeriodUnit.Days => "KPA art. 57 §1", PeriodUnit.Weeks => "KPA art. 57 §2", PeriodUnit.Months => "KPA art. 57 §3" }),
        DeadlineStep.MonthEnd m => new("monthEnd", m.Date, "KPA art. 57 §3"),
        DeadlineStep.NotCounted n => new("notCounted", n.Date, "KPA art. 35 §5", NotCounted: new(n.Excluded.From, n.Excluded.To, n.Excluded.Reason, n.DaysAdded)),
        DeadlineStep.MovedToWorkingDay w => new("movedToWorkingDay", w.Date, "KPA art. 57 §4",
            [.. w.Skipped.Select(d => new SkippedDayAnswer(d.Date, d.Date.DayOfWeek.ToString(), d.Holiday?.Rule.Name))]),
        _ => throw new InvalidOperationException("Every step kind is named above."),
    };
}

/// <summary>Days that did not count: the period, why, and how many days they added.</summary>
public sealed record NotCountedAnswer(DateOnly From, DateOnly To, string Reason, int DaysAdded);

public sealed record SkippedDayAnswer(DateOnly Date, string Weekday, string? Holiday);
