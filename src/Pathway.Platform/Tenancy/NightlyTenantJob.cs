using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pathway.Platform.Persistence;

namespace Pathway.Platform.Tenancy;

/// <summary>
/// A job that runs for every tenant each night at <see cref="At"/>, Warsaw time. Every node runs the
/// schedule; a job that must run once a night takes a claim row of its own (ADR 0005).
/// </summary>
public abstract class NightlyTenantJob(IServiceScopeFactory scopes, TimeProvider clock) : BackgroundService
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    /// <summary>The local time of the run.</summary>
    protected abstract TimeOnly At { get; }

    /// <summary>False where something else decides when the job runs (a setting, the tests).</summary>
    protected virtual bool Enabled => true;

    /// <summary>One tenant's run, in a scope of its own.</summary>
    protected abstract Task RunAsync(IServiceProvider services, Guid tenant, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(UntilNext(clock.GetUtcNow(), Zone, At), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            List<Guid> tenants;
            await using (var scope = scopes.CreateAsyncScope())
            {
                tenants = await scope.ServiceProvider.GetRequiredService<PathwayDbContext>().Tenants.AsNoTracking().Select(t => t.Id).ToListAsync(stoppingToken);
            }

            foreach (var tenant in tenants)
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunAsync(scope.ServiceProvider, tenant, stoppingToken);
            }
        }
    }

    /// <summary>How long from <paramref name="now"/> to the next <paramref name="at"/> of the clock of <paramref name="zone"/>.</summary>
    public static TimeSpan UntilNext(DateTimeOffset now, TimeZoneInfo zone, TimeOnly at)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var today = new DateTimeOffset(local.Date + at.ToTimeSpan(), local.Offset);
        var next = today > local ? today : today.AddDays(1);
        return next - local;
    }
}
