using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Pathway.Portal.Exchange;

/// <summary>What both XLIFF versions share: reading a file safely, the portal's own vocabulary, kept notes and extensions.</summary>
internal static class XliffText
{
    /// <summary>The portal's own attributes (1.2) and metadata category (2.0).</summary>
    public static readonly XNamespace Pathway = "urn:pathway:portal:exchange";
    public const string PathwayPrefix = "pw";
    public const string Category = "pathway";
    public const string OriginalPrefix = "portal/content/";

    /// <summary>The biggest file read: a whole language of a large portal fits many times over.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>Parses XML without document type definitions or external entities (a file from outside is never trusted).</summary>
    public static XDocument? Load(Stream stream, List<ExchangeProblem> problems)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreProcessingInstructions = true, CloseInput = false };
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            return XDocument.Load(reader, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            problems.Add(new ExchangeProblem(null, null, "The file is not well-formed XML (line {0}, position {1}): {2}", e.LineNumber, e.LinePosition, e.Message));
            return null;
        }
    }

    public static string? Original(Guid? item) => item is { } id ? OriginalPrefix + id.ToString() : null;

    public static Guid? ItemOf(string? original) =>
        original is not null && original.StartsWith(OriginalPrefix, StringComparison.Ordinal) && Guid.TryParse(original[OriginalPrefix.Length..], out var id) ? id : null;

    /// <summary>Adds text, writing a character XML 1.0 cannot hold as 2.0's &lt;cp hex="…"/&gt; (or dropping it in 1.2, which has no such element).</summary>
    public static void AddText(XElement parent, string text, XName? codePoint)
    {
        var plain = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                plain.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                plain.Append(text[i]);
            }
            else if (codePoint is not null)
            {
                Flush(parent, plain);
                parent.Add(new XElement(codePoint, new XAttribute("hex", ((int)text[i]).ToString("X4", CultureInfo.InvariantCulture))));
            }
        }

        Flush(parent, plain);
    }

    private static void Flush(XElement parent, StringBuilder plain)
    {
        if (plain.Length > 0)
        {
            parent.Add(new XText(plain.ToString()));
            plain.Clear();
        }
    }

    /// <summary>Elements of other vocabularies than XLIFF's, kept as they came.</summary>
    public static List<string> ForeignElements(XElement parent, XNamespace xliff, Func<XElement, bool>? skip = null) =>
        [.. parent.Elements().Where(e => e.Name.Namespace != xliff && (skip is null || !skip(e))).Select(e => e.ToString(SaveOptions.DisableFormatting))];

    /// <summary>Attributes of other vocabularies (not XLIFF's, not xml:, not the portal's own), kept as they came.</summary>
    public static List<KeptAttribute> ForeignAttributes(XElement element) =>
        [.. element.Attributes()
            .Where(a => !a.IsNamespaceDeclaration && a.Name.Namespace != XNamespace.None && a.Name.Namespace != XNamespace.Xml && a.Name.Namespace != Pathway)
            .Select(a => new KeptAttribute(a.Name.NamespaceName, a.Name.LocalName, a.Value))];

    public static int? Priority(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var priority) && priority is >= 1 and <= 10 ? priority : null;

    public static string Line(XObject node) => ((IXmlLineInfo)node).HasLineInfo() ? ((IXmlLineInfo)node).LineNumber.ToString(CultureInfo.InvariantCulture) : "?";
}
