using System.Linq.Expressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Pathway.Platform.Demo;
using Pathway.Platform.Persistence;

namespace Pathway.Testing;

/// <summary>The real platform in memory, on its own SQLite file or PostgreSQL database, with demo data.</summary>
public sealed class PathwayFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;
    private readonly string folder;

    private readonly Action<IServiceCollection>? configureServices;

    private PathwayFactory(DatabaseProvider provider, string connectionString, string folder, IDictionary<string, string?>? extra, Action<IServiceCollection>? configureServices)
    {
        this.configureServices = configureServices;
        Provider = provider;
        ConnectionString = connectionString;
        this.folder = folder;
        MailFolder = Path.Combine(folder, "mail");
        settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Pathway"] = connectionString,
            ["Database:DemoPersons"] = "300",
            // One key for every test host: two hosts on one database are two nodes of one installation.
            ["Protection:MasterKey"] = TestMasterKey,
            ["Email:PickupFolder"] = MailFolder,
            ["RateLimits:SignInPerMinute"] = "10000",
            ["RateLimits:PublicFormPerMinute"] = "10000",
            ["RateLimits:AssistantPerMinute"] = "10000",
            ["RateLimits:OpenDataPerMinute"] = "10000",
            // Scanning at seed costs every test host a scan; the tests of the scan switch it on.
            ["Registry:ScanAtSeed"] = "false",
            ["Applications:FileFolder"] = Path.Combine(folder, "applications"),
            // The booking-window scheduler polls every minute; its own tests switch it on, the others open and draw windows through the API.
            ["Appointments:Scheduler"] = "false",
            // The nightly retention rules would delete and anonymise under the tests' feet; their tests run them through the API.
            ["Retention:Scheduler"] = "false",
            // Quartz's scheduler runs in the tests that schedule reports, not in every test host.
            ["Reports:Scheduler"] = "false",
            // Building the warehouse at start costs every test host a pass over the demo cases; its tests build it when they mean to.
            ["Warehouse:BuildAtStart"] = "false",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        ServerErrorCheck.Watch(Logs);
    }

    /// <summary>The master key of special-category fields every test host uses (32 bytes, not a secret).</summary>
    public static readonly string TestMasterKey = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData("pathway tests"u8));

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public string MailFolder { get; }

    public Mailbox Mailbox => new(MailFolder);

    public LogSink Logs { get; } = new();

    /// <summary>Authenticator keys of the accounts this factory's tests enrolled, by e-mail.</summary>
    public Dictionary<string, string> AuthenticatorKeys { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static PathwayFactory Sqlite(IDictionary<string, string?>? extra = null, Action<IServiceCollection>? configureServices = null)
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), $"pathway-test-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataFolder);
        return new PathwayFactory(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataFolder, "pathway.db")}", dataFolder, extra, configureServices);
    }

    public static async Task<PathwayFactory> PostgresAsync(PostgresServer server, IDictionary<string, string?>? extra = null, string? connectionString = null, Action<IServiceCollection>? configureServices = null)
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), $"pathway-test-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataFolder);
        return new PathwayFactory(DatabaseProvider.Postgres, connectionString ?? await server.CreateDatabaseAsync(), dataFolder, extra, configureServices);
    }

    /// <summary>A new browser-like session; pass another session's cookies to continue it (on this or another node).</summary>
    public WebSession Session(System.Net.CookieContainer? cookies = null) => new(this, cookies ?? new System.Net.CookieContainer());

    /// <summary>A new session signed in as the demo account of <paramref name="role"/>.</summary>
    public async Task<WebSession> SignInAsync(string role)
    {
        var session = Session();
        await session.SignInAsync(DemoAccounts.EmailOf(role));
        return session;
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>How many rows of <typeparamref name="T"/> (that match <paramref name="where"/>) the database holds, in every tenant.</summary>
    public async Task<int> CountAsync<T>(Expression<Func<T, bool>>? where = null) where T : class
    {
        var count = 0;
        await WithDbAsync(async db => count = await (where is null ? db.Set<T>().CountAsync() : db.Set<T>().CountAsync(where)));
        return count;
    }

    public async Task<Guid> UserIdAsync(string email)
    {
        var id = Guid.Empty;
        await WithDbAsync(async db => id = await db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Id).SingleAsync());
        return id;
    }

    /// <summary>The id of the demo tenant's organisation named <paramref name="name"/>.</summary>
    public async Task<Guid> OrganisationIdAsync(string name)
    {
        var id = Guid.Empty;
        await WithDbAsync(async db => id = await db.Set<Pathway.Platform.Tenancy.Organisation>().Where(o => o.Name == name).Select(o => o.Id).FirstAsync());
        return id;
    }

    /// <summary>
    /// A fresh account of the demo tenant with <paramref name="role"/> in <paramref name="organisation"/>,
    /// signing in with the demo password: a colleague the demo does not have, for one test.
    /// </summary>
    public async Task<(string Email, Guid Id)> CreateAccountAsync(string role, Guid? organisation, string displayName = "Test Account")
    {
        var email = $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@example.org";
        await using var scope = Services.CreateAsyncScope();
        var tenant = await scope.ServiceProvider.GetRequiredService<PathwayDbContext>().Tenants.Select(t => t.Id).FirstAsync();
        var outcome = await scope.ServiceProvider.GetRequiredService<Pathway.Platform.Identity.AccountAdministration>()
            .CreateAsync(tenant, new Pathway.Platform.Identity.NewAccount(email, displayName, role, organisation, DemoAccounts.Password));
        Xunit.Assert.Empty(outcome.Errors);
        return (email, outcome.User!.Id);
    }

    /// <summary>Runs <paramref name="action"/> with a scope's services, as a background job of the platform would.</summary>
    public async Task WithScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public async Task WithDbAsync(Func<PathwayDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<PathwayDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // Outside Development the host serves only published assets; the tests run the build
        // output, so the stylesheet is mapped in explicitly (browser and axe checks see the real styling).
        builder.UseStaticWebAssets();
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        if (configureServices is not null)
        {
            builder.ConfigureServices(configureServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Logs.Closed = true;
            SqliteConnection.ClearAllPools();
            NpgsqlConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow machine; the temp folder is cleaned by the system.
            }
        }
    }
}
