using System.CommandLine;
using System.Text.Json;
using Pathway.Cases.PaperFiles;

namespace Pathway.Cli.Commands;

/// <summary><c>pathway rfid encode|decode</c>: the GIAI-96 tags on paper case files (GS1 EPC Tag Data Standard).</summary>
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
        return rfid;
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
