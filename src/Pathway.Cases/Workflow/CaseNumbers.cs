using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Persistence;

namespace Pathway.Cases.Workflow;

/// <summary>The last case number given out in a tenant's year.</summary>
public sealed class CaseNumberSequence
{
    public Guid TenantId { get; init; }
    public int Year { get; init; }
    public int Last { get; init; }
}

/// <summary>
/// Case numbers as the office writes them on letters: the unit's mark, the file class of the
/// uniform filing list (6151: temporary residence, 6152: permanent, 6153: long-term EU resident),
/// a running number per tenant and year, and the year, e.g. <c>WSC-II-S.6151.123.2026</c>.
/// </summary>
public static class CaseNumbers
{
    public const string DefaultUnitMark = "WSC-II-S";

    public static string Format(string unitMark, Catalogue.PermitKind permit, int running, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"{unitMark}.{FileClass(permit)}.{running}.{year}");

    public static int FileClass(Catalogue.PermitKind permit) => permit switch
    {
        Catalogue.PermitKind.TemporaryResidence => 6151,
        Catalogue.PermitKind.PermanentResidence => 6152,
        Catalogue.PermitKind.LongTermResidentEu => 6153,
        _ => throw new ArgumentOutOfRangeException(nameof(permit), permit, null),
    };

    /// <summary>
    /// The next running number, in one statement so two officers registering at once never get the
    /// same one (both databases take INSERT … ON CONFLICT … RETURNING). Runs in the caller's transaction.
    /// </summary>
    public static async Task<int> NextAsync(PathwayDbContext db, Guid tenantId, int year, CancellationToken cancellationToken)
    {
        var next = await db.Database.SqlQuery<int>($"""
            INSERT INTO "Cases_CaseNumbers" ("TenantId", "Year", "Last") VALUES ({tenantId}, {year}, 1)
            ON CONFLICT ("TenantId", "Year") DO UPDATE SET "Last" = "Cases_CaseNumbers"."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(cancellationToken);
        return next[0];
    }
}
