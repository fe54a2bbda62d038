using System.CommandLine;
using System.Globalization;
using Pathway.Matching;
using Spectre.Console;

namespace Pathway.Cli.Commands;

/// <summary><c>pathway dedupe</c> and <c>pathway link</c>: the record-linkage engine on CSV files.</summary>
internal static class LinkageCommands
{
    public static Command BuildDedupe()
    {
        var input = new Option<FileInfo>("--input") { Description = "CSV file of person records (header line first)", Required = true };
        var (id, output, fields, threshold, explain) = CommonOptions("Where to write id,cluster_id for every input row");
        var command = new Command("dedupe", "Find records of the same person in one file and give each person a cluster id") { input, id, output, fields, threshold, explain };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new DedupeOptions
            {
                InputPath = parse.GetValue(input)!.FullName,
                IdColumn = parse.GetValue(id)!,
                OutputPath = parse.GetValue(output)!.FullName,
                FieldMappings = parse.GetValue(fields) ?? [],
                Threshold = parse.GetValue(threshold),
                Explain = parse.GetValue(explain),
            };
            JobOutcome<DedupeReport>? outcome = null;
            await WithProgressAsync(async progress => outcome = await DedupeJob.RunAsync(options, progress, cancellationToken));
            if (!outcome!.Succeeded)
            {
                await Console.Error.WriteLineAsync(outcome.Error!.ToString());
                return ExitCodes.Usage;
            }

            var report = outcome.Report!;
            Summarise(report.Columns, report.Notes, report.Timings, report.ClosestCalls, options.Explain > 0);
            AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[green]{report.Records:N0} records, {report.CandidatePairs:N0} pairs compared, {report.LinkedPairs:N0} linked, {report.Clusters:N0} persons.[/] Written to {Markup.Escape(options.OutputPath)}."));
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command BuildLink()
    {
        var left = new Option<FileInfo>("--left") { Description = "First CSV file", Required = true };
        var right = new Option<FileInfo>("--right") { Description = "Second CSV file", Required = true };
        var (id, output, fields, threshold, explain) = CommonOptions("Where to write left_id,right_id,match_probability");
        var command = new Command("link", "Find records of the same person across two files") { left, right, id, output, fields, threshold, explain };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new LinkOptions
            {
                LeftPath = parse.GetValue(left)!.FullName,
                RightPath = parse.GetValue(right)!.FullName,
                IdColumn = parse.GetValue(id)!,
                OutputPath = parse.GetValue(output)!.FullName,
                FieldMappings = parse.GetValue(fields) ?? [],
                Threshold = parse.GetValue(threshold),
                Explain = parse.GetValue(explain),
            };
            JobOutcome<LinkReport>? outcome = null;
            await WithProgressAsync(async progress => outcome = await LinkJob.RunAsync(options, progress, cancellationToken));
            if (!outcome!.Succeeded)
            {
                await Console.Error.WriteLineAsync(outcome.Error!.ToString());
                return ExitCodes.Usage;
            }

            var report = outcome.Report!;
            Summarise(report.Columns, report.Notes, report.Timings, report.ClosestCalls, options.Explain > 0);
            AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[green]{report.LeftRecords:N0} × {report.RightRecords:N0} records, {report.CandidatePairs:N0} pairs compared, {report.MatchedPairs:N0} matched.[/] Written to {Markup.Escape(options.OutputPath)}."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static (Option<string> Id, Option<FileInfo> Output, Option<string[]> Fields, Option<double> Threshold, Option<int> Explain) CommonOptions(string outputDescription)
    {
        var id = new Option<string>("--id-column") { Description = "The column that identifies a record", Required = true };
        var output = new Option<FileInfo>("--output") { Description = outputDescription, Required = true };
        var fields = new Option<string[]>("--field") { Description = "Override a column's role: column=role (given_name, surname, full_name, birth_date, sex, city, birth_place, postcode, address, email, phone, document_number, nationality, text, ignore)", AllowMultipleArgumentsPerToken = false };
        var threshold = new Option<double>("--threshold") { Description = "Match probability from which a pair is linked", DefaultValueFactory = _ => LinkageDefaults.Threshold };
        threshold.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is <= 0 or >= 1)
            {
                result.AddError("--threshold must be between 0 and 1 (exclusive).");
            }
        });
        var explain = new Option<int>("--explain")
        {
            Description = "Print each column's role and the N closest calls with each field's weight (5 when N is left out)",
            Arity = ArgumentArity.ZeroOrOne,
            CustomParser = result =>
            {
                if (result.Tokens.Count == 0)
                {
                    return DefaultExplained;
                }

                if (int.TryParse(result.Tokens[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                {
                    return count;
                }

                result.AddError("--explain takes a whole number of pairs to show.");
                return 0;
            },
        };
        return (id, output, fields, threshold, explain);
    }

    private static string RoleText(ColumnRole column) => column switch
    {
        { LeftOut: { } reason } => $"left out: {reason}",
        { Role: FieldRole.Ignore, Explicit: true } => "not compared (id or mapped to ignore)",
        { Role: FieldRole.Ignore } => "not compared (ground truth)",
        { Role: FieldRole.Text } => string.Create(CultureInfo.InvariantCulture, $"free text (weak evidence, at most {FieldParameters.MaxFreeTextWeight:0} bits either way)") + (column.Explicit ? ", mapped" : ""),
        { Remark: { } remark } => $"{column.Role} ({remark})" + (column.Explicit ? ", mapped" : ""),
        _ => column.Role + (column.Explicit ? " (mapped)" : ""),
    };

    /// <summary>One progress bar per engine phase (reading, blocking, training, scoring, clustering, writing).</summary>
    public static async Task WithProgressAsync(Func<IProgress<LinkageProgress>, Task> work) =>
        await CliConsole.Feedback.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                await work(new Progress<LinkageProgress>(p =>
                {
                    lock (tasks)
                    {
                        if (!tasks.TryGetValue(p.Phase, out var task))
                        {
                            tasks[p.Phase] = task = context.AddTask(p.Phase, maxValue: Math.Max(1, p.Total));
                        }

                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = Math.Min(p.Done, task.MaxValue);
                    }
                }));
                foreach (var task in tasks.Values)
                {
                    task.Value = task.MaxValue;
                }
            });

