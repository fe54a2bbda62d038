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
        var options = From(("Database:Provider", "postgres"), ("ConnectionStrings:Pathway", "Host=db;Database=pathway"), ("Protection:MasterKey", Key));
        options.Provider.ShouldBe(DatabaseProvider.Postgres);
        options.MasterKey.ShouldBe(Key);
    }

    private static readonly string Key = Convert.ToBase64String(new byte[32]);

    [Fact]
    public void From_PostgresWithoutMasterKey_NamesTheKeySetting()
    {
        // Several nodes share one PostgreSQL database: a key file made on one node's disk would not be the others'.
        var error = Should.Throw<InvalidConfigurationException>(() => From(("Database:Provider", "Postgres"), ("ConnectionStrings:Pathway", "Host=db;Database=pathway")));
        error.Setting.ShouldBe("Protection:MasterKey");
    }

    [Fact]
    public void From_PostgresWithKeyFile_IsAccepted() =>
        From(("Database:Provider", "Postgres"), ("ConnectionStrings:Pathway", "Host=db"), ("Protection:MasterKeyFile", "/etc/pathway/master-key")).MasterKeyFile.ShouldBe("/etc/pathway/master-key");

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAAA")]
    public void From_MasterKeyNot32Bytes_NamesTheSetting(string key) =>
        Should.Throw<InvalidConfigurationException>(() => From(("Protection:MasterKey", key))).Setting.ShouldBe("Protection:MasterKey");

    [Fact]
    public void SqliteFile_KeepsItsMasterKeyBesideIt() =>
        From(("ConnectionStrings:Pathway", "Data Source=/srv/pathway/pathway.db")).DefaultMasterKeyFile().ShouldBe("/srv/pathway/pathway.master-key");

    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=shared;Mode=Memory;Cache=Shared")]
    [InlineData("Data Source=file:pathway?mode=memory")]
    public void InMemorySqlite_HasNoKeyFile(string connection) =>
        From(("ConnectionStrings:Pathway", connection)).DefaultMasterKeyFile().ShouldBeNull();

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
