using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Persistence;

namespace Pathway.Analytics.Warehouse;

/// <summary>
/// Fills the dimensions a tenant's facts name, one statement each, after a rebuild has written the
/// facts: every day from the first to the last a fact names, the citizenships (of applicants, of
/// beneficiaries of support services and of the support cases) and outcomes, the application types with their permit and
/// purpose, the offices (of applications and of appointments) with their names and voivodeships. All
/// but the days are those the rebuild gathered as it wrote the facts (<see cref="NamedDimensions"/>).
/// Each in its own short transaction; rows already there stay (the types' and offices' attributes are
/// refreshed).
/// </summary>
internal static class WarehouseDimensions
{
    private const string Codes = """
        INSERT INTO "Analytics_DimCodes" ("Dimension", "Code", "Position") VALUES {rows}
        ON CONFLICT ("Dimension", "Code") DO NOTHING
        """;

    private const string Types = """
        INSERT INTO "Analytics_DimApplicationTypes" ("TenantId", "Code", "Permit", "Purpose") VALUES {rows}
        ON CONFLICT ("TenantId", "Code") DO UPDATE SET "Permit" = excluded."Permit", "Purpose" = excluded."Purpose"
        """;

    // The offices with their names and voivodeships as the platform holds them now.
    private const string Offices = """
        INSERT INTO "Analytics_DimOffices" ("OfficeId", "TenantId", "Name", "Voivodeship")
        SELECT f."OfficeId", {0}, COALESCE(o."Name", ''), o."Voivodeship"
        FROM ({rows}) AS f LEFT JOIN "Organisations" AS o ON o."Id" = f."OfficeId" WHERE true
        ON CONFLICT ("OfficeId") DO UPDATE SET "Name" = excluded."Name", "Voivodeship" = excluded."Voivodeship"
        """;

    // The rows a rebuild's facts named, one statement a dimension.
    private static async Task FillNamedAsync(PathwayDbContext db, Guid tenantId, NamedDimensions named, CancellationToken cancellationToken)
    {
        foreach (var codes in named.Codes.GroupBy(c => c.Dimension, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            await InsertRowsAsync(db, Codes, codes.Key, [.. codes.Select(c => c.Code).Order(StringComparer.Ordinal).Select(code => new object[] { code })],
                first => Row($"({{0}}, {{{first}}}, 0)"), ", ", cancellationToken);
        }

        await InsertRowsAsync(db, Types, tenantId, [.. named.Types.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new object[] { t.Key, t.Value.Permit, t.Value.Purpose })],
            first => Row($"({{0}}, {{{first}}}, {{{first + 1}}}, {{{first + 2}}})"), ", ", cancellationToken);
        await InsertRowsAsync(db, Offices, tenantId, [.. named.Offices.Order().Select(office => new object[] { office })],
            first => Row($"SELECT {{{first}}} AS \"OfficeId\""), " UNION ALL ", cancellationToken);
    }

