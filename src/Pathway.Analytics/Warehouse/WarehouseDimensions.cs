using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Persistence;

namespace Pathway.Analytics.Warehouse;

/// <summary>
/// Fills the dimensions a tenant's facts name, one statement each, after a rebuild has written the
/// facts: every day from the first to the last a fact names, the citizenships and outcomes, the
/// application types with their permit and purpose, the offices with their names. Each in its own
/// short transaction; rows already there stay (the types' and offices' attributes are refreshed).
/// </summary>
internal static class WarehouseDimensions
{
    private const string Citizenships = """
        INSERT INTO "Analytics_DimCodes" ("Dimension", "Code", "Position")
        SELECT DISTINCT 'citizenship', "Citizenship", 0 FROM "Analytics_FactApplications" WHERE "TenantId" = {0}
        ON CONFLICT ("Dimension", "Code") DO NOTHING
        """;

    private const string Outcomes = """
        INSERT INTO "Analytics_DimCodes" ("Dimension", "Code", "Position")
        SELECT DISTINCT 'outcome', "Outcome", 0 FROM "Analytics_FactApplications" WHERE "TenantId" = {0} AND "Outcome" IS NOT NULL
        ON CONFLICT ("Dimension", "Code") DO NOTHING
        """;

    // One row per type: the newest case's permit and purpose, should an old case hold others.
    private const string Types = """
        INSERT INTO "Analytics_DimApplicationTypes" ("TenantId", "Code", "Permit", "Purpose")
        SELECT "TenantId", "ApplicationType", MAX("Permit"), MAX("Purpose") FROM "Analytics_FactApplications" WHERE "TenantId" = {0}
        GROUP BY "TenantId", "ApplicationType"
        ON CONFLICT ("TenantId", "Code") DO UPDATE SET "Permit" = excluded."Permit", "Purpose" = excluded."Purpose"
        """;

    private const string Offices = """
        INSERT INTO "Analytics_DimOffices" ("OfficeId", "TenantId", "Name")
        SELECT f."OfficeId", {0}, COALESCE(MAX(o."Name"), '')
        FROM (SELECT "OfficeId" FROM "Analytics_FactApplications" WHERE "TenantId" = {0}
              UNION SELECT "OfficeId" FROM "Analytics_FactCaseEvents" WHERE "TenantId" = {0}) AS f
        LEFT JOIN "Organisations" AS o ON o."Id" = f."OfficeId"
        GROUP BY f."OfficeId"
        ON CONFLICT ("OfficeId") DO UPDATE SET "Name" = excluded."Name"
        """;

    public static async Task FillAsync(PathwayDbContext db, Guid tenantId, CancellationToken cancellationToken)
    {
        foreach (var sql in new[] { Citizenships, Outcomes, Types, Offices })
        {
            await db.Database.ExecuteSqlRawAsync(sql, [tenantId], cancellationToken);
        }

        var facts = db.Set<ApplicationFact>().Where(f => f.TenantId == tenantId);
        var first = await facts.MinAsync(f => (DateOnly?)f.SubmittedOn, cancellationToken);
        var steps = db.Set<CaseEventFact>().Where(f => f.TenantId == tenantId);
        var firstStep = await steps.MinAsync(f => (DateOnly?)f.On, cancellationToken);
        var lastStep = await steps.MaxAsync(f => (DateOnly?)f.On, cancellationToken);
        var lastDue = await facts.MaxAsync(f => f.DecisionDueOn, cancellationToken);
        var lastDecided = await facts.MaxAsync(f => f.DecidedOn, cancellationToken);
        var lastFinal = await facts.MaxAsync(f => f.FinalOn, cancellationToken);
        DateOnly?[] starts = [first, firstStep];
        DateOnly?[] ends = [lastStep, lastDue, lastDecided, lastFinal, first];
        if (starts.Min() is not { } from || ends.Max() is not { } to)
        {
            return;
        }

        // Every day of the span, whether or not a fact names it: charts by day need the empty ones too.
        var known = (await db.Set<DateDimension>().Where(d => d.Date >= from && d.Date <= to).Select(d => d.Date).ToListAsync(cancellationToken)).ToHashSet();
        var missing = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(i => from.AddDays(i)).Where(d => !known.Contains(d)).ToList();
        foreach (var chunk in missing.Chunk(5_000))
        {
            db.AddRange(chunk.Select(DateDimension.Of));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another writer added some of these days meanwhile: add the rest one by one.
                db.ChangeTracker.Clear();
                await AddEachAsync(db, chunk, cancellationToken);
            }

            db.ChangeTracker.Clear();
        }
    }

    private static async Task AddEachAsync(PathwayDbContext db, IEnumerable<DateOnly> days, CancellationToken cancellationToken)
    {
        foreach (var day in days)
        {
            if (!await db.Set<DateDimension>().AnyAsync(d => d.Date == day, cancellationToken))
            {
                db.Add(DateDimension.Of(day));
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // Added by the other writer between the look and the save.
                }

                db.ChangeTracker.Clear();
            }
        }
    }
}
