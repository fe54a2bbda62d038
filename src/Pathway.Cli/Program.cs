using Pathway.Cli;

return await PathwayCommand.RunAsync(args);
