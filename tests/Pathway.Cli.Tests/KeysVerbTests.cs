using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Pathway.Cli.Tests;

/// <summary>`pathway keys rotate|reseal`: the tenants' data keys of special-category fields.</summary>
public sealed class KeysVerbTests
{
    private static async Task<List<string>> NotesAsync(Cli cli)
    {
        await using var connection = new SqliteConnection($"Data Source={cli.DatabaseFile};Pooling=false");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Note\" FROM \"Support_NeedAssessments\" WHERE \"Note\" IS NOT NULL";
        var notes = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            notes.Add(reader.GetString(0));
        }

        return notes;
    }

    [Fact]
    public async Task Rotate_SealsEverythingUnderTheNextVersion_AndResealThenFindsNothingBehind()
    {
        using var cli = new Cli();
        (await cli.RunAsync("seed", "--persons", "10")).ExitCode.ShouldBe(0);
        // An embedded database keeps its master key beside itself, readable by its owner only.
        var keyFile = cli.PathOf("pathway.master-key");
        File.Exists(keyFile).ShouldBeTrue();
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(keyFile).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var before = await NotesAsync(cli);
        before.ShouldNotBeEmpty();
        before.ShouldAllBe(n => n.StartsWith("pw1:1:"));

        var rotate = await cli.RunAsync("keys", "rotate", "--tenant", "demo");
        rotate.ExitCode.ShouldBe(0, rotate.Error);
        rotate.Output.ShouldContain("key v2");
        (await NotesAsync(cli)).ShouldAllBe(n => n.StartsWith("pw1:2:"));

        var reseal = await cli.RunAsync("keys", "reseal", "--tenant", "demo");
        reseal.ExitCode.ShouldBe(0, reseal.Error);
        reseal.Output.ShouldContain("key v2, 0 values sealed");
    }

    [Fact]
    public async Task Reseal_WithAnotherMasterKey_SaysWhatDidNotOpen_AndChangesNothing()
    {
        using var cli = new Cli();
        (await cli.RunAsync("seed", "--persons", "10")).ExitCode.ShouldBe(0);
        (await cli.RunAsync("keys", "rotate", "--tenant", "demo")).ExitCode.ShouldBe(0);
        var before = await NotesAsync(cli);

        // Another master key would seal new values no other node opens: the rotation is refused and the version stays.
        var wrong = new Dictionary<string, string> { ["Protection__MasterKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };
        var result = await cli.RunWithAsync(wrong, "keys", "rotate", "--tenant", "demo");
        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("did not open");
        (await NotesAsync(cli)).ShouldBe(before);
        var reseal = await cli.RunAsync("keys", "reseal", "--tenant", "demo");
        reseal.Output.ShouldContain("key v2, 0 values sealed");
    }

    [Fact]
    public async Task UnknownTenant_IsNamed()
    {
        using var cli = new Cli();
        (await cli.RunAsync("migrate")).ExitCode.ShouldBe(0);
        var result = await cli.RunAsync("keys", "rotate", "--tenant", "nowhere");
        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("No tenant 'nowhere'");
    }
}
