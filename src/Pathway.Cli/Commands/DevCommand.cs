using System.CommandLine;
using Microsoft.EntityFrameworkCore;

namespace Pathway.Cli.Commands;

internal static class DevCommand
{
    public static Command Build()
    {
        var dev = new Command("dev", "Developer tools");
        var schema = new Command("schema-script", "Print the SQL that creates the current model, to compare with the migrations when writing the next one");
        schema.SetAction(async (_, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(cancellationToken, migrate: false);
            await using var scope = host.CreateScope();
            Console.WriteLine(scope.Db.Database.GenerateCreateScript());
            return ExitCodes.Ok;
        });
        dev.Subcommands.Add(schema);
        dev.Subcommands.Add(CheckBenchCommand.Build());
        dev.Subcommands.Add(Telephony());
        return dev;
    }

    /// <summary><c>pathway dev telephony</c>: synthetic Master.csv and queue_log, for demos and the helpline benchmark.</summary>
    private static Command Telephony()
    {
        var from = new Option<string>("--from") { Description = "The first day, YYYY-MM-DD", Required = true };
        var days = new Option<int>("--days") { Description = "How many days of calls", DefaultValueFactory = _ => 365 };
        var calls = new Option<int>("--calls-per-day") { Description = "Calls on a working day (a tenth of them on weekends)", DefaultValueFactory = _ => 120 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same files", DefaultValueFactory = _ => 20261204 };
        var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write Master.csv and queue_log to", Required = true };
        var telephony = new Command("telephony", "Write synthetic Asterisk files (Master.csv with 21 columns, queue_log) in Warsaw's time") { from, days, calls, seed, output };
        telephony.SetAction(async (parse, cancellationToken) =>
        {
            if (!DateOnly.TryParseExact(parse.GetValue(from), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var first)
                || parse.GetValue(days) is < 1 or > 3660 || parse.GetValue(calls) is < 1 or > 100_000)
            {
                await Console.Error.WriteLineAsync("--from is a day YYYY-MM-DD, --days 1 to 3660, --calls-per-day 1 to 100,000.");
                return ExitCodes.Usage;
            }

            var folder = parse.GetValue(output)!;
            folder.Create();
            var files = Pathway.Support.Helpline.DemoTelephony.Generate(
                first, parse.GetValue(days), parse.GetValue(calls), TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"), parse.GetValue(seed));
            await File.WriteAllLinesAsync(Path.Combine(folder.FullName, "Master.csv"), files.Cdr, cancellationToken);
            await File.WriteAllLinesAsync(Path.Combine(folder.FullName, "queue_log"), files.QueueLog, cancellationToken);
            await Console.Out.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Wrote {files.Cdr.Count} rows and {files.QueueLog.Count} queue events to {folder.FullName}."));
            return ExitCodes.Ok;
        });
        return telephony;
    }
}
