using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Workflow;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>The processing times the portal publishes, from the demo tenant's decided cases, on SQLite and PostgreSQL.</summary>
public abstract class ProcessingTimesHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnyoneSeesTheMedianAndNinetiethPercentile_OfLastYearsDecisions_PerType()
    {
        var factory = await FactoryAsync();
        var visitor = factory.Session();
        var today = DateOnly.FromDateTime(DateTime.Now);
        var expected = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        await factory.WithDbAsync(async db =>
        {
            foreach (var c in await db.Set<ResidenceCase>().IgnoreQueryFilters()
                .Where(c => c.DecidedOn >= today.AddDays(-365) && c.DecidedOn < today && c.Outcome != DecisionOutcome.Discontinued).ToListAsync(Cancel))
            {
                (expected.TryGetValue(c.ApplicationType, out var days) ? days : expected[c.ApplicationType] = []).Add(c.DecidedOn!.Value.DayNumber - c.SubmittedOn.DayNumber);
            }
        });

        var answer = await visitor.Client.GetFromJsonAsync<JsonElement>("/api/v1/cases/processing-times", Cancel);
        var page = await visitor.GetPageAsync("/en/processing-times");

        var types = answer.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("applicationType").GetString()!);
        types.Keys.Order(StringComparer.Ordinal).ShouldBe(expected.Keys.Order(StringComparer.Ordinal));
        expected.Values.ShouldContain(days => days.Count >= ProcessingTimes.MinimumDecisions, "the demo cases should give at least one type enough decisions");
        foreach (var (type, days) in expected)
        {
            days.Sort();
            var time = types[type];
            time.GetProperty("decided").GetInt32().ShouldBe(days.Count);
            if (days.Count < ProcessingTimes.MinimumDecisions)
            {
                time.GetProperty("medianDays").ValueKind.ShouldBe(JsonValueKind.Null);
                continue;
            }

            time.GetProperty("medianDays").GetInt32().ShouldBe(days[(int)Math.Ceiling(days.Count * 0.5) - 1]);
            time.GetProperty("percentile90Days").GetInt32().ShouldBe(days[(int)Math.Ceiling(days.Count * 0.9) - 1]);
            page.QuerySelector($"#type-{type} td.median")!.TextContent.ShouldBe(days[(int)Math.Ceiling(days.Count * 0.5) - 1].ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}

public sealed class SqliteProcessingTimesHttpTests(SqliteFactoryFixture fixture) : ProcessingTimesHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresProcessingTimesHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : ProcessingTimesHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
