using System.CommandLine;
using System.Globalization;
using Pathway.Cases.TimeLimits;

namespace Pathway.Cli.Commands;

/// <summary><c>pathway calendar holidays|deadline</c>: the Polish calendar administrative time limits are counted in.</summary>
internal static class CalendarCommand
{
    public static Command Build()
    {
        var calendar = new Command("calendar", "Polish days free from work and administrative time limits (KPA art. 57)");

        var year = new Option<string>("--year") { Description = "The year, e.g. 2026", Required = true };
        var holidays = new Command("holidays", "Print the year's public holidays, one ISO date per line") { year };
        holidays.SetAction(async (parse, _) =>
        {
            var text = parse.GetValue(year)!;
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || !PolishHolidays.Covers(value))
            {
                await Console.Error.WriteLineAsync($"The year must be a number from {PolishHolidays.FirstYear} to {PolishHolidays.LastYear}, not {text}.");
                return ExitCodes.Usage;
            }

            foreach (var holiday in PolishHolidays.In(value))
            {
                await Console.Out.WriteLineAsync(Iso(holiday.Date));
            }

            return ExitCodes.Ok;
        });

        var start = new Option<string>("--start") { Description = "The day of the event that starts the limit (YYYY-MM-DD); it is not counted", Required = true };
        var days = new Option<string?>("--days") { Description = "The limit in days" };
        var weeks = new Option<string?>("--weeks") { Description = "The limit in weeks" };
        var months = new Option<string?>("--months") { Description = "The limit in months" };
        var deadline = new Command("deadline", "Print the ISO date a time limit ends, moved past Saturdays and days free from work") { start, days, weeks, months };
        deadline.SetAction(async (parse, _) =>
        {
            var startText = parse.GetValue(start)!;
            if (!DateOnly.TryParseExact(startText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var startDate)
                || !PolishHolidays.Covers(startDate.Year))
            {
                await Console.Error.WriteLineAsync($"--start must be a date YYYY-MM-DD from {PolishHolidays.FirstYear} on, not {startText}.");
                return ExitCodes.Usage;
            }

            var given = new (string? Text, PeriodUnit Unit)[] { (parse.GetValue(days), PeriodUnit.Days), (parse.GetValue(weeks), PeriodUnit.Weeks), (parse.GetValue(months), PeriodUnit.Months) }
                .Where(p => p.Text is not null).ToList();
            if (given.Count != 1)
            {
                await Console.Error.WriteLineAsync("Give the limit's length once: --days, --weeks or --months.");
                return ExitCodes.Usage;
            }

            var (lengthText, unit) = given[0];
            if (!int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length) || !new Period(length, unit).IsValid)
            {
                await Console.Error.WriteLineAsync("--" + unit.ToString().ToLowerInvariant() + $" must be a whole number from 1 up to about ten years, not {lengthText}.");
                return ExitCodes.Usage;
            }

            await Console.Out.WriteLineAsync(Iso(TimeLimitCalculator.Compute(startDate, new Period(length, unit)).End));
            return ExitCodes.Ok;
        });

        calendar.Subcommands.Add(holidays);
        calendar.Subcommands.Add(deadline);
        return calendar;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
