using System.Diagnostics;

namespace Pathway.Web.Tests;

/// <summary>The real executable, started with wrong settings, stops with one message naming the setting.</summary>
public sealed class StartupConfigurationTests
{
    [Theory]
    [InlineData("Database__Provider", "Oracle", "Database:Provider")]
    [InlineData("Database__DemoPersons", "many", "Database:DemoPersons")]
    [InlineData("RateLimits__SignInPerMinute", "0", "RateLimits:SignInPerMinute")]
    [InlineData("RateLimits__AccountMailsPerAddressPerHour", "none", "RateLimits:AccountMailsPerAddressPerHour")]
    [InlineData("Email__PublicUrl", "pathway.example.org", "Email:PublicUrl")]
    [InlineData("Registry__NightlyScanAt", "25:99", "Registry:NightlyScanAt")]
    [InlineData("Registry__ScanAtSeed", "sometimes", "Registry:ScanAtSeed")]
    [InlineData("Appointments__NoShowDays", "0", "Appointments:NoShowDays")]
    public async Task Start_WithWrongSetting_ExitsWithMessageNamingIt(string variable, string value, string setting)
    {
        var (exitCode, output, error) = await RunWebAsync((variable, value));
        exitCode.ShouldBe(2, output + error);
        error.ShouldContain($"'{setting}'");
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Start_OnPostgresWithoutConnectionString_ExitsWithMessage()
    {
        var (exitCode, _, error) = await RunWebAsync(("Database__Provider", "Postgres"), ("ConnectionStrings__Pathway", ""));
        exitCode.ShouldBe(2);
        error.ShouldContain("'ConnectionStrings:Pathway'");
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunWebAsync(params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", Path.Combine(AppContext.BaseDirectory, "Pathway.Web.dll"))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }
}
