using System.Globalization;

namespace Pathway.Cases.PaperFiles;

/// <summary>
/// Reads an EPC as readers and EPCIS documents write it (EPC Tag Data Standard): the pure identity URI
/// urn:epc:id:giai:…, the tag URI urn:epc:tag:giai-96:…, the raw URI urn:epc:raw:96.x… or 24 bare
/// hexadecimal characters. Every form comes back as the pure identity URI, the key a file is bound by.
/// </summary>
public static class EpcText
{
    private const string PureGiai = "urn:epc:id:giai:";
    private const string TagGiai96 = "urn:epc:tag:giai-96:";
    private const string Raw96 = "urn:epc:raw:96.x";

    /// <summary>The pure identity URI, or null with the reason (in English, kept with the anomaly).</summary>
    public static string? PureIdentity(string? text, out string problem)
    {
        problem = "";
        var value = (text ?? "").Trim();
        if (value.Length == 0)
        {
            problem = "The EPC is empty.";
            return null;
        }

        if (value.StartsWith(PureGiai, StringComparison.OrdinalIgnoreCase))
        {
            return Pure(value[PureGiai.Length..], out problem);
        }

        if (value.StartsWith(TagGiai96, StringComparison.OrdinalIgnoreCase))
        {
            var parts = value[TagGiai96.Length..].Split('.');
            return parts.Length == 3 ? FromResult(Giai96.Encode(parts[1], parts[2], parts[0]), out problem) : Fail("A GIAI-96 tag URI has a filter, a company prefix and an asset reference.", out problem);
        }

        if (value.StartsWith(Raw96, StringComparison.OrdinalIgnoreCase))
        {
            return FromResult(Giai96.Decode(value[Raw96.Length..]), out problem);
        }

        if (value.StartsWith("urn:", StringComparison.OrdinalIgnoreCase) || value.Contains(':', StringComparison.Ordinal))
        {
            return Fail("Not a GIAI: only urn:epc:id:giai, urn:epc:tag:giai-96, urn:epc:raw:96 and hexadecimal tags are read.", out problem);
        }

        return FromResult(Giai96.Decode(value), out problem);
    }

    private static string? Pure(string body, out string problem)
    {
        // The pure identity keeps the company prefix's digits and the reference as written; a numeric
        // reference is checked the way GIAI-96 encodes it so that every spelling of one tag meets.
        var dot = body.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return Fail("A GIAI pure identity URI is urn:epc:id:giai:CompanyPrefix.AssetReference.", out problem);
        }

        var prefix = body[..dot];
        var reference = body[(dot + 1)..];
        if (prefix.Length is < Giai96Partitions.MinPrefixDigits or > Giai96Partitions.MaxPrefixDigits || !prefix.All(char.IsAsciiDigit))
        {
            return Fail("The company prefix of a GIAI must be 6 to 12 digits.", out problem);
        }

        if (reference.Length == 0 || reference.Any(c => c <= ' ' || c > '~'))
        {
            return Fail("The asset reference of a GIAI is empty or has characters a URI cannot hold.", out problem);
        }

        problem = "";
        return string.Create(CultureInfo.InvariantCulture, $"{PureGiai}{prefix}.{reference}");
    }

    private static string? FromResult(TagResult result, out string problem)
    {
        if (result is TagRefused refused)
        {
            return Fail(refused.Problem.Describe(), out problem);
        }

        problem = "";
        return ((TagEncoded)result).Tag.PureIdentityUri;
    }

    private static string? Fail(string reason, out string problem)
    {
        problem = reason;
        return null;
    }
}
