using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Persistence;

namespace Pathway.Analytics.Warehouse;

/// <summary>
/// Counts a tenant's monthly counts again from its facts, in one transaction, at the end of a rebuild.
/// On PostgreSQL the count tables are locked for it: a feed transaction that moved a case between cells
/// while the counting read the facts would have its move lost (or counted twice); locked, it waits and
/// moves the case from the cell the counting put it in.
/// </summary>
internal static class MonthlyCountsRefill
{
    private const string Lock = """
        LOCK TABLE "Analytics_MonthlyApplications", "Analytics_MonthlyDecisions", "Analytics_MonthlyOfficeDecisions" IN EXCLUSIVE MODE
        """;

    // {0} is the tenant; the months as each database keeps a day (PostgreSQL a date, SQLite ISO text); {facts}
    // the facts, which SQLite is told to scan in their stored order: it would read them through an index
    // that begins with the tenant, a row at a time (10.6 s against 7.0 s at 2,000,000 applications).
    private const string Applications = """
        INSERT INTO "Analytics_MonthlyApplications" ("TenantId", "SubmittedMonth", "SettledMonth", "OfficeId", "ApplicationType", "Citizenship", "Sex", "AgeBand", "Applications")
        SELECT "TenantId", {1}, COALESCE({2}, {3}), "OfficeId", "ApplicationType", "Citizenship", "Sex", "AgeBand", COUNT(*)
        FROM {facts} WHERE "TenantId" = {0}
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
        """;

    private const string Decisions = """
        INSERT INTO "Analytics_MonthlyDecisions" ("TenantId", "DecidedMonth", "Outcome", "ProcessingDays", "OfficeId", "ApplicationType", "Citizenship", "Sex", "AgeBand", "Decisions", "WithDueDay", "InTime")
        SELECT "TenantId", {1}, COALESCE("Outcome", ''), "ProcessingDays", "OfficeId", "ApplicationType", "Citizenship", "Sex", "AgeBand",
            COUNT(*), COUNT("DecidedInTime"), SUM(CASE WHEN "DecidedInTime" THEN 1 ELSE 0 END)
        FROM {facts} WHERE "TenantId" = {0} AND "DecidedOn" IS NOT NULL AND "ProcessingDays" IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
        """;

    // The offices' sums, from the decisions' counts just made.
    private const string OfficeDecisions = """
        INSERT INTO "Analytics_MonthlyOfficeDecisions" ("TenantId", "DecidedMonth", "Outcome", "ProcessingDays", "OfficeId", "Decisions", "WithDueDay", "InTime")
        SELECT "TenantId", "DecidedMonth", "Outcome", "ProcessingDays", "OfficeId", SUM("Decisions"), SUM("WithDueDay"), SUM("InTime")
        FROM "Analytics_MonthlyDecisions" WHERE "TenantId" = {0}
        GROUP BY 1, 2, 3, 4, 5
        """;

    public static async Task RefillAsync(PathwayDbContext db, Guid tenantId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlRawAsync(Lock, cancellationToken);
        }

        await db.Set<MonthlyApplications>().Where(c => c.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<MonthlyDecisions>().Where(c => c.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<MonthlyOfficeDecisions>().Where(c => c.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        var (submitted, settled, decided, unsettled) = db.IsPostgres
            ? ("""CAST(date_trunc('month', "SubmittedOn") AS date)""", """CAST(date_trunc('month', "SettledOn") AS date)""",
               """CAST(date_trunc('month', "DecidedOn") AS date)""", "DATE '9999-12-01'")
            : ("""substr("SubmittedOn", 1, 8) || '01'""", """substr("SettledOn", 1, 8) || '01'""", """substr("DecidedOn", 1, 8) || '01'""", "'9999-12-01'");
        var facts = db.IsPostgres ? "\"Analytics_FactApplications\"" : "\"Analytics_FactApplications\" NOT INDEXED";
        var applications = Applications.Replace("{facts}", facts, StringComparison.Ordinal).Replace("{1}", submitted, StringComparison.Ordinal).Replace("{2}", settled, StringComparison.Ordinal)
            .Replace("{3}", unsettled, StringComparison.Ordinal);
        var decisions = Decisions.Replace("{facts}", facts, StringComparison.Ordinal).Replace("{1}", decided, StringComparison.Ordinal);
        await db.Database.ExecuteSqlRawAsync(applications, [tenantId], cancellationToken);
        await db.Database.ExecuteSqlRawAsync(decisions, [tenantId], cancellationToken);
        await db.Database.ExecuteSqlRawAsync(OfficeDecisions, [tenantId], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
