using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Casework;
using Pathway.Platform.Outbox;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Workflow;

/// <summary>
/// Every line of every case's timeline in a tenant as a <see cref="CaseStepTaken"/> row, by a query the
/// database runs (<see cref="ResidenceCase.Step"/> in SQL: the case's office and type, the action, the
/// states, the day it took effect or else the day it was recorded, in UTC). Paged by case: a page is the
/// lines of the cases whose id lies after <c>@after</c> and up to <c>@last</c>.
/// </summary>
internal sealed class CaseStepProjection(PathwayDbContext db) : IEventProjection
{
    public string Name => "case steps";

    public Type Event => typeof(CaseStepTaken);

    public Task<long> CountAsync(Guid tenantId, CancellationToken cancellationToken) =>
        db.TenantRowsOf<ResidenceCase>(tenantId).SelectMany(c => c.Events).LongCountAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> PageEndsAsync(Guid tenantId, int rows, long total, CancellationToken cancellationToken)
    {
        var cases = await db.TenantRowsOf<ResidenceCase>(tenantId).LongCountAsync(cancellationToken);
        if (cases == 0)
        {
            return [];
        }

        // Cases per page from the tenant's lines per case: the pages come out about the size asked.
        var casesPerPage = Math.Max(1, (int)Math.Min(int.MaxValue, rows * cases / Math.Max(1, total)));
        var ids = db.TenantRowsOf<ResidenceCase>(tenantId).OrderBy(c => c.Id).Select(c => c.Id).AsAsyncEnumerable();
        var ends = new List<Guid>();
        long n = 0;
        await foreach (var id in ids.WithCancellation(cancellationToken))
        {
            if (++n % casesPerPage == 0 && n < cases)
            {
                ends.Add(id);
            }
        }

        return ends;
    }

    public string Sql(DatabaseProvider provider) => provider switch
    {
        // SQLite keeps instants as ISO text: the day is its first ten characters.
        DatabaseProvider.Sqlite => Query("""COALESCE(e."EffectiveOn", substr(e."At", 1, 10))"""),
        _ => Query("""COALESCE(e."EffectiveOn", CAST(e."At" AT TIME ZONE 'UTC' AS date))"""),
    };

    private static string Query(string on) => $"""
        SELECT e."Id" AS "StepId", c."Id" AS "CaseId", c."TenantId", c."OrganisationId", c."ApplicationType",
            e."Action", e."FromState" AS "From", e."ToState" AS "To", {on} AS "On", e."At"
        FROM "Cases_Cases" AS c
        JOIN "Cases_CaseEvents" AS e ON e."CaseId" = c."Id"
        WHERE c."TenantId" = @tenant AND c."Id" > @after AND c."Id" <= @last
        """;
}
