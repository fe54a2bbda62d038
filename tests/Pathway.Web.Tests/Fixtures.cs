using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>One platform on SQLite shared by the tests of a class.</summary>
public sealed class SqliteFactoryFixture : IAsyncLifetime
{
    public PathwayFactory Factory { get; } = PathwayFactory.Sqlite();

    public ValueTask InitializeAsync()
    {
        _ = Factory.Server;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        Factory.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>One platform on PostgreSQL shared by the tests of a class; made on first use, when the server fixture is at hand.</summary>
public sealed class PostgresFactoryFixture : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private PathwayFactory? factory;

    public async Task<PathwayFactory> GetAsync(PostgresServer server)
    {
        await gate.WaitAsync();
        try
        {
            if (factory is null)
            {
                factory = await PathwayFactory.PostgresAsync(server);
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
        factory?.Dispose();
        return ValueTask.CompletedTask;
    }
}
