using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Cases.Workflow;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>
/// The tenant filter every query of the platform carries, on SQLite and PostgreSQL: each kind of scope
/// sees what it should of the demo cases (an office all of its own, one organisation its own only,
/// another office nothing, the system every office's), whichever kind ran before it; and a tenant's
/// query says only which tenant, so SQLite finds a case by its number through the (TenantId, Number)
/// index rather than by reading the table.
/// </summary>
public abstract class TenantFilterTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Runs <paramref name="action"/> on a context whose scope is <paramref name="scope"/>, as a job narrowed to it would.</summary>
    private static async Task<T> InScopeAsync<T>(PathwayFactory factory, TenantScope scope, Func<PathwayDbContext, Task<T>> action)
    {
        var result = default(T)!;
        await factory.WithScopeAsync(async services =>
        {
            services.GetRequiredService<TenantScopeOverride>().Scope = scope;
            result = await action(services.GetRequiredService<PathwayDbContext>());
        });
        return result;
    }

    [Fact]
    public async Task EachScope_SeesItsOwnCases_WhicheverScopeAskedBefore()
    {
        var factory = await FactoryAsync();
        var everyCase = await InScopeAsync(factory, TenantScope.System, db => db.Set<ResidenceCase>().IgnoreQueryFilters()
            .Select(c => new { c.TenantId, c.OrganisationId }).ToListAsync(Cancel));
        everyCase.ShouldNotBeEmpty("the demo office has cases");
        var tenant = everyCase[0].TenantId;
        var organisation = everyCase[0].OrganisationId;
        var scopes = new (string Name, TenantScope Scope, int Expected)[]
        {
            ("the office, all its organisations", TenantScopeOverride.OfficeWide(tenant), everyCase.Count(c => c.TenantId == tenant)),
            ("the system", TenantScope.System, everyCase.Count),
            ("one organisation", new TenantScope(tenant, false, [organisation]), everyCase.Count(c => c.TenantId == tenant && c.OrganisationId == organisation)),
            ("two organisations, one of another office", new TenantScope(tenant, false, [organisation, Guid.NewGuid()]),
                everyCase.Count(c => c.TenantId == tenant && c.OrganisationId == organisation)),
            ("no organisation (someone not signed in)", TenantScope.Anonymous(tenant), 0),
            ("another office", TenantScopeOverride.OfficeWide(Guid.NewGuid()), 0),
        };

        // Twice round, so that each kind asks after each other kind has shaped and cached its SQL.
        foreach (var (name, scope, expected) in scopes.Concat(scopes.Reverse()))
        {
            (await InScopeAsync(factory, scope, db => db.Set<ResidenceCase>().CountAsync(Cancel))).ShouldBe(expected, name);
        }
    }

    [Fact]
    public async Task AnOfficesQuery_NamesTheOfficeOnly_AndFindsACaseByItsIndex()
    {
        var factory = await FactoryAsync();
        var (tenant, number) = await InScopeAsync(factory, TenantScope.System, async db =>
        {
            var first = await db.Set<ResidenceCase>().OrderBy(c => c.Number).Select(c => new { c.TenantId, c.Number }).FirstAsync(Cancel);
            return (first.TenantId, first.Number);
        });

        var plan = await InScopeAsync(factory, TenantScopeOverride.OfficeWide(tenant), async db =>
        {
            var query = db.Set<ResidenceCase>().Where(c => c.Number == number);
            var sql = query.ToQueryString();
            var where = sql[sql.LastIndexOf("WHERE", StringComparison.Ordinal)..];
            where.ShouldNotContain(" OR ", Case.Sensitive, "a tenant's query carries no test of the system scope: " + sql);
            where.ShouldContain("\"TenantId\" = @", Case.Sensitive, sql);
            if (db.IsPostgres)
            {
                return "";
            }

            await using var command = query.CreateDbCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
            await db.Database.OpenConnectionAsync(Cancel);
            await using DbDataReader reader = await command.ExecuteReaderAsync(Cancel);
            var steps = new List<string>();
            while (await reader.ReadAsync(Cancel))
            {
                steps.Add(reader.GetString(reader.GetOrdinal("detail")));
            }

            return string.Join(" | ", steps);
        });

        if (plan.Length > 0)
        {
            plan.ShouldContain("USING INDEX IX_Cases_Cases_TenantId_Number (TenantId=? AND Number=?)", Case.Sensitive);
        }
    }
}

public sealed class SqliteTenantFilterTests(SqliteFactoryFixture fixture) : TenantFilterTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresTenantFilterTests(PostgresServer server, PostgresFactoryFixture fixture) : TenantFilterTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
