using System.Diagnostics;

namespace Pathway.Cli.Tests;

/// <summary>Runs the real `pathway` command in its own process against a database in a temporary folder.</summary>
internal sealed class Cli : IDisposable
{
    public Cli() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"pathway-cli-{Guid.NewGuid():N}");

    public string DatabaseFile => Path.Combine(Folder, "pathway.db");

    public async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments) =>
        await RunWithAsync(new Dictionary<string, string>(), arguments);

    public Task<(int ExitCode, string Output, string Error)> RunWithAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        RunWithInputAsync(null, environment, arguments);

    public Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(string input, params string[] arguments) =>
        RunWithInputAsync(input, new Dictionary<string, string>(), arguments);

    public string PathOf(string file) => Path.Combine(Folder, file);

    private async Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(string? input, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, WorkingDirectory = Folder };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pathway.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__Pathway"] = $"Data Source={DatabaseFile}";
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input ?? "");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
