using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Pathway.Platform.Persistence;

/// <summary>The <c>Database</c> section and <c>ConnectionStrings:Pathway</c>.</summary>
public sealed class DatabaseOptions
{
    public const string DefaultSqliteConnection = "Data Source=data/pathway.db";

    public DatabaseProvider Provider { get; init; }
    public required string ConnectionString { get; init; }
    /// <summary>Seed the demo tenant and data when the database is empty.</summary>
    public bool SeedDemoData { get; init; }
    public int DemoPersons { get; init; }
    public double DemoDuplicateShare { get; init; }

    /// <summary>The master key of special-category fields, 32 bytes in Base64 (<c>Protection:MasterKey</c>).</summary>
    public string? MasterKey { get; init; }

    /// <summary>
    /// The file that holds the master key when no setting does (<c>Protection:MasterKeyFile</c>);
    /// made on first use. An embedded SQLite database keeps one beside itself unless told otherwise.
    /// </summary>
    public string? MasterKeyFile { get; init; }

    /// <summary>Where the master key is, when it is not set: a file beside a SQLite database's file; none for an in-memory one.</summary>
    public string? DefaultMasterKeyFile()
    {
        var file = Provider == DatabaseProvider.Sqlite ? SqliteFolder.FileOf(ConnectionString) : null;
        return file is null ? null : Path.Combine(Path.GetDirectoryName(file) ?? "", Path.GetFileNameWithoutExtension(file) + ".master-key");
    }

    /// <summary>Reads and checks the settings; a wrong value stops start-up with one message naming the setting.</summary>
    public static DatabaseOptions From(IConfiguration configuration)
    {
        var providerText = configuration["Database:Provider"];
        DatabaseProvider provider;
        if (string.IsNullOrWhiteSpace(providerText))
        {
            provider = DatabaseProvider.Sqlite;
        }
        else if (!Enum.TryParse(providerText, ignoreCase: true, out provider) || !Enum.IsDefined(provider) || int.TryParse(providerText, CultureInfo.InvariantCulture, out _))
        {
            throw new InvalidConfigurationException("Database:Provider", $"'{providerText}' is not a supported database provider; use Sqlite or Postgres.");
        }

        var connection = configuration.GetConnectionString("Pathway");
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidConfigurationException("ConnectionStrings:Pathway", "is required when Database:Provider is Postgres (for example Host=localhost;Database=pathway;Username=pathway;Password=...).");
            }

            connection = DefaultSqliteConnection;
        }

        var seedText = configuration["Database:SeedDemoData"];
        var seed = true;
        if (!string.IsNullOrWhiteSpace(seedText) && !bool.TryParse(seedText, out seed))
        {
            throw new InvalidConfigurationException("Database:SeedDemoData", $"'{seedText}' is not true or false.");
        }

        var personsText = configuration["Database:DemoPersons"];
        var persons = 2000;
        if (!string.IsNullOrWhiteSpace(personsText) && (!int.TryParse(personsText, CultureInfo.InvariantCulture, out persons) || persons < 0))
        {
            throw new InvalidConfigurationException("Database:DemoPersons", $"'{personsText}' is not a whole number of zero or more.");
        }

        var shareText = configuration["Database:DemoDuplicateShare"];
        var share = 0.03;
        if (!string.IsNullOrWhiteSpace(shareText) && (!double.TryParse(shareText, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out share) || share is < 0 or > 0.5))
        {
            throw new InvalidConfigurationException("Database:DemoDuplicateShare", $"'{shareText}' is not a share between 0 and 0.5.");
        }

        var masterKey = configuration["Protection:MasterKey"];
        var masterKeyFile = configuration["Protection:MasterKeyFile"];
        if (!string.IsNullOrWhiteSpace(masterKey))
        {
            var bytes = new byte[Protection.MasterKey.Length + 1];
            if (!Convert.TryFromBase64String(masterKey.Trim(), bytes, out var length) || length != Protection.MasterKey.Length)
            {
                throw new InvalidConfigurationException("Protection:MasterKey", $"is not {Protection.MasterKey.Length} bytes in Base64 (make one with: openssl rand -base64 32).");
            }
        }
        else if (string.IsNullOrWhiteSpace(masterKeyFile) && provider == DatabaseProvider.Postgres)
        {
            // A key file on one node's disk would give every node a key of its own.
            throw new InvalidConfigurationException("Protection:MasterKey", "is required when Database:Provider is Postgres: every node must open the same special-category fields, and the key must not be kept in the database it protects (32 bytes in Base64; make one with: openssl rand -base64 32).");
        }

        return new DatabaseOptions
        {
            Provider = provider,
            ConnectionString = connection,
            SeedDemoData = seed,
            DemoPersons = persons,
            DemoDuplicateShare = share,
            MasterKey = string.IsNullOrWhiteSpace(masterKey) ? null : masterKey.Trim(),
            MasterKeyFile = string.IsNullOrWhiteSpace(masterKeyFile) ? null : masterKeyFile,
        };
    }
}
