using System.Globalization;
using System.Xml.Linq;
using Pathway.Portal.Content;

namespace Pathway.Portal.Exchange;

/// <summary>
/// XLIFF 1.2 (OASIS Standard, 1 February 2008), for tools without 2.0: a &lt;file&gt; per content item
/// (datatype x-markdown, the item's version as build-num, its source and target hashes as attributes of
/// the portal's namespace), a &lt;trans-unit&gt; per unit, the Markdown formatting as native codes in
/// &lt;bpt&gt;/&lt;ept&gt;/&lt;ph&gt;. Reads segmented targets (&lt;mrk mtype="seg"&gt;) and the codes tools
/// write instead (&lt;g&gt;, &lt;x/&gt;, &lt;bx/&gt;, &lt;ex/&gt;, &lt;it&gt;), whose Markdown comes from the source.
/// </summary>
public static class Xliff12
{
    public static readonly XNamespace X = "urn:oasis:names:tc:xliff:document:1.2";

    public static XDocument Write(string sourceLanguage, string targetLanguage, IEnumerable<ExchangeFile> files)
    {
        var root = new XElement(X + "xliff",
            new XAttribute("version", "1.2"),
            new XAttribute(XNamespace.Xmlns + XliffText.PathwayPrefix, XliffText.Pathway));
        foreach (var file in files)
        {
            var element = new XElement(X + "file",
                new XAttribute("original", XliffText.Original(file.ItemId) ?? file.Id),
                new XAttribute("source-language", sourceLanguage),
                new XAttribute("target-language", targetLanguage),
                new XAttribute("datatype", "x-markdown"),
                new XAttribute("product-name", "Pathway portal"),
                file.Version is null ? null : new XAttribute("build-num", file.Version.Value.ToString(CultureInfo.InvariantCulture)),
                new XAttribute(XNamespace.Xml + "space", "preserve"),
                new XAttribute(XliffText.Pathway + "id", file.Id),
                file.SourceHash is null ? null : new XAttribute(XliffText.Pathway + "source-hash", file.SourceHash),
                file.TargetHash is null ? null : new XAttribute(XliffText.Pathway + "target-hash", file.TargetHash),
                file.Kept.AttributesAsXml());
            var header = new XElement(X + "header", Notes(file.Kept.Notes), file.Kept.ElementsAsXml());
            if (header.HasElements)
            {
                element.Add(header);
            }

            element.Add(new XElement(X + "body", file.Units.Select(WriteUnit)));
            root.Add(element);
        }

        return new XDocument(new XDeclaration("1.0", "UTF-8", null), root);
    }

    private static IEnumerable<XElement> Notes(IReadOnlyList<ExchangeNote> notes) =>
        notes.Select(n => new XElement(X + "note",
            n.Category is null ? null : new XAttribute("from", n.Category),
            n.Priority is null ? null : new XAttribute("priority", n.Priority.Value),
            n.AppliesTo is "source" or "target" ? new XAttribute("annotates", n.AppliesTo) : null,
            n.Text));

    private static XElement WriteUnit(ExchangeUnit unit)
    {
        // Its whitespace is the text's own (XLIFF 1.2 says so on the unit): a writer that indents would
        // otherwise put a line break and spaces before content that begins with a code.
        var element = new XElement(X + "trans-unit", new XAttribute("id", unit.Id), new XAttribute(XNamespace.Xml + "space", "preserve"));
        if (unit.Name is not null)
        {
            element.Add(new XAttribute("resname", unit.Name));
        }

        var state = unit.Target is not null && unit.TargetState is { } targetState ? XliffStates.To12(targetState) : default;
        if (state.Approved)
        {
            element.Add(new XAttribute("approved", "yes"));
        }

        element.Add(unit.Kept.AttributesAsXml());
        element.Add(Content(X + "source", unit.Source));
        if (unit.Target is not null)
        {
            var target = Content(X + "target", unit.Target);
            target.Add(new XAttribute("state", state.State), state.Qualifier is null ? null : new XAttribute("state-qualifier", state.Qualifier));
            element.Add(target);
        }

        element.Add(Notes(unit.Kept.Notes));
        element.Add(unit.Kept.ElementsAsXml());
        return element;
    }

