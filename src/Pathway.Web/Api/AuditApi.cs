using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Web.Audit;

namespace Pathway.Web.Api;

public sealed record AuditEntryView(
    long Sequence, DateTime At, string AtLocal, Guid? ActorId, string Actor, string Action,
    string EntityType, string EntityId, string? Reason, string? Details, string? ClientAddress, string Hash);

/// <param name="Before">The cursor of the next (older) page: pass it as <c>before</c>; null on the last page.</param>
public sealed record AuditPageResponse(IReadOnlyList<AuditEntryView> Entries, long? Before);

/// <param name="Entries">Entries checked, from the first to the newest when the check began.</param>
/// <param name="BrokenAt">The first entry that does not hold, when the chain is broken.</param>
public sealed record AuditVerificationResponse(bool Intact, long Entries, DateTime? LastAt, long? BrokenAt, string? Problem);

internal static class AuditApi
{
    public static void MapAuditApi(this IEndpointRouteBuilder routes)
    {
        var audit = routes.MapGroup("/api/v1").WithTags("Audit trail").RequireAuthorization(Permissions.AuditRead);
        audit.MapGet("/audit", ListAsync).WithName("ListAuditEntries")
            .WithSummary("Reads the office's audit trail, newest first")
            .WithDescription("Filters: person (id), user (id), action, from and to (days YYYY-MM-DD in the office's time zone, both included). Pages with the cursor `before` from the previous answer; limit 1-500, 50 by default. The reading is itself audited.");
        audit.MapGet("/audit.csv", ExportAsync).WithName("ExportAuditEntries")
            .WithSummary("Downloads the filtered audit trail as CSV")
            .WithDescription("The same filters as the list, every matching entry (no paging), newest first, RFC 4180, streamed. The export is itself audited.");
        audit.MapPost("/audit/verify", VerifyAsync).WithName("VerifyAuditChain")
            .WithSummary("Checks the hash chain of the whole audit trail")
            .WithDescription("The check `pathway audit verify` runs: intact with the number of entries and the time of the last, or the first broken entry.");
    }

    private static async Task<Results<Ok<AuditPageResponse>, ValidationProblem>> ListAsync(
        string? person, string? user, string? action, string? from, string? to, string? before, string? limit,
        HttpContext http, AuditTrail trail, OrganisationDirectory directory, IStringLocalizer<Text> text, CancellationToken cancellationToken)
    {
        var tenant = http.User.GetTenantId() ?? Guid.Empty;
        var zone = await directory.ZoneOfAsync(tenant, cancellationToken);
        var (query, errors) = new AuditFilter(person, user, action, from, to, before, limit).Parse(tenant, zone, text);
        if (query is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await trail.PageAsync(query, cancellationToken);
        var entries = page.Entries.Select(e => View(e, zone)).ToList();
        return TypedResults.Ok(new AuditPageResponse(entries, page.OlderBefore));
    }

    private static async Task<Results<PushStreamHttpResult, ValidationProblem>> ExportAsync(
        string? person, string? user, string? action, string? from, string? to,
        HttpContext http, AuditTrail trail, OrganisationDirectory directory, IStringLocalizer<Text> text, CancellationToken cancellationToken)
    {
        var tenant = http.User.GetTenantId() ?? Guid.Empty;
        var zone = await directory.ZoneOfAsync(tenant, cancellationToken);
        var (query, errors) = new AuditFilter(person, user, action, from, to, null, null).Parse(tenant, zone, text);
        if (query is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Stream(
            async body =>
            {
                await using var writer = new StreamWriter(body, new System.Text.UTF8Encoding(false), leaveOpen: true);
                await AuditCsv.WriteAsync(writer, trail.ExportAsync(query, cancellationToken), zone, cancellationToken);
            },
            "text/csv; charset=utf-8",
            "audit-trail.csv");
    }

    private static async Task<Ok<AuditVerificationResponse>> VerifyAsync(AuditTrail trail, PathwayDbContext db, IStringLocalizer<Text> text, CancellationToken cancellationToken)
    {
        var result = await RunVerificationAsync(trail, db, cancellationToken);
        return TypedResults.Ok(new AuditVerificationResponse(
            result.Intact, result.Entries, result.LastAt, result.Break?.Sequence,
            result.Break is { } broken ? AuditBreakText.Describe(broken, text) : null));
    }

    /// <summary>Verifies and writes who asked and what they were told; the page and the API both go through here.</summary>
    public static async Task<AuditVerification> RunVerificationAsync(AuditTrail trail, PathwayDbContext db, CancellationToken cancellationToken)
    {
        var result = await trail.VerifyAsync(cancellationToken: cancellationToken);
        var outcome = result.Break is { } broken ? string.Create(CultureInfo.InvariantCulture, $"broken at {broken.Sequence}") : string.Create(CultureInfo.InvariantCulture, $"intact, {result.Entries} entries");
        await db.AuditNowAsync(new AuditRecord(AuditAction.Verify, AuditTrail.EntityType, "", Details: outcome), cancellationToken);
        return result;
    }

    public static AuditEntryView View(AuditEntry entry, TimeZoneInfo zone)
    {
        var at = DateTime.SpecifyKind(entry.At, DateTimeKind.Utc);
        return new AuditEntryView(
            entry.Sequence, at, TimeZoneInfo.ConvertTimeFromUtc(at, zone).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
            entry.ActorId, entry.ActorName, entry.Action, entry.EntityType, entry.EntityId, entry.Reason, entry.Details, entry.ClientAddress, entry.Hash);
    }
}
