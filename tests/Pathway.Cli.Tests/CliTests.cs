using Microsoft.Data.Sqlite;

namespace Pathway.Cli.Tests;

public sealed class CliTests
{
    [Fact]
    public async Task Migrate_FreshDatabase_AppliesAllThenReportsUpToDate()
    {
        using var cli = new Cli();
        var first = await cli.RunAsync("migrate");
        first.ExitCode.ShouldBe(0, first.Error);
        first.Output.ShouldContain("platform/0001_platform");
        first.Output.ShouldContain("people/0001_people");
        var second = await cli.RunAsync("migrate");
        second.ExitCode.ShouldBe(0);
        second.Output.ShouldContain("up to date");
    }

    [Fact]
    public async Task Migrate_DefaultDatabaseInAFolderWithoutData_CreatesTheFolderAndTheDatabase()
    {
        using var cli = new Cli();
        // No connection string: the default data/pathway.db under the working folder, whose data/ does not exist yet.
        var result = await cli.RunWithAsync(new Dictionary<string, string> { ["ConnectionStrings__Pathway"] = "" }, "migrate");
        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("platform/0001_platform");
        File.Exists(cli.PathOf(Path.Combine("data", "pathway.db"))).ShouldBeTrue();
    }

    [Fact]
    public async Task SeedUsersAndAudit_OnDemoTenant_WorkTogether()
    {
        using var cli = new Cli();
        var seed = await cli.RunAsync("seed", "--persons", "500");
        seed.ExitCode.ShouldBe(0, seed.Error);
        seed.Output.ShouldContain("500 persons");
        (await CountAsync(cli, "People_Persons")).ShouldBe(500);

        var more = await cli.RunAsync("seed", "--persons", "250");
        more.ExitCode.ShouldBe(0, more.Error);
        (await CountAsync(cli, "People_Persons")).ShouldBe(750);

        var add = await cli.RunAsync("users", "add", "--email", "new.officer@example.org", "--name", "New Officer", "--role", "CaseOfficer");
        add.ExitCode.ShouldBe(0, add.Error);
        add.Output.ShouldContain("Initial password");
        var duplicate = await cli.RunAsync("users", "add", "--email", "new.officer@example.org", "--name", "Again", "--role", "CaseOfficer");
        duplicate.ExitCode.ShouldBe(1);
        duplicate.Error.ShouldContain("not created");
        duplicate.Error.ShouldContain("An account with this e-mail address already exists.");
        var badRole = await cli.RunAsync("users", "add", "--email", "x@example.org", "--name", "X", "--role", "Wizard");
        badRole.ExitCode.ShouldNotBe(0);

        var list = await cli.RunAsync("users", "list");
        list.ExitCode.ShouldBe(0);
        list.Output.ShouldContain("new.officer@example.org");
        list.Output.ShouldContain("officer@demo.pathway.test");

        var stampBefore = await ScalarAsync(cli, "SELECT \"SecurityStamp\" FROM \"AspNetUsers\" WHERE \"Email\" = 'officer@demo.pathway.test'");
        var reset = await cli.RunAsync("users", "reset-2fa", "--email", "officer@demo.pathway.test");
        reset.ExitCode.ShouldBe(0, reset.Error);
        // A new security stamp is what ends the person's open sessions on the web nodes.
        (await ScalarAsync(cli, "SELECT \"SecurityStamp\" FROM \"AspNetUsers\" WHERE \"Email\" = 'officer@demo.pathway.test'")).ShouldNotBe(stampBefore);
        (await ScalarAsync(cli, "SELECT COUNT(*) FROM \"AuditEntries\" WHERE \"Details\" = 'two-factor reset from the command line; signed out everywhere'")).ShouldBe(1L);
        var unknown = await cli.RunAsync("users", "reset-2fa", "--email", "nobody@example.org");
        unknown.ExitCode.ShouldBe(1);

        var verify = await cli.RunAsync("audit", "verify");
        verify.ExitCode.ShouldBe(0, verify.Error);
        verify.Output.ShouldContain("holds");
    }

    [Fact]
    public async Task AuditVerify_AfterTampering_ExitsWithTheFirstBrokenLink()
    {
        using var cli = new Cli();
        (await cli.RunAsync("seed", "--persons", "10")).ExitCode.ShouldBe(0);
        await using (var connection = new SqliteConnection($"Data Source={cli.DatabaseFile}"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "DROP TRIGGER \"AuditEntries_no_update\"; UPDATE \"AuditEntries\" SET \"Details\" = 'rewritten' WHERE \"Sequence\" = 2;";
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var verify = await cli.RunAsync("audit", "verify");
        verify.ExitCode.ShouldBe(1);
        verify.Error.ShouldContain("broken at entry 2");
    }

    [Fact]
    public async Task AnyVerb_WithWrongProvider_ExitsWithMessageNamingTheSetting()
    {
        using var cli = new Cli();
        var result = await cli.RunWithAsync(new Dictionary<string, string> { ["Database__Provider"] = "Oracle" }, "migrate");
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("'Database:Provider'");
        result.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Seed_NegativeCount_IsRefused()
    {
        using var cli = new Cli();
        var result = await cli.RunAsync("seed", "--persons", "-3");
        result.ExitCode.ShouldNotBe(0);
        (result.Output + result.Error).ShouldContain("--persons");
        File.Exists(cli.DatabaseFile).ShouldBeFalse();
    }

    private static async Task<object?> ScalarAsync(Cli cli, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={cli.DatabaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static async Task<long> CountAsync(Cli cli, string table)
    {
        await using var connection = new SqliteConnection($"Data Source={cli.DatabaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
