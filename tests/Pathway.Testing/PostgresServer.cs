using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Xunit;

namespace Pathway.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster for the test run, made with the machine's initdb/pg_ctl in a
/// temporary folder on a free loopback port, stopped and deleted when the run ends.
/// As root (CI), the server runs as the postgres user: PostgreSQL refuses to run as root.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string? folder;
    private int port;
    private int databases;

    public string? Problem { get; private set; }

    public bool Available => Problem is null && folder is not null;

    public static string? FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;

    public async ValueTask InitializeAsync()
    {
        var bin = FindBinaries();
        if (bin is null)
        {
            Problem = "PostgreSQL server binaries";
            return;
        }

        folder = Path.Combine(Path.GetTempPath(), $"pathway-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        port = FreePort();
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await Run("chown", $"postgres:postgres {folder}");
        }

        var data = Path.Combine(folder, "data");
        await RunAs(asRoot, Path.Combine(bin, "initdb"), $"-D {data} -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync");
        await RunAs(asRoot, Path.Combine(bin, "pg_ctl"),
            string.Create(CultureInfo.InvariantCulture, $"-D {data} -l {Path.Combine(folder, "server.log")} -w -t 60 -o \"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start"));
    }

    /// <summary>A fresh, empty database on the shared server.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        if (!Available)
        {
            RequiredBinary.SkipOrFail(Problem ?? "PostgreSQL", "postgresql");
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"pathway_{Interlocked.Increment(ref databases)}_{Guid.NewGuid():N}")[..40];
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    private string ConnectionString(string database) =>
        string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=50;Include Error Detail=true");

    public async ValueTask DisposeAsync()
    {
        if (folder is null)
        {
            return;
        }

        var bin = FindBinaries();
        if (bin is not null && Directory.Exists(Path.Combine(folder, "data")))
        {
            NpgsqlConnection.ClearAllPools();
            try
            {
                await RunAs(Environment.UserName == "root", Path.Combine(bin, "pg_ctl"), $"-D {Path.Combine(folder, "data")} -m immediate -w stop");
            }
            catch (InvalidOperationException)
            {
                // Already stopped; the folder goes anyway.
            }
        }

        Directory.Delete(folder, recursive: true);
    }

    private static Task RunAs(bool asRoot, string program, string arguments) =>
        asRoot ? Run("runuser", $"-u postgres -- {program} {arguments}") : Run(program, arguments);

    private static async Task Run(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            var said = await output + await error;
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{program} {arguments} failed ({process.ExitCode}): {said}"));
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
