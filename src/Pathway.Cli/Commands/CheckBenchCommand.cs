using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.People;
using Pathway.People.Duplicates;
using Pathway.People.Registry;
using Spectre.Console;

namespace Pathway.Cli.Commands;

/// <summary>
/// <c>pathway dev check-bench</c>: times the registry's duplicate check as an officer meets it,
/// registering a variant of someone already in the registry (a typo, a Polish spelling, day and
/// month swapped), and reports how often the original is among the candidates.
/// </summary>
internal static class CheckBenchCommand
{
    public static Command Build()
    {
        var samples = new Option<int>("--samples") { Description = "How many checks to time", DefaultValueFactory = _ => 200 };
        var command = new Command("check-bench", "Time the duplicate check at registration against the current database") { samples };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(cancellationToken);
            List<Person> originals;
            await using (var scope = host.CreateScope())
            {
                var total = await scope.Db.Set<Person>().CountAsync(cancellationToken);
                var random = new Random(7);
                var offsets = Enumerable.Range(0, parse.GetValue(samples)).Select(_ => random.Next(total)).ToList();
                originals = [];
                foreach (var offset in offsets)
                {
                    originals.Add(await scope.Db.Set<Person>().AsNoTracking().Include(p => p.Documents).OrderBy(p => p.Id).Skip(offset).FirstAsync(cancellationToken));
                }

                AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"{total:N0} persons in the registry; timing {originals.Count} checks."));
            }

            var times = new List<double>();
            var found = 0;
            var variants = new Random(11);
            foreach (var original in originals)
            {
                await using var scope = host.CreateScope();
                var check = scope.Services.GetRequiredService<IRegistryCheck>();
                var details = PeopleModule.VariantOf(original, variants);
                var clock = Stopwatch.StartNew();
                var result = await check.CheckAsync(details, [], cancellationToken);
                times.Add(clock.Elapsed.TotalMilliseconds);
                if (result.Candidates.Any(c => c.Person.Id == original.Id))
                {
                    found++;
                }
            }

            times.Sort();
            double At(double q) => times[Math.Min(times.Count - 1, (int)(q * times.Count))];
            AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"check time: median {At(0.5):N0} ms, p95 {At(0.95):N0} ms, max {times[^1]:N0} ms (first call {times.Max():N0} ms includes warm-up)"));
            AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"original among the candidates: {found} of {originals.Count} ({(double)found / originals.Count:P1})"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
