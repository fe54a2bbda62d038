using Microsoft.Extensions.DependencyInjection;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>One platform on SQLite shared by the tests of a class.</summary>
public class SqliteFactoryFixture : IAsyncLifetime
{
    public SqliteFactoryFixture()
        : this(null)
    {
    }

    /// <param name="configureServices">Changes to the platform's services, for a class that tests the platform with a part replaced.</param>
    protected SqliteFactoryFixture(Action<IServiceCollection>? configureServices) => Factory = PathwayFactory.Sqlite(configureServices: configureServices);

    public PathwayFactory Factory { get; }

    public ValueTask InitializeAsync()
    {
        _ = Factory.Server;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        Factory.Dispose();
        // What the server logged while it stopped, after the class's last test.
        ServerErrorCheck.Check([Factory.Logs]);
        return ValueTask.CompletedTask;
    }
}

/// <summary>One platform on PostgreSQL shared by the tests of a class; made on first use, when the server fixture is at hand.</summary>
public class PostgresFactoryFixture : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Action<IServiceCollection>? configureServices;
    private PathwayFactory? factory;

    public PostgresFactoryFixture()
        : this(null)
    {
    }

    /// <param name="configureServices">Changes to the platform's services, for a class that tests the platform with a part replaced.</param>
    protected PostgresFactoryFixture(Action<IServiceCollection>? configureServices) => this.configureServices = configureServices;

    public async Task<PathwayFactory> GetAsync(PostgresServer server)
    {
        await gate.WaitAsync();
        try
        {
            if (factory is null)
            {
                factory = await PathwayFactory.PostgresAsync(server, configureServices: configureServices);
                _ = factory.Server;
            }

            return factory;
        }
        finally
        {
            gate.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        if (factory is not null)
        {
            factory.Dispose();
            ServerErrorCheck.Check([factory.Logs]);
        }

        return ValueTask.CompletedTask;
    }
}
