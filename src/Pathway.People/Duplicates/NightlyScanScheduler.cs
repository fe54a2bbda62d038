using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pathway.Platform;
using Pathway.Platform.Persistence;

namespace Pathway.People.Duplicates;

/// <summary>
/// Starts the full duplicate scan of every tenant each night at <c>Registry:NightlyScanAt</c>
/// (local time of the tenant). Every node runs this scheduler; the scan's claim row lets only
/// one of them do the work.
/// </summary>
internal sealed class NightlyScanScheduler(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<NightlyScanScheduler> logger) : BackgroundService
{
    private readonly TimeOnly at = ReadTime(configuration);

    public static TimeOnly ReadTime(IConfiguration configuration)
    {
        var text = configuration["Registry:NightlyScanAt"];
        if (string.IsNullOrWhiteSpace(text))
        {
            return new TimeOnly(2, 0);
        }

        return TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new InvalidConfigurationException("Registry:NightlyScanAt", $"'{text}' is not a time of day as HH:mm.");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = UntilNext(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"));
            try
            {
                await Task.Delay(wait, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await RunAllTenantsAsync(stoppingToken);
        }
    }

    internal TimeSpan UntilNext(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var today = new DateTimeOffset(local.Date + at.ToTimeSpan(), local.Offset);
        var next = today > local ? today : today.AddDays(1);
        return next - local;
    }

    private async Task RunAllTenantsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var tenants = await scope.ServiceProvider.GetRequiredService<PathwayDbContext>().Tenants.AsNoTracking().Select(t => t.Id).ToListAsync(cancellationToken);
        foreach (var tenant in tenants)
        {
            await using var tenantScope = scopes.CreateAsyncScope();
            var summary = await tenantScope.ServiceProvider.GetRequiredService<IRegistryScan>().RunAsync(tenant, "nightly", cancellationToken: cancellationToken);
            if (!summary.Skipped)
            {
                logger.LogInformation("Nightly duplicate scan of {Tenant}: {Records} records, {Raised} new entries in {Seconds:N0} s", tenant, summary.Records, summary.Raised, summary.Elapsed.TotalSeconds);
            }
        }
    }
}
