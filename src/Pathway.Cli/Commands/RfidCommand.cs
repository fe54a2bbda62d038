using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Pathway.Cases;
using Pathway.Cases.PaperFiles;
using Spectre.Console;

namespace Pathway.Cli.Commands;

/// <summary><c>pathway rfid encode|decode|label-archive</c>: the GIAI-96 tags on paper case files (GS1 EPC Tag Data Standard).</summary>
internal static class RfidCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Command Build()
    {
        var rfid = new Command("rfid", "RFID tags of paper case files (GS1 EPC GIAI-96)");

        var prefix = new Option<string>("--company-prefix") { Description = "GS1 company prefix, 6 to 12 digits", Required = true };
        var reference = new Option<string>("--asset-reference") { Description = "Individual asset reference: digits, no leading zero", Required = true };
        var filter = new Option<string>("--filter") { Description = "Filter value 0 to 7", DefaultValueFactory = _ => "0" };
        var encode = new Command("encode", "Print the GIAI-96 tag as 24 upper-case hexadecimal characters") { prefix, reference, filter };
        encode.SetAction(async (parse, _) =>
            await PrintAsync(Giai96.Encode(parse.GetValue(prefix), parse.GetValue(reference), parse.GetValue(filter)), tag => tag.Hex));

        var hex = new Argument<string>("tag") { Description = "The tag's 96 bits as 24 hexadecimal characters" };
        var decode = new Command("decode", "Print a GIAI-96 tag's fields and URIs as one JSON object") { hex };
        decode.SetAction(async (parse, _) =>
            await PrintAsync(Giai96.Decode(parse.GetValue(hex)!), tag => JsonSerializer.Serialize(TagDescription.Of(tag), Json)));

        rfid.Subcommands.Add(encode);
        rfid.Subcommands.Add(decode);
        rfid.Subcommands.Add(LabelArchive());
        return rfid;
    }

    /// <summary><c>pathway rfid label-archive</c>: tags for every paper file of an office's existing archive, with their labels.</summary>
    private static Command LabelArchive()
    {
        var prefix = new Option<string>("--company-prefix") { Description = "The office's GS1 company prefix, 6 to 12 digits", Required = true };
        var filter = new Option<string>("--filter") { Description = "Filter value 0 to 7", DefaultValueFactory = _ => "0" };
        var tenant = new Option<string?>("--tenant") { Description = "Tenant slug or id (demo: the demo tenant); default: the first tenant" };
        var output = new Option<FileInfo>("--output") { Description = "The label file to write (CSV: case_number,tag_hex,tag_uri,pure_identity_uri)", Required = true };
        var command = new Command("label-archive", "Bind a GIAI-96 tag to every case's paper file that has none, numbering on from the largest reference bound under the prefix, and write the labels to print")
        {
            prefix, filter, tenant, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            // The first reference shows whether the prefix and the filter can be encoded at all.
            if (Giai96.Encode(parse.GetValue(prefix), "1", parse.GetValue(filter)) is TagRefused refused)
            {
                await Console.Error.WriteLineAsync(refused.Problem.Describe());
                return ExitCodes.Usage;
            }

            var filterValue = string.IsNullOrWhiteSpace(parse.GetValue(filter)) ? 0 : int.Parse(parse.GetValue(filter)!.Trim(), CultureInfo.InvariantCulture);
            await using var host = await CliHost.StartAsync(cancellationToken);
            await using var scope = host.CreateScope();
            if (await scope.TenantAsync(parse.GetValue(tenant), cancellationToken) is not { } found)
            {
                return ExitCodes.Usage;
            }

            var path = parse.GetValue(output)!;
            ArchiveLabelResult? result = null;
            await using (var labels = new StreamWriter(path.FullName, append: false, new UTF8Encoding(false)) { NewLine = "\r\n" })
            {
                await CliConsole.TimedBars()
                    .StartAsync(async progress =>
                    {
                        var task = progress.AddTask("files labelled", maxValue: 1);
                        result = await CasesModule.LabelArchiveAsync(
                            scope.Services, found.Id, parse.GetValue(prefix)!, filterValue, labels,
                            new Progress<(long Done, long Total)>(p => (task.MaxValue, task.Value) = (Math.Max(1, p.Total), p.Done)), cancellationToken);
                        task.Value = task.MaxValue;
                    });
            }

            var outcome = result ?? throw new InvalidOperationException("The labelling run ended without a result.");
            AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"Labelled {outcome.Labelled:N0} of {outcome.Unlabelled:N0} files without a tag; labels in {Markup.Escape(path.FullName)}."));
            if (outcome.Problem is { } stopped)
            {
                await Console.Error.WriteLineAsync($"Stopped early: {stopped.Describe()} The files labelled so far keep their tags.");
                return ExitCodes.Failed;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<int> PrintAsync(TagResult result, Func<Giai96, string> format)
    {
        switch (result)
        {
            case TagEncoded encoded:
                await Console.Out.WriteLineAsync(format(encoded.Tag));
                return ExitCodes.Ok;
            case TagRefused refused:
                await Console.Error.WriteLineAsync(refused.Problem.Describe());
                return ExitCodes.Usage;
            default:
                throw new InvalidOperationException("A tag result is encoded or refused.");
        }
    }
}
