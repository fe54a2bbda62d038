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

        return new DatabaseOptions { Provider = provider, ConnectionString = connection, SeedDemoData = seed, DemoPersons = persons, DemoDuplicateShare = share };
    }
}
