using System.CommandLine;
using Pathway.Cli.Commands;
using Pathway.Platform;

namespace Pathway.Cli;

internal static class PathwayCommand
{
    public static RootCommand Build()
    {
        var root = new RootCommand("pathway: administration, import/export and batch engines of the Pathway platform.\nReads the database settings from appsettings.json and environment variables (Database__Provider, ConnectionStrings__Pathway, Protection__MasterKey).");
        root.Subcommands.Add(MigrateCommand.Build());
        root.Subcommands.Add(SeedCommand.Build());
        root.Subcommands.Add(UsersCommand.Build());
        root.Subcommands.Add(AuditCommand.Build());
        root.Subcommands.Add(MrzCommand.Build());
        root.Subcommands.Add(LinkageCommands.BuildDedupe());
        root.Subcommands.Add(LinkageCommands.BuildLink());
        root.Subcommands.Add(RegistryCommand.Build());
        root.Subcommands.Add(ForecastCommands.BuildForecast());
        root.Subcommands.Add(ForecastCommands.BuildBacktest());
        root.Subcommands.Add(StaffingCommand.Build());
        root.Subcommands.Add(CalendarCommand.Build());
        root.Subcommands.Add(RfidCommand.Build());
        root.Subcommands.Add(CasesCommand.Build());
        root.Subcommands.Add(ContentCommand.Build());
        root.Subcommands.Add(HelplineCommand.Build());
        root.Subcommands.Add(RetentionCommand.Build());
        root.Subcommands.Add(WarehouseCommand.Build());
        root.Subcommands.Add(ReportCommand.Build());
        root.Subcommands.Add(StatisticsCommand.Build());
        root.Subcommands.Add(ApiKeysCommand.Build());
        root.Subcommands.Add(KeysCommand.Build());
        root.Subcommands.Add(DevCommand.Build());
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            // Configuration errors are reported by us, as one line with an exit code, not as a stack trace.
            return await Build().Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (InvalidConfigurationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return ExitCodes.Usage;
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException e)
        {
            await Console.Error.WriteLineAsync(Pathway.Platform.Settings.SettingsServices.Describe(e));
            return ExitCodes.Usage;
        }
    }
}

internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;
}
