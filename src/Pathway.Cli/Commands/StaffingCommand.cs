using System.CommandLine;
using System.Globalization;
using Pathway.Forecasting.Staffing;
using Spectre.Console;

namespace Pathway.Cli.Commands;

/// <summary><c>pathway staffing</c>: helpline operators needed per hour of the week (Erlang C, or Erlang A with patience).</summary>
internal static class StaffingCommand
{
    public static Command Build()
    {
        var input = new Option<FileInfo>("--input") { Description = "Calls per hour: weekday,hour,calls or timestamp,calls (averaged per hour of the week)", Required = true };
        var target = new Option<double>("--target") { Description = "Share of calls to answer within --within seconds, e.g. 0.8", DefaultValueFactory = _ => 0.8 };
        var within = new Option<double>("--within") { Description = "Answer time in seconds for the service level", DefaultValueFactory = _ => 20 };
        var aht = new Option<double>("--aht") { Description = "Average handle time in seconds (talk and wrap-up)", DefaultValueFactory = _ => 180 };
        var patience = new Option<double?>("--patience") { Description = "Mean caller patience in seconds: plans with Erlang A (callers hang up); without it Erlang C" };
        var occupancy = new Option<double?>("--max-occupancy") { Description = "Highest share of time an operator may spend on calls, e.g. 0.85" };
        var shrinkage = new Option<double>("--shrinkage") { Description = "Share of paid time not on the phones (breaks, training), e.g. 0.3", DefaultValueFactory = _ => 0 };
        var command = new Command("staffing", "Operators needed per hour of the week for a service level target (Erlang C / Erlang A); prints the table")
            { input, target, within, aht, patience, occupancy, shrinkage };
        command.SetAction(async (parse, _) =>
        {
            var file = parse.GetValue(input)!;
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"{file.FullName}: the file does not exist.");
                return ExitCodes.Usage;
            }
            UploadReading<HourlyCalls> reading;
            using (var reader = new StreamReader(file.FullName))
            {
                reading = CallVolumeCsv.Read(reader);
            }
            foreach (var error in reading.Errors)
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{file.Name}:{error.Line}: {error.Message}"));
            if (!reading.Succeeded) return ExitCodes.Usage;

            var goal = new StaffingTarget(parse.GetValue(target), parse.GetValue(within), parse.GetValue(aht),
                parse.GetValue(patience), parse.GetValue(occupancy), parse.GetValue(shrinkage));
            var problems = goal.Validate().Concat(StaffingPlanner.LoadProblems(reading.Rows, goal)).ToList();
            foreach (var problem in problems) await Console.Error.WriteLineAsync(problem.Message);
            if (problems.Count > 0) return ExitCodes.Usage;

            var rows = StaffingPlanner.Plan(reading.Rows, goal);
            Console.Out.Write(StaffingTable.Format(rows));
            var hours = rows.Sum(r => r.ScheduledAgents);
            var model = goal.PatienceSeconds is null ? "Erlang C" : $"Erlang A, patience {goal.PatienceSeconds.Value.ToString(CultureInfo.InvariantCulture)} s";
            AnsiConsole.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{model}: {goal.ServiceLevel:P0} within {goal.AnswerWithinSeconds} s at {goal.AverageHandleSeconds} s handle time; peak {rows.Max(r => r.ScheduledAgents)} operators, {hours} operator-hours a week.")));
            return ExitCodes.Ok;
        });
        return command;
    }
}
