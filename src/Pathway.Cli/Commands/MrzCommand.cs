using System.CommandLine;
using System.Globalization;
using Pathway.Documents;

namespace Pathway.Cli.Commands;

internal static class MrzCommand
{
    public static Command Build()
    {
        var mrz = new Command("mrz", "ICAO 9303 machine-readable zones");

        var parse = new Command("parse", "Read MRZ blocks from standard input (a document's lines together, documents separated by a blank line); write one JSON object per document per line");
        parse.SetAction(async (_, cancellationToken) =>
        {
            var summary = await MrzBatch.ParseAsync(Console.In, Console.Out, cancellationToken);
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{summary.Documents} document(s) read, {summary.Succeeded} valid."));
            return ExitCodes.Ok;
        });

        var generate = new Command("generate", "Read one JSON object per line ({\"format\":\"TD3\",\"fields\":{...}}) from standard input; write each document's MRZ, blocks separated by a blank line");
        generate.SetAction(async (_, cancellationToken) =>
        {
            var summary = await MrzBatch.GenerateAsync(Console.In, Console.Out, Console.Error, cancellationToken);
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{summary.Succeeded} of {summary.Documents} document(s) generated."));
            return summary.Succeeded == summary.Documents ? ExitCodes.Ok : ExitCodes.Failed;
        });

        mrz.Subcommands.Add(parse);
        mrz.Subcommands.Add(generate);
        return mrz;
    }
}
