using Pathway.Platform.Demo;
using Pathway.Platform.Persistence;

namespace Pathway.Web.Hosting;

/// <summary>Before the server takes requests: apply pending migrations, seed the demo tenant into an empty database.</summary>
internal sealed class DatabaseStartup(IServiceProvider services, DatabaseOptions options, ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var applied = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken: cancellationToken);
        if (applied.Count > 0)
        {
            logger.LogInformation("Applied {Count} migrations on {Provider}", applied.Count, options.Provider);
        }

        if (options.SeedDemoData)
        {
            var seeded = await scope.ServiceProvider.GetRequiredService<DemoTenantSeeder>()
                .SeedIfEmptyAsync(new DemoSeedOptions(options.DemoPersons, DuplicateShare: options.DemoDuplicateShare), cancellationToken: cancellationToken);
            if (seeded)
            {
                logger.LogInformation("Seeded the demo tenant with {Persons} persons", options.DemoPersons);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
