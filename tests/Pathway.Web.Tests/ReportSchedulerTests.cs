using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Analytics.Reports;
using Pathway.Platform.Identity;
using Pathway.Testing;
using Quartz;
using static Pathway.Testing.ApiAnswers;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>
/// Quartz.NET running the schedules in the platform's own database, clustered: a schedule made through
/// the API becomes a cron trigger in the job store at once, firing it puts a report in the library,
/// and removing the schedule removes the trigger. On SQLite and PostgreSQL.
/// </summary>
public abstract class ReportSchedulerTests
{
    protected static readonly Dictionary<string, string?> SchedulerOn = new(StringComparer.Ordinal) { ["Reports:Scheduler"] = "true" };

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AScheduleBecomesAQuartzTrigger_FiringItKeepsAReport_RemovingItRemovesTheTrigger()
    {
        using var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        const string cron = "0 0 6 1 * ?";
        var created = await JsonAsync(await analyst.Client.SendAsync(Json("/api/v1/analytics/reports/schedules",
            new { name = "monthly-office", parameters = new { month = "previous" }, format = "sdmx-csv", cron }, "en"), Cancel), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();

        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Cancel);
        (await scheduler.Exists(ReportScheduling.JobOf(id), Cancel)).ShouldBeTrue();
        var trigger = (ICronTrigger)(await scheduler.GetTrigger(ReportScheduling.TriggerOf(id), Cancel))!;
        trigger.CronExpressionString.ShouldBe(cron);
        trigger.TimeZone.Id.ShouldBe("Europe/Warsaw");
        trigger.NextFireTimeUtc.ShouldBe(created.GetProperty("nextRunAt").GetDateTimeOffset());

        await scheduler.TriggerJob(ReportScheduling.JobOf(id), new JobDataMap(), Cancel);
        JsonElement? made = null;
        for (var waited = 0; waited < 60 && made is null; waited++)
        {
            await Task.Delay(500, Cancel);
            var library = await analyst.Client.GetFromJsonAsync<JsonElement>("/api/v1/analytics/reports/runs", Cancel);
            made = library.EnumerateArray().Where(e => e.GetProperty("createdBy").GetString()!.StartsWith("report schedule " + id, StringComparison.Ordinal)).Cast<JsonElement?>().FirstOrDefault();
        }

        made.ShouldNotBeNull("the fired schedule keeps its report in the library within 30 s");
        made.Value.GetProperty("format").GetString().ShouldBe("sdmx-csv");

        using var removed = await analyst.Client.DeleteAsync($"/api/v1/analytics/reports/schedules/{id}", Cancel);
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await scheduler.Exists(ReportScheduling.JobOf(id), Cancel)).ShouldBeFalse();
    }
}

public sealed class SqliteReportSchedulerTests : ReportSchedulerTests
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(PathwayFactory.Sqlite(SchedulerOn));
}

public sealed class PostgresReportSchedulerTests(PostgresServer server) : ReportSchedulerTests
{
    protected override Task<PathwayFactory> FactoryAsync() => PathwayFactory.PostgresAsync(server, SchedulerOn);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // Each node looks for triggers another node added every second (Quartz's default is 30 s), so both
    // know the trigger before it is due.
    private static void LookEverySecond(IServiceCollection services) =>
        services.Configure<QuartzSchedulerOptions>(options => options.IdleWaitTime = TimeSpan.FromSeconds(1));

    [Fact]
    public async Task TwoNodesOnOneDatabase_RunADueScheduleOnce()
    {
        using var first = await PathwayFactory.PostgresAsync(server, SchedulerOn, configureServices: LookEverySecond);
        using var second = await PathwayFactory.PostgresAsync(server, SchedulerOn, first.ConnectionString, LookEverySecond);
        using var analyst = await first.SignInAsync(Roles.Analyst);
        var nodes = new[]
        {
            await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Cancel),
            await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Cancel),
        };
        foreach (var node in nodes)
        {
            for (var waited = 0; waited < 100 && await node.GetStatus(Cancel) != SchedulerStatus.Running; waited++)
            {
                await Task.Delay(100, Cancel);
            }

            (await node.GetStatus(Cancel)).ShouldBe(SchedulerStatus.Running);
            (await node.GetMetadata(Cancel)).JobStoreClustered.ShouldBeTrue();
        }

        // One cluster of two nodes in the job store, each alive to the other.
        nodes[0].SchedulerInstanceId.ShouldNotBe(nodes[1].SchedulerInstanceId);
        var cluster = await nodes[0].QueryClusterNodes(Cancel);
        cluster.Select(n => n.InstanceId).ShouldBe([nodes[0].SchedulerInstanceId, nodes[1].SchedulerInstanceId], ignoreOrder: true);
        cluster.ShouldAllBe(n => n.State == ClusterNodeState.Alive);

        var created = await JsonAsync(await analyst.Client.SendAsync(Json("/api/v1/analytics/reports/schedules",
            new { name = "monthly-office", parameters = new { month = "previous" }, format = "sdmx-csv", cron = "0 0 6 1 * ?" }, "en"), Cancel), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();

        // The schedule's trigger due in a few seconds, once: both nodes see it in the job store before then.
        var due = TriggerBuilder.Create().WithIdentity(ReportScheduling.TriggerOf(id)).ForJob(ReportScheduling.JobOf(id)).StartAt(DateTimeOffset.UtcNow.AddSeconds(4)).Build();
        await nodes[0].RescheduleJob(ReportScheduling.TriggerOf(id), due, Cancel);
        (await nodes[1].GetTrigger(ReportScheduling.TriggerOf(id), Cancel)).ShouldNotBeNull();

        async Task<int> RunsAsync()
        {
            var library = await analyst.Client.GetFromJsonAsync<JsonElement>("/api/v1/analytics/reports/runs", Cancel);
            return library.EnumerateArray().Count(e => e.GetProperty("createdBy").GetString()!.StartsWith("report schedule " + id, StringComparison.Ordinal));
        }

        for (var waited = 0; waited < 60 && await RunsAsync() == 0; waited++)
        {
            await Task.Delay(500, Cancel);
        }

        // Longer than both nodes' look for due triggers: a second run would be there by now.
        await Task.Delay(TimeSpan.FromSeconds(5), Cancel);
        (await RunsAsync()).ShouldBe(1);
    }
}