    private static string Row(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // One statement of as many rows as given: {0} is the value they share (the tenant or the dimension),
    // each row's own values numbered on after it through the rows (a row's text made from its first number).
    private static async Task InsertRowsAsync(PathwayDbContext db, string sql, object shared, IReadOnlyList<object[]> rows, Func<int, string> row, string separator,
        CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var values = new List<object> { shared };
        var texts = new List<string>(rows.Count);
        foreach (var own in rows)
        {
            texts.Add(row(values.Count));
            values.AddRange(own);
        }

        var statement = sql.Replace("{rows}", string.Join(separator, texts), StringComparison.Ordinal);
        await db.Database.ExecuteSqlRawAsync(statement, values, cancellationToken);
    }

    /// <param name="today">The day the rebuild runs (UTC): no step is dated later than the day after.</param>
    /// <param name="named">The rows the rebuild's facts named.</param>
    public static async Task FillAsync(PathwayDbContext db, Guid tenantId, DateOnly today, NamedDimensions named, CancellationToken cancellationToken)
    {
        await FillNamedAsync(db, tenantId, named, cancellationToken);

        var facts = db.Set<ApplicationFact>().Where(f => f.TenantId == tenantId);
        var first = await facts.MinAsync(f => (DateOnly?)f.SubmittedOn, cancellationToken);
        // The steps' days are not read (twenty million rows without an index by day): a step is dated
        // neither before its case was submitted nor after the day it was taken, so the span from the first
        // application to today holds them. (A delivery recorded as before the submission is the one
        // exception the workflow allows; the feed adds the day of every step it writes.)
        var anySteps = await db.Set<WarehouseTally>().AnyAsync(t => t.TenantId == tenantId && t.Steps > 0, cancellationToken);
        // The day after today in UTC: a zone ahead of UTC may already be there.
        DateOnly? lastStep = anySteps ? today.AddDays(1) : null;
        var lastDue = await facts.MaxAsync(f => f.DecisionDueOn, cancellationToken);
        var lastDecided = await facts.MaxAsync(f => f.DecidedOn, cancellationToken);
        var lastFinal = await facts.MaxAsync(f => f.FinalOn, cancellationToken);
        var services = db.Set<ServiceFact>().Where(f => f.TenantId == tenantId);
        var calls = db.Set<CallFact>().Where(f => f.TenantId == tenantId);
        var (firstService, lastService) = (await services.MinAsync(f => (DateOnly?)f.On, cancellationToken), await services.MaxAsync(f => (DateOnly?)f.On, cancellationToken));
        var (firstCall, lastCall) = (await calls.MinAsync(f => (DateOnly?)f.On, cancellationToken), await calls.MaxAsync(f => (DateOnly?)f.On, cancellationToken));
        var appointments = db.Set<AppointmentFact>().Where(f => f.TenantId == tenantId);
        var uses = db.Set<PortalUseFact>().Where(f => f.TenantId == tenantId);
        var (firstBooked, lastSlot) = (await appointments.MinAsync(f => (DateOnly?)f.BookedOn, cancellationToken), await appointments.MaxAsync(f => (DateOnly?)f.SlotOn, cancellationToken));
        var (firstUse, lastUse) = (await uses.MinAsync(f => (DateOnly?)f.On, cancellationToken), await uses.MaxAsync(f => (DateOnly?)f.On, cancellationToken));
        var cases = db.Set<BeneficiaryFact>().Where(f => f.TenantId == tenantId);
        var (firstCase, lastCase) = (await cases.MinAsync(f => (DateOnly?)f.RegisteredOn, cancellationToken), await cases.MaxAsync(f => (DateOnly?)(f.ClosedOn ?? f.RegisteredOn), cancellationToken));
        DateOnly?[] starts = [first, firstService, firstCall, firstBooked, firstUse, firstCase];
        DateOnly?[] ends = [lastStep, lastDue, lastDecided, lastFinal, first, lastService, lastCall, lastSlot, lastUse, lastCase];
        if (starts.Min() is not { } from || ends.Max() is not { } to)
        {
            return;
        }

        // Every day of the span, whether or not a fact names it: charts by day need the empty ones too.
        // Written as literals (days and small numbers the code made, nothing a user typed), 500 a
        // statement, skipping those another writer has added.
        var days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(i => DateDimension.Of(from.AddDays(i)));
        foreach (var chunk in days.Chunk(500))
        {
            var rows = string.Join(", ", chunk.Select(d => string.Create(CultureInfo.InvariantCulture,
                $"('{d.Date:yyyy-MM-dd}', {d.Year}, {d.Quarter}, {d.Month}, {d.IsoYear}, {d.IsoWeek}, {d.DayOfWeek})")));
            var sql = "INSERT INTO \"Analytics_DimDates\" (\"Date\", \"Year\", \"Quarter\", \"Month\", \"IsoYear\", \"IsoWeek\", \"DayOfWeek\") VALUES "
                + rows + " ON CONFLICT (\"Date\") DO NOTHING";
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }
}