    /// <summary>How many closest calls <c>--explain</c> without a number shows.</summary>
    private const int DefaultExplained = 5;

    private static void Summarise(IReadOnlyList<ColumnRole> columns, IReadOnlyList<string> notes, IReadOnlyList<PhaseTiming> timings, IReadOnlyList<ScoredPair> closest, bool roles)
    {
        AnsiConsole.MarkupLine($"Compared: {Markup.Escape(string.Join(", ", columns.Where(c => c.Role != FieldRole.Ignore && c.LeftOut is null).Select(c => $"{c.Column}={c.Role}")))}");
        // Plain lines, not markup: a role or note must not be wrapped mid-word when the output goes to a file or log.
        if (roles)
        {
            Console.WriteLine("Roles:");
            foreach (var column in columns)
            {
                Console.WriteLine($"  {column.Column}: {RoleText(column)}");
            }
        }

        foreach (var note in notes)
        {
            Console.WriteLine($"Note: {note}");
        }

        AnsiConsole.MarkupLine($"Time: {Markup.Escape(string.Join(", ", timings.Select(t => $"{t.Phase} {t.Elapsed.TotalSeconds.ToString("N1", CultureInfo.InvariantCulture)} s")))}");
        foreach (var pair in closest)
        {
            var table = new Table().Title($"{Markup.Escape(pair.LeftId)} ~ {Markup.Escape(pair.RightId)}: p = {pair.MatchProbability.ToString("N3", CultureInfo.InvariantCulture)}")
                .AddColumns("field", "left", "right", "level", "weight");
            table.AddRow("(prior)", "", "", "", pair.PriorWeight.ToString("+0.00;-0.00", CultureInfo.InvariantCulture));
            foreach (var field in pair.Fields)
            {
                table.AddRow(Markup.Escape(field.Field), Markup.Escape(field.LeftValue ?? ""), Markup.Escape(field.RightValue ?? ""), Markup.Escape(field.Level), field.Weight.ToString("+0.00;-0.00", CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
        }
    }
}
