using Microsoft.Extensions.Configuration;
using Pathway.Platform.Persistence;

namespace Pathway.Platform.Tests;

public sealed class DatabaseOptionsTests
{
    private static DatabaseOptions From(params (string Key, string? Value)[] settings) =>
        DatabaseOptions.From(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build());

    [Fact]
    public void From_NothingSet_UsesEmbeddedSqliteWithDemoData()
    {
        var options = From();
        options.Provider.ShouldBe(DatabaseProvider.Sqlite);
        options.ConnectionString.ShouldBe(DatabaseOptions.DefaultSqliteConnection);
        options.SeedDemoData.ShouldBeTrue();
    }

    [Fact]
    public void From_PostgresWithConnection_IsAccepted()
    {
        var options = From(("Database:Provider", "postgres"), ("ConnectionStrings:Pathway", "Host=db;Database=pathway"));
        options.Provider.ShouldBe(DatabaseProvider.Postgres);
    }

    [Theory]
    [InlineData("Database:Provider", "Oracle")]
    [InlineData("Database:Provider", "1")]
    [InlineData("Database:SeedDemoData", "perhaps")]
    [InlineData("Database:DemoPersons", "-5")]
    public void From_WrongValue_NamesTheSetting(string key, string value)
    {
        var error = Should.Throw<InvalidConfigurationException>(() => From((key, value)));
        error.Setting.ShouldBe(key);
        error.Message.ShouldContain(value);
    }

    [Fact]
    public void From_PostgresWithoutConnection_NamesTheConnectionString() =>
        Should.Throw<InvalidConfigurationException>(() => From(("Database:Provider", "Postgres"))).Setting.ShouldBe("ConnectionStrings:Pathway");
}
