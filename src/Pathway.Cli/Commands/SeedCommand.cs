using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Demo;
using Spectre.Console;

namespace Pathway.Cli.Commands;

internal static class SeedCommand
{
    public static Command Build()
    {
        var persons = new Option<int>("--persons") { Description = "How many synthetic persons to generate", DefaultValueFactory = _ => 2000 };
        persons.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 50_000_000)
            {
                result.AddError("--persons must be between 0 and 50,000,000.");
            }
        });
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same people", DefaultValueFactory = _ => 20261123 };
        var duplicates = new Option<double>("--duplicates") { Description = "Share of records that are another record of an earlier person, with typos and other spellings (0 to 0.5)", DefaultValueFactory = _ => 0 };
        duplicates.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is < 0 or > 0.5)
            {
                result.AddError("--duplicates must be between 0 and 0.5.");
            }
        });
        var csv = new Option<FileInfo?>("--csv") { Description = "Write the persons to this CSV (with the true person in column 'cluster') instead of the database" };
        var command = new Command("seed", "Create the demo tenant, its accounts and synthetic persons; on an existing demo tenant, add persons") { persons, seed, duplicates, csv };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(persons);
            var randomSeed = parse.GetValue(seed);
            var share = parse.GetValue(duplicates);
            if (parse.GetValue(csv) is { } file)
            {
                var started = Stopwatch.StartNew();
                await CliConsole.Feedback.Progress().StartAsync(async progress =>
                {
                    var task = progress.AddTask("persons", maxValue: Math.Max(1, count));
                    await Pathway.People.PeopleModule.WriteDemoCsvAsync(file.FullName, count, randomSeed, share, new Progress<long>(done => task.Value = done), cancellationToken);
                    task.Value = task.MaxValue;
                });
                AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[green]Wrote {count:N0} persons to {Markup.Escape(file.FullName)} in {started.Elapsed.TotalSeconds:N1} s.[/]"));
                return ExitCodes.Ok;
            }

            await using var host = await CliHost.StartAsync(cancellationToken);
            await using var scope = host.CreateScope();
            var seeder = scope.Services.GetRequiredService<DemoTenantSeeder>();
            var clock = Stopwatch.StartNew();
            var created = false;
            await CliConsole.TimedBars()
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask("persons", maxValue: Math.Max(1, count));
                    var report = new Progress<DemoSeedProgress>(p =>
                    {
                        task.Description = p.Step;
                        task.Value = p.Done;
                    });
                    var options = new DemoSeedOptions(count, randomSeed, share);
                    created = await seeder.SeedIfEmptyAsync(options, report, cancellationToken);
                    if (!created)
                    {
                        await seeder.AddToDemoTenantAsync(options with { RandomSeed = randomSeed + await scope.Db.Tenants.CountAsync(cancellationToken) + Environment.TickCount }, report, cancellationToken);
                    }

                    task.Value = task.MaxValue;
                });
            AnsiConsole.MarkupLine(created
                ? string.Create(CultureInfo.InvariantCulture, $"[green]Created the demo tenant with {count:N0} persons in {clock.Elapsed.TotalSeconds:N1} s.[/]")
                : string.Create(CultureInfo.InvariantCulture, $"[green]Added {count:N0} persons to the demo tenant in {clock.Elapsed.TotalSeconds:N1} s.[/]"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
