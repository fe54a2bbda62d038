using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Pathway.Analytics;
using Pathway.Cases;
using Pathway.People;
using Pathway.Platform;
using Pathway.Platform.ApiKeys;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Modules;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Portal;
using Pathway.Support;

namespace Pathway.Cli;

/// <summary>The services the CLI needs, configured like the web host (appsettings.json, environment variables).</summary>
internal sealed class CliHost : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private CliHost(ServiceProvider services, DatabaseOptions options)
    {
        this.services = services;
        Options = options;
    }

    public DatabaseOptions Options { get; }

    public static async Task<CliHost> StartAsync(CancellationToken cancellationToken, bool migrate = true)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var options = DatabaseOptions.From(configuration);
        var collection = new ServiceCollection();
        // PATHWAY_SQL_LOG=1 shows every SQL command with its duration, for diagnosing slow verbs.
        var sqlLog = Environment.GetEnvironmentVariable("PATHWAY_SQL_LOG") == "1";
        collection.AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", sqlLog ? LogLevel.Information : LogLevel.Warning));
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddPathwayPersistence(options);
        collection.AddIdentityCore<PathwayUser>(identity =>
            {
                identity.Password.RequiredLength = 12;
                identity.User.RequireUniqueEmail = true;
            })
            .AddRoles<PathwayRole>()
            .AddEntityFrameworkStores<PathwayDbContext>();
        collection.AddLocalization();
        collection.AddScoped<AccountAdministration>();
        collection.AddScoped<DemoTenantSeeder>();
        collection.TryAddSingleton(TimeProvider.System);
        collection.AddSingleton<OrganisationDirectory>();
        collection.AddPeople();
        // API keys are checked against every permission the platform and its modules grant.
        collection.AddPermissions(Permissions.Grants);
        collection.AddSingleton<PermissionCatalog>();
        collection.AddScoped<ApiKeyService>();
        // Migrations and demo seeding of every module, as the web host runs them.
        collection.AddAnalytics();
        collection.AddCases();
        collection.AddPortal();
        collection.AddSupport();
        var host = new CliHost(collection.BuildServiceProvider(), options);
        if (migrate)
        {
            await using var scope = host.CreateScope();
            await scope.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken: cancellationToken);
        }

        return host;
    }

    public CliScope CreateScope() => new(services.CreateAsyncScope());

    public ValueTask DisposeAsync() => services.DisposeAsync();
}

internal sealed class CliScope(AsyncServiceScope scope) : IAsyncDisposable
{
    public IServiceProvider Services => scope.ServiceProvider;

    public PathwayDbContext Db => scope.ServiceProvider.GetRequiredService<PathwayDbContext>();

    public UserManager<PathwayUser> Users => scope.ServiceProvider.GetRequiredService<UserManager<PathwayUser>>();

    /// <summary>
    /// The tenant a <c>--tenant</c> option names by slug or id ("demo": the demo tenant, whatever its
    /// slug), or the first tenant when it names none; null after saying why on stderr.
    /// </summary>
    public async Task<Tenant?> TenantAsync(string? option, CancellationToken cancellationToken)
    {
        var wanted = option is "demo" ? DemoAccounts.TenantSlug : option;
        var tenants = Db.Tenants.AsNoTracking();
        var found = wanted is null
            ? await tenants.OrderBy(t => t.CreatedAt).FirstOrDefaultAsync(cancellationToken)
            : await tenants.FirstOrDefaultAsync(t => t.Slug == wanted || t.Id.ToString() == wanted, cancellationToken);
        if (found is null)
        {
            await Console.Error.WriteLineAsync(wanted is null ? "There is no tenant yet: run 'pathway seed' or start the platform once." : $"No tenant '{wanted}'.");
        }

        return found;
    }

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
