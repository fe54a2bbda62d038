using Spectre.Console;

namespace Pathway.Cli;

/// <summary>
/// Where the verbs draw their progress bars and spinners: standard error. Standard output holds only
/// what a verb answers, because other programs read it; Spectre prints a progress line now and then
/// when no terminal is attached, and on standard output that line would land among the answer's.
/// </summary>
internal static class CliConsole
{
    public static IAnsiConsole Feedback { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>Progress bars that say what each task is, how far it is, how long it took and how long it has left.</summary>
    public static Progress TimedBars() =>
        Feedback.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn());
}
