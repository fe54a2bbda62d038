using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.People.Duplicates;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Testing;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>The full duplicate scan at demo seeding and on a supervisor's request, on SQLite and PostgreSQL.</summary>
public abstract class DuplicateScanTests
{
    private static readonly Dictionary<string, string?> ScanAtSeed = new() { ["Registry:ScanAtSeed"] = "true" };

    protected abstract Task<PathwayFactory> FactoryAsync();

    protected abstract Task<PathwayFactory> OwnFactoryAsync(IDictionary<string, string?> settings);

    [Fact]
    public async Task Seed_WithScanAtSeed_PutsTheDemoSecondRecordsInTheQueueAtOnce()
    {
        using var factory = await OwnFactoryAsync(ScanAtSeed);
        _ = factory.Server;
        using var supervisor = factory.Session();
        await supervisor.SignInAsync(DemoAccounts.EmailOf(Roles.Supervisor));
        var queue = await supervisor.Client.GetFromJsonAsync<List<SuspicionView>>("/api/v1/duplicates", TestContext.Current.CancellationToken);
        queue!.ShouldContain(s => s.Kind == SuspicionKind.LikelySamePerson && s.Source == SuspicionSource.Scan, "the demo data holds about 3% second records of the same persons");
        await factory.WithDbAsync(async db => (await db.Set<ScanRun>().AnyAsync(r => r.Trigger.StartsWith("seed-") && r.FinishedAt != null && r.Error == null)).ShouldBeTrue());
    }

    [Fact]
    public async Task ScanNow_FromTheReviewPage_RunsInTheBackgroundAndTellsWhatItQueued()
    {
        // A database of its own: the shared one may already have been scanned by another test of this class.
        using var factory = await OwnFactoryAsync(new Dictionary<string, string?> { ["Registry:ScanAtSeed"] = "false" });
        using var supervisor = factory.Session();
        await supervisor.SignInAsync(DemoAccounts.EmailOf(Roles.Supervisor));
        var before = await supervisor.GetPageAsync("/staff/duplicates");
        before.QuerySelector("#scan-title + p")!.TextContent.ShouldBe(Translation("No scan has run yet. The registry is scanned every night; you may start a scan now.", "pl"));

        using var started = await supervisor.PostFormAsync("/staff/duplicates", "scan", new Dictionary<string, string> { ["Scan"] = "now" });
        var page = new HtmlParser().ParseDocument(await started.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        page.QuerySelector(".notice")!.TextContent.ShouldBe(Translation("The scan has started. Use Refresh to follow it.", "pl"));

        ScanRun? run = null;
        for (var i = 0; i < 240 && run?.FinishedAt is null; i++)
        {
            await Task.Delay(250, TestContext.Current.CancellationToken);
            await factory.WithDbAsync(async db => run = await db.Set<ScanRun>().AsNoTracking().SingleOrDefaultAsync(r => r.Trigger == "on-demand-1"));
        }

        run.ShouldNotBeNull();
        run.FinishedAt.ShouldNotBeNull("the scan finishes in the background");
        run.Error.ShouldBeNull();
        run.SuspicionsRaised.ShouldBeGreaterThan(0, "the demo's second records were not scanned at seed in the test hosts");
        var after = await supervisor.GetPageAsync("/staff/duplicates");
        after.QuerySelector("#scan-title + p")!.TextContent.Trim().ShouldBe(Translation("The last scan finished {0} and queued {1} new entries.", "pl",
            run.FinishedAt.Value.ToLocalTime().ToString("g", System.Globalization.CultureInfo.GetCultureInfo("pl")), run.SuspicionsRaised));
        await factory.WithDbAsync(async db => (await db.AuditEntries.AnyAsync(e => e.Action == "scan-requested" && e.EntityId == run.Id.ToString())).ShouldBeTrue());
    }

    [Fact]
    public async Task ClaimOnDemand_TwoNodesAtOnce_OnlyOneRuns()
    {
        var factory = await FactoryAsync();
        Guid tenant = Guid.Empty;
        await factory.WithDbAsync(async db => tenant = await db.Tenants.Select(t => t.Id).FirstAsync());
        await using var first = factory.Services.CreateAsyncScope();
        await using var second = factory.Services.CreateAsyncScope();
        // Wait for a scan another test of this class may have started, so the claims meet an idle registry.
        for (var i = 0; i < 240 && await RunningAsync(factory); i++)
        {
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }

        var claims = await Task.WhenAll(
            first.ServiceProvider.GetRequiredService<IRegistryScan>().ClaimOnDemandAsync(tenant, TestContext.Current.CancellationToken),
            second.ServiceProvider.GetRequiredService<IRegistryScan>().ClaimOnDemandAsync(tenant, TestContext.Current.CancellationToken));
        var claimed = claims.Where(c => c is not null).ShouldHaveSingleItem()!.Value;
        await using (var third = factory.Services.CreateAsyncScope())
        {
            (await third.ServiceProvider.GetRequiredService<IRegistryScan>().ClaimOnDemandAsync(tenant, TestContext.Current.CancellationToken)).ShouldBeNull("one is running");
            await third.ServiceProvider.GetRequiredService<IRegistryScan>().RunClaimedAsync(claimed, cancellationToken: TestContext.Current.CancellationToken);
        }

        (await RunningAsync(factory)).ShouldBeFalse();
    }

    private static async Task<bool> RunningAsync(PathwayFactory factory)
    {
        var running = false;
        await factory.WithDbAsync(async db => running = await db.Set<ScanRun>().AnyAsync(r => r.FinishedAt == null));
        return running;
    }
}

public sealed class SqliteDuplicateScanTests(SqliteFactoryFixture fixture) : DuplicateScanTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);

    protected override Task<PathwayFactory> OwnFactoryAsync(IDictionary<string, string?> settings) => Task.FromResult(PathwayFactory.Sqlite(settings));
}

public sealed class PostgresDuplicateScanTests(PostgresServer server, PostgresFactoryFixture fixture) : DuplicateScanTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);

    protected override Task<PathwayFactory> OwnFactoryAsync(IDictionary<string, string?> settings) => PathwayFactory.PostgresAsync(server, settings);
}