    private static XElement Content(XName name, UnitText text)
    {
        var element = new XElement(name);
        var pieces = text.Pieces;
        for (var i = 0; i < pieces.Count; i++)
        {
            switch (pieces[i])
            {
                case TextPiece piece:
                    XliffText.AddText(element, piece.Text, null);
                    break;
                case CodePiece { Role: CodeRole.Standalone } code:
                    element.Add(Native("ph", code, CType(code.Kind, standalone: true)));
                    break;
                case CodePiece { Role: CodeRole.Opening } code
                    when pieces.Skip(i + 1).OfType<CodePiece>().Any(p => p.Role == CodeRole.Closing && p.Id == code.Id):
                    element.Add(Native("bpt", code, CType(code.Kind, standalone: false)));
                    break;
                case CodePiece { Role: CodeRole.Closing } code
                    when pieces.Take(i).OfType<CodePiece>().Any(p => p.Role == CodeRole.Opening && p.Id == code.Id):
                    element.Add(Native("ept", code, null));
                    break;
                case CodePiece code:
                    element.Add(Native("it", code, CType(code.Kind, standalone: false), new XAttribute("pos", code.Role == CodeRole.Opening ? "open" : "close")));
                    break;
            }
        }

        return element;
    }

    private static XElement Native(string name, CodePiece code, string? ctype, params object?[] more)
    {
        var element = new XElement(X + name, new XAttribute("id", code.Id), ctype is null ? null : new XAttribute("ctype", ctype), more);
        XliffText.AddText(element, code.Data ?? "", null);
        return element;
    }

    private static string? CType(CodeKind kind, bool standalone) => kind switch
    {
        CodeKind.Bold => "bold",
        CodeKind.Italic => "italic",
        CodeKind.Link => "link",
        CodeKind.Term => "x-term",
        CodeKind.Image => standalone ? "image" : "x-image",
        CodeKind.LineBreak => "lb",
        _ => "x-markdown",
    };

    private static CodeKind KindOf(string? ctype) => ctype switch
    {
        "bold" => CodeKind.Bold,
        "italic" => CodeKind.Italic,
        "link" => CodeKind.Link,
        "x-term" => CodeKind.Term,
        "image" or "x-image" => CodeKind.Image,
        "lb" => CodeKind.LineBreak,
        _ => CodeKind.Other,
    };

