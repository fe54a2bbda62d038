using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Cases;
using Pathway.Platform.Demo;
using Spectre.Console;

namespace Pathway.Cli.Commands;

/// <summary><c>pathway cases seed --cases N</c>: synthetic residence cases with a lawful history, for benchmarks.</summary>
internal static class CasesCommand
{
    public static Command Build()
    {
        var cases = new Command("cases", "Residence cases");
        var count = new Option<int>("--cases") { Description = "How many synthetic cases to add to the demo tenant", Required = true };
        count.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 20_000_000)
            {
                result.AddError("--cases must be between 1 and 20,000,000.");
            }
        });
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same cases", DefaultValueFactory = _ => 20261202 };
        var officers = new Option<int>("--officers") { Description = "Synthetic officers the cases are spread over, besides the demo staff", DefaultValueFactory = _ => 200 };
        officers.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 100_000)
            {
                result.AddError("--officers must be between 0 and 100,000.");
            }
        });
        var seedCases = new Command("seed", "Add synthetic cases with their history (taken through the workflow's rules) to the demo tenant, created when missing")
        {
            count, seed, officers,
        };
        seedCases.SetAction(async (parse, cancellationToken) =>
        {
            var total = parse.GetValue(count);
            await using var host = await CliHost.StartAsync(cancellationToken);
            await using var scope = host.CreateScope();
            await scope.Services.GetRequiredService<DemoTenantSeeder>().SeedIfEmptyAsync(new DemoSeedOptions(0), cancellationToken: cancellationToken);
            var clock = Stopwatch.StartNew();
            long written = 0;
            await CliConsole.TimedBars()
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask("cases", maxValue: total);
                    written = await CasesModule.SeedBenchmarkCasesAsync(
                        scope.Services, total, parse.GetValue(seed), parse.GetValue(officers), new Progress<long>(done => task.Value = done), cancellationToken);
                    task.Value = task.MaxValue;
                });
            AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[green]Added {written:N0} cases with their history in {clock.Elapsed.TotalSeconds:N1} s.[/]"));
            return ExitCodes.Ok;
        });
        cases.Subcommands.Add(seedCases);
        return cases;
    }
}
