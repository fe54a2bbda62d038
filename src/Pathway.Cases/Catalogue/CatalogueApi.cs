using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Cases.Localization;
using Pathway.Platform.Localization;

namespace Pathway.Cases.Catalogue;

internal static class CatalogueApi
{
    public static RouteGroupBuilder MapCatalogueApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/cases/catalogue").WithTags("Cases: catalogue").RequireAuthorization(CasesPermissions.CasesRead);
        group.MapGet("/", ListAsync).WithName("ListApplicationTypes").WithSummary("Lists the application types with the rules in force on a day")
            .WithDescription("?on=YYYY-MM-DD (today in the office's time zone when left out). Each type has its decision period, stamp duty and documents "
                + "in force that day, each with its legal source and whether the figure was verified; a rule with no row in force is null.");
        return group;
    }

    private static async Task<Results<Ok<CatalogueAnswer>, ValidationProblem>> ListAsync(
        string? on, ICaseCatalogue catalogue, IStringLocalizer<CasesText> text, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (CatalogueDay.Read(on, errors, clock) is not { } day)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var entries = await catalogue.InForceAsync(day, cancellationToken);
        var suspensions = await catalogue.SuspensionsAsync(cancellationToken: cancellationToken);
        return TypedResults.Ok(new CatalogueAnswer(
            day,
            [.. entries.Select(ApplicationTypeAnswer.Of)],
            [.. suspensions.Select(s => new SuspensionAnswer(s.Permit.ToString(), s.From, s.Until, s.Name, s.LegalSource, s.Verified))]));
    }
}

/// <summary>The day whose rules are shown: a date in the address, or today in the office's time zone.</summary>
public static class CatalogueDay
{
    public static DateOnly? Read(string? text, FieldErrors errors, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add("on", "The day must be a date written as YYYY-MM-DD.");
        return null;
    }
}

public sealed record CatalogueAnswer(DateOnly On, IReadOnlyList<ApplicationTypeAnswer> Types, IReadOnlyList<SuspensionAnswer> Suspensions);

/// <summary>A statutory suspension of one permit kind's decision time limits.</summary>
public sealed record SuspensionAnswer(string Permit, DateOnly From, DateOnly Until, string Name, string LegalSource, bool Verified);

public sealed record ApplicationTypeAnswer(
    string Code, string Name, string PolishName, string LegalBasis, string Permit, DecisionPeriodAnswer? DecisionPeriod, StampDutyAnswer? StampDuty, IReadOnlyList<DocumentAnswer> Documents)
{
    public static ApplicationTypeAnswer Of(CatalogueEntry entry) => new(
        entry.Type.Code,
        entry.Type.Name,
        entry.Type.PolishName,
        entry.Type.LegalBasis,
        entry.Type.Permit.ToString(),
        entry.DecisionPeriod is { } p ? new(p.Length, p.Unit.ToString().ToLowerInvariant(), p.LegalSource, p.Verified, p.InForceFrom, p.InForceUntil) : null,
        entry.StampDuty is { } d ? new(d.AmountPln, d.LegalSource, d.Verified, d.InForceFrom, d.InForceUntil) : null,
        [.. entry.Documents.Select(r => new DocumentAnswer(r.Code, r.Name, r.Condition.ToString(), r.LegalSource, r.InForceFrom, r.InForceUntil))]);
}

public sealed record DecisionPeriodAnswer(int Length, string Unit, string LegalSource, bool Verified, DateOnly InForceFrom, DateOnly? InForceUntil);

public sealed record StampDutyAnswer(decimal AmountPln, string LegalSource, bool Verified, DateOnly InForceFrom, DateOnly? InForceUntil);

public sealed record DocumentAnswer(string Code, string Name, string Condition, string LegalSource, DateOnly InForceFrom, DateOnly? InForceUntil);