    public static (string? Source, string? Target, List<ExchangeFile> Files) Read(XDocument document, List<ExchangeProblem> problems)
    {
        var files = new List<ExchangeFile>();
        string? source = null, target = null;
        foreach (var file in document.Root!.Elements(X + "file"))
        {
            var fileSource = (string?)file.Attribute("source-language");
            var fileTarget = (string?)file.Attribute("target-language");
            source ??= fileSource;
            target ??= fileTarget;
            var id = (string?)file.Attribute(XliffText.Pathway + "id") ?? (string?)file.Attribute("original") ?? "";
            if (!string.Equals(fileSource, source, StringComparison.OrdinalIgnoreCase) || !string.Equals(fileTarget, target, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new ExchangeProblem(id, null, "Every file must have the same source and target languages as the first ({0} → {1}).", source ?? "?", target ?? "?"));
            }

            int? version = int.TryParse((string?)file.Attribute("build-num"), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
            var header = file.Element(X + "header");
            var kept = new Kept(
                header is null ? [] : ReadNotes(header),
                header is null ? [] : XliffText.ForeignElements(header, X),
                XliffText.ForeignAttributes(file));
            var units = file.Element(X + "body")?.Descendants(X + "trans-unit").Select(u => ReadUnit(id, u, problems)).ToList() ?? [];
            files.Add(new ExchangeFile(id, XliffText.ItemOf((string?)file.Attribute("original")), fileSource ?? "", fileTarget ?? "", version,
                (string?)file.Attribute(XliffText.Pathway + "source-hash"), (string?)file.Attribute(XliffText.Pathway + "target-hash"), units, kept));
        }

        return (source, target, files);
    }

    private static List<ExchangeNote> ReadNotes(XElement parent) =>
        [.. parent.Elements(X + "note").Select(n => new ExchangeNote(
            n.Value, (string?)n.Attribute("from"), XliffText.Priority((string?)n.Attribute("priority")), (string?)n.Attribute("annotates") is "source" or "target" ? (string?)n.Attribute("annotates") : null))];

    private static ExchangeUnit ReadUnit(string file, XElement unit, List<ExchangeProblem> problems)
    {
        var id = (string?)unit.Attribute("id") ?? "";
        var target = unit.Element(X + "target");
        TranslationState? state = null;
        var mark = ToolMark.None;
        UnitText? text = null;
        if (target is not null)
        {
            var stateText = (string?)target.Attribute("state");
            if (stateText is not null && !XliffStates.States12.Contains(stateText) && !stateText.StartsWith("x-", StringComparison.Ordinal))
            {
                problems.Add(new ExchangeProblem(file, id, "The state \"{0}\" is not one of XLIFF 1.2's.", stateText));
            }

            (state, mark) = XliffStates.From12(stateText, (string?)target.Attribute("state-qualifier"), (string?)unit.Attribute("approved") == "yes");
            var pieces = new List<Piece>();
            AddPieces(file, id, target, pieces, problems);
            text = new UnitText(pieces);
        }

        var kept = new Kept(ReadNotes(unit), XliffText.ForeignElements(unit, X), XliffText.ForeignAttributes(unit));
        return new ExchangeUnit(id, (string?)unit.Attribute("resname"), new UnitText([]), text, state, mark, kept);
    }

    private static void AddPieces(string file, string unit, XElement content, List<Piece> pieces, List<ExchangeProblem> problems)
    {
        foreach (var node in content.Nodes())
        {
            if (node is XText text)
            {
                pieces.Add(new TextPiece(text.Value));
                continue;
            }

            if (node is not XElement element || element.Name.Namespace != X)
            {
                if (node is XElement foreign)
                {
                    problems.Add(new ExchangeProblem(file, unit, "The element <{0}> (line {1}) cannot stand in a unit's text.", foreign.Name.LocalName, XliffText.Line(foreign)));
                }

                continue;
            }

            // A pair's two ends share the id, or name each other with rid where a tool gave each its own id.
            var id = (string?)element.Attribute("rid") ?? (string?)element.Attribute("id") ?? "";
            var kind = KindOf((string?)element.Attribute("ctype"));
            switch (element.Name.LocalName)
            {
                case "ph":
                    pieces.Add(new CodePiece(CodeRole.Standalone, id, Native(element), kind));
                    break;
                case "bpt":
                    pieces.Add(new CodePiece(CodeRole.Opening, id, Native(element), kind));
                    break;
                case "ept":
                    pieces.Add(new CodePiece(CodeRole.Closing, id, Native(element), kind));
                    break;
                case "it":
                    pieces.Add(new CodePiece((string?)element.Attribute("pos") == "close" ? CodeRole.Closing : CodeRole.Opening, id, Native(element), kind));
                    break;
                case "g":
                    pieces.Add(new CodePiece(CodeRole.Opening, id, null, kind));
                    AddPieces(file, unit, element, pieces, problems);
                    pieces.Add(new CodePiece(CodeRole.Closing, id, null, kind));
                    break;
                case "x":
                    pieces.Add(new CodePiece(CodeRole.Standalone, id, null, kind));
                    break;
                case "bx":
                    pieces.Add(new CodePiece(CodeRole.Opening, id, null, kind));
                    break;
                case "ex":
                    pieces.Add(new CodePiece(CodeRole.Closing, id, null, kind));
                    break;
                case "mrk":
                    AddPieces(file, unit, element, pieces, problems); // a segment or an annotation: its content is text
                    break;
                default:
                    problems.Add(new ExchangeProblem(file, unit, "The element <{0}> (line {1}) cannot stand in a unit's text.", element.Name.LocalName, XliffText.Line(element)));
                    break;
            }
        }
    }

    /// <summary>The native code a 1.2 code element holds; a &lt;sub&gt; flow inside is part of it.</summary>
    private static string Native(XElement code) => code.Value;
}
