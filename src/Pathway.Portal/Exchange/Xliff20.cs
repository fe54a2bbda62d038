using System.Globalization;
using System.Xml.Linq;
using Pathway.Portal.Content;

namespace Pathway.Portal.Exchange;

/// <summary>
/// XLIFF 2.0 (OASIS Standard, 5 August 2014), one target language per file: a &lt;file&gt; per content
/// item, a &lt;unit&gt; per title, paragraph, heading, list item or table cell, the Markdown formatting as
/// inline codes (&lt;pc&gt;/&lt;ph&gt; with &lt;originalData&gt;), and the item's identity and version in the
/// Metadata module. Reads what tools make of it: re-segmented units (several &lt;segment&gt;s and
/// &lt;ignorable&gt;s, targets reordered with <c>order</c>), codes split into &lt;sc&gt;/&lt;ec&gt;, annotations.
/// </summary>
public static class Xliff20
{
    public static readonly XNamespace X = "urn:oasis:names:tc:xliff:document:2.0";
    public static readonly XNamespace Mda = "urn:oasis:names:tc:xliff:metadata:2.0";

    public static XDocument Write(string sourceLanguage, string targetLanguage, bool rightToLeft, IEnumerable<ExchangeFile> files)
    {
        var root = new XElement(X + "xliff",
            new XAttribute("version", "2.0"),
            new XAttribute("srcLang", sourceLanguage),
            new XAttribute("trgLang", targetLanguage),
            new XAttribute(XNamespace.Xmlns + "mda", Mda));
        foreach (var file in files)
        {
            root.Add(WriteFile(file, rightToLeft));
        }

        return new XDocument(new XDeclaration("1.0", "UTF-8", null), root);
    }

    private static XElement WriteFile(ExchangeFile file, bool rightToLeft)
    {
        var element = new XElement(X + "file", new XAttribute("id", file.Id));
        if (XliffText.Original(file.ItemId) is { } original)
        {
            element.Add(new XAttribute("original", original));
        }

        if (rightToLeft)
        {
            element.Add(new XAttribute("trgDir", "rtl"));
        }

        element.Add(new XAttribute(XNamespace.Xml + "space", "preserve"));
        element.Add(file.Kept.AttributesAsXml());

        // The Metadata module: at most one <mda:metadata> here, with the portal's group and any a tool added.
        var kept = file.Kept.ElementsAsXml().ToList();
        var metadata = new XElement(Mda + "metadata", new XElement(Mda + "metaGroup", new XAttribute("category", XliffText.Category),
            Meta("item", file.ItemId?.ToString()), Meta("version", file.Version?.ToString(CultureInfo.InvariantCulture)),
            Meta("source-hash", file.SourceHash), Meta("target-hash", file.TargetHash)));
        foreach (var other in kept.Where(e => e.Name == Mda + "metadata").ToList())
        {
            metadata.Add(other.Elements());
            kept.Remove(other);
        }

        element.Add(metadata);
        element.Add(kept);
        element.Add(Notes(file.Kept.Notes));
        foreach (var unit in file.Units)
        {
            element.Add(WriteUnit(unit));
        }

        return element;
    }

    private static XElement? Meta(string type, string? value) => value is null ? null : new XElement(Mda + "meta", new XAttribute("type", type), value);

    private static XElement? Notes(IReadOnlyList<ExchangeNote> notes) =>
        notes.Count == 0 ? null : new XElement(X + "notes", notes.Select(n => new XElement(X + "note",
            n.Category is null ? null : new XAttribute("category", n.Category),
            n.Priority is null ? null : new XAttribute("priority", n.Priority.Value),
            n.AppliesTo is "source" or "target" ? new XAttribute("appliesTo", n.AppliesTo) : null,
            n.Text)));

    private static XElement WriteUnit(ExchangeUnit unit)
    {
        var element = new XElement(X + "unit", new XAttribute("id", unit.Id));
        if (unit.Name is not null)
        {
            element.Add(new XAttribute("name", unit.Name));
        }

        element.Add(unit.Kept.AttributesAsXml());
        element.Add(unit.Kept.ElementsAsXml());
        element.Add(Notes(unit.Kept.Notes));

        // One <data> per code end, shared by source and target: a code in the target with the source's id is the same code.
        var data = new List<XElement>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in unit.Source.Codes.Concat(unit.Target?.Codes ?? []))
        {
            if (code.Data is not null && seen.Add(DataId(code)))
            {
                var item = new XElement(X + "data", new XAttribute("id", DataId(code)));
                XliffText.AddText(item, code.Data, X + "cp");
                data.Add(item);
            }
        }

        if (data.Count > 0)
        {
            element.Add(new XElement(X + "originalData", data));
        }

        var segment = new XElement(X + "segment");
        if (unit.Target is not null && unit.TargetState is { } targetState)
        {
            var (state, subState) = XliffStates.To20(targetState);
            segment.Add(new XAttribute("state", state));
            if (subState is not null)
            {
                segment.Add(new XAttribute("subState", subState));
            }
        }

        segment.Add(Content(X + "source", unit.Source));
        if (unit.Target is not null)
        {
            segment.Add(Content(X + "target", unit.Target));
        }

        element.Add(segment);
        return element;
    }

    private static string DataId(CodePiece code) => code.Role == CodeRole.Closing ? "d" + code.Id + "e" : "d" + code.Id;

    private static XElement Content(XName name, UnitText text)
    {
        // Its whitespace is the text's own: a writer that indents would otherwise put a line break
        // and spaces before content that begins with a code, and the round trip would change the text.
        var element = new XElement(name, new XAttribute(XNamespace.Xml + "space", "preserve"));
        AddPieces(element, text.Pieces, 0, text.Pieces.Count);
        return element;
    }

    /// <summary>Pieces as inline content: a span whose opening and closing are both here and nest well is a &lt;pc&gt;; else &lt;sc&gt;/&lt;ec&gt;.</summary>
    private static void AddPieces(XElement parent, IReadOnlyList<Piece> pieces, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            switch (pieces[i])
            {
                case TextPiece text:
                    XliffText.AddText(parent, text.Text, X + "cp");
                    break;
                case CodePiece { Role: CodeRole.Standalone } code:
                    parent.Add(Code(X + "ph", code, new XAttribute("dataRef", DataId(code))));
                    break;
                case CodePiece { Role: CodeRole.Opening } code when ClosingOf(pieces, i, to) is { } closing:
                    var pc = Code(X + "pc", code, new XAttribute("dataRefStart", DataId(code)), new XAttribute("dataRefEnd", DataId(code with { Role = CodeRole.Closing })));
                    AddPieces(pc, pieces, i + 1, closing);
                    parent.Add(pc);
                    i = closing;
                    break;
                case CodePiece { Role: CodeRole.Opening } code:
                    var closed = pieces.Skip(i + 1).OfType<CodePiece>().Any(p => p.Role == CodeRole.Closing && p.Id == code.Id);
                    parent.Add(Code(X + "sc", code, new XAttribute("dataRef", DataId(code)), closed ? null : new XAttribute("isolated", "yes")));
                    break;
                case CodePiece code:
                    var opened = pieces.Take(i).OfType<CodePiece>().Any(p => p.Role == CodeRole.Opening && p.Id == code.Id);
                    parent.Add(opened
                        ? new XElement(X + "ec", new XAttribute("startRef", code.Id), new XAttribute("dataRef", DataId(code)))
                        : Code(X + "ec", code, new XAttribute("dataRef", DataId(code)), new XAttribute("isolated", "yes")));
                    break;
            }
        }
    }

    /// <summary>The index of the closing of the span opened at <paramref name="opening"/> when everything between nests well; else null.</summary>
    private static int? ClosingOf(IReadOnlyList<Piece> pieces, int opening, int to)
    {
        var id = ((CodePiece)pieces[opening]).Id;
        var open = new Stack<string>();
        for (var j = opening + 1; j < to; j++)
        {
            if (pieces[j] is not CodePiece code)
            {
                continue;
            }

            if (code.Role == CodeRole.Opening)
            {
                open.Push(code.Id);
            }
            else if (code.Role == CodeRole.Closing)
            {
                if (open.Count == 0)
                {
                    return code.Id == id ? j : null;
                }

                if (open.Pop() != code.Id)
                {
                    return null;
                }
            }
        }

        return null;
    }

    private static XElement Code(XName name, CodePiece code, params object?[] more)
    {
        var (type, subType) = code.Kind switch
        {
            CodeKind.Bold => ("fmt", "xlf:b"),
            CodeKind.Italic => ("fmt", "xlf:i"),
            CodeKind.LineBreak => ("fmt", "xlf:lb"),
            CodeKind.Link => ("link", null),
            CodeKind.Term => ("link", "pw:term"),
            CodeKind.Image => ("image", null),
            _ => ((string?)null, (string?)null),
        };
        return new XElement(name, new XAttribute("id", code.Id),
            type is null ? null : new XAttribute("type", type),
            subType is null ? null : new XAttribute("subType", subType),
            more);
    }

    private static CodeKind KindOf(XElement code) => ((string?)code.Attribute("type"), (string?)code.Attribute("subType")) switch
    {
        (_, "xlf:b") => CodeKind.Bold,
        (_, "xlf:i") => CodeKind.Italic,
        (_, "xlf:lb") => CodeKind.LineBreak,
        (_, "pw:term") => CodeKind.Term,
        ("link", _) => CodeKind.Link,
        ("image", _) => CodeKind.Image,
        _ => CodeKind.Other,
    };

    /// <summary>Reads a 2.0 document: its languages and files, with every problem named by file and unit.</summary>
    public static (string? Source, string? Target, List<ExchangeFile> Files) Read(XDocument document, List<ExchangeProblem> problems)
    {
        var root = document.Root!;
        var version = (string?)root.Attribute("version");
        if (version is null || !version.StartsWith("2.", StringComparison.Ordinal))
        {
            problems.Add(new ExchangeProblem(null, null, "The file says it is XLIFF version {0}; this reader takes 2.0 in its namespace, or 1.2.", version ?? "?"));
            return (null, null, []);
        }

        var source = (string?)root.Attribute("srcLang");
        var target = (string?)root.Attribute("trgLang");
        var files = new List<ExchangeFile>();
        foreach (var file in root.Elements(X + "file"))
        {
            files.Add(ReadFile(file, source ?? "", target ?? "", problems));
        }

        return (source, target, files);
    }

    private static ExchangeFile ReadFile(XElement file, string source, string target, List<ExchangeProblem> problems)
    {
        var id = (string?)file.Attribute("id") ?? "";
        var meta = file.Elements(Mda + "metadata").Elements(Mda + "metaGroup")
            .FirstOrDefault(g => (string?)g.Attribute("category") == XliffText.Category)?
            .Elements(Mda + "meta").GroupBy(m => (string?)m.Attribute("type") ?? "", StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal)
            ?? new Dictionary<string, string>(StringComparer.Ordinal);
        var item = XliffText.ItemOf((string?)file.Attribute("original"))
            ?? (meta.TryGetValue("item", out var itemText) && Guid.TryParse(itemText, out var parsed) ? parsed : null);
        int? version = meta.TryGetValue("version", out var versionText) && int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

        var kept = new List<string>();
        foreach (var element in file.Elements().Where(e => e.Name.Namespace != X))
        {
            if (element.Name == Mda + "metadata")
            {
                // Keep the groups a tool added; the portal's own is written afresh on the next export.
                var others = element.Elements().Where(g => (string?)g.Attribute("category") != XliffText.Category).ToList();
                if (others.Count > 0)
                {
                    kept.Add(new XElement(Mda + "metadata", others).ToString(SaveOptions.DisableFormatting));
                }
            }
            else
            {
                kept.Add(element.ToString(SaveOptions.DisableFormatting));
            }
        }

        var units = new List<ExchangeUnit>();
        foreach (var unit in file.Descendants(X + "unit"))
        {
            units.Add(ReadUnit(id, unit, problems));
        }

        return new ExchangeFile(id, item, source, target, version, meta.GetValueOrDefault("source-hash"), meta.GetValueOrDefault("target-hash"), units,
            new Kept(ReadNotes(file), kept, XliffText.ForeignAttributes(file)));
    }

    private static List<ExchangeNote> ReadNotes(XElement parent) =>
        [.. parent.Elements(X + "notes").Elements(X + "note").Select(n => new ExchangeNote(
            n.Value, (string?)n.Attribute("category"), XliffText.Priority((string?)n.Attribute("priority")), (string?)n.Attribute("appliesTo")))];

    private static ExchangeUnit ReadUnit(string file, XElement unit, List<ExchangeProblem> problems)
    {
        var id = (string?)unit.Attribute("id") ?? "";
        var data = unit.Elements(X + "originalData").Elements(X + "data")
            .GroupBy(d => (string?)d.Attribute("id") ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => DataText(g.First()), StringComparer.Ordinal);

        // Segments and ignorables in document order; a target may move with order="n" (1-based over both).
        var parts = unit.Elements().Where(e => e.Name == X + "segment" || e.Name == X + "ignorable").ToList();
        var sources = new List<Piece>();
        var targets = new List<(int Order, List<Piece> Pieces)>();
        var states = new List<(TranslationState State, ToolMark Mark)>();
        var anyTarget = parts.Any(p => p.Element(X + "target") is not null);
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            var partSource = part.Element(X + "source");
            sources.AddRange(Pieces(file, id, partSource, data, problems));
            var partTarget = part.Element(X + "target");
            if (partTarget is null)
            {
                if (anyTarget && part.Name == X + "segment")
                {
                    problems.Add(new ExchangeProblem(file, id, "A segment of this unit has no translation."));
                }

                // An ignorable without a target is whitespace between segments: it stays as in the source.
                targets.Add((i + 1, part.Name == X + "ignorable" ? Pieces(file, id, partSource, data, problems) : []));
                continue;
            }

            var order = int.TryParse((string?)partTarget.Attribute("order"), NumberStyles.None, CultureInfo.InvariantCulture, out var o) ? o : i + 1;
            targets.Add((order, Pieces(file, id, partTarget, data, problems)));
            if (part.Name == X + "segment")
            {
                var state = (string?)part.Attribute("state") ?? "initial";
                if (!XliffStates.States20.Contains(state))
                {
                    problems.Add(new ExchangeProblem(file, id, "The state \"{0}\" is not one of XLIFF 2.0's (initial, translated, reviewed, final).", state));
                }

                states.Add(XliffStates.From20(state, (string?)part.Attribute("subState")));
            }
        }

        if (parts.Count == 0)
        {
            problems.Add(new ExchangeProblem(file, id, "The unit has no segment."));
        }

        UnitText? targetText = anyTarget ? new UnitText([.. targets.OrderBy(t => t.Order).SelectMany(t => t.Pieces)]) : null;
        var least = states.Count == 0 ? ((TranslationState?)null, ToolMark.None) : (XliffStates.Least(states.Select(s => s.State)),
            states.All(s => s.Mark == ToolMark.Final) ? ToolMark.Final : states.Any(s => s.Mark == ToolMark.NeedsUpdate) ? ToolMark.NeedsUpdate : ToolMark.None);
        var kept = new Kept(ReadNotes(unit), XliffText.ForeignElements(unit, X), XliffText.ForeignAttributes(unit));
        return new ExchangeUnit(id, (string?)unit.Attribute("name"), new UnitText(sources), targetText, anyTarget ? least.Item1 ?? TranslationState.Draft : null, least.Item2, kept);
    }

    private static string DataText(XElement data) => string.Concat(data.Nodes().Select(n => n switch
    {
        XText text => text.Value,
        XElement { Name.LocalName: "cp" } cp => CodePoint(cp),
        _ => "",
    }));

    private static string CodePoint(XElement cp) =>
        int.TryParse((string?)cp.Attribute("hex"), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 0x10FFFF
            ? char.ConvertFromUtf32(value) : "";

    private static List<Piece> Pieces(string file, string unit, XElement? content, IReadOnlyDictionary<string, string> data, List<ExchangeProblem> problems)
    {
        var pieces = new List<Piece>();
        if (content is not null)
        {
            AddPieces(file, unit, content, data, pieces, problems);
        }

        return pieces;
    }

    private static void AddPieces(string file, string unit, XElement content, IReadOnlyDictionary<string, string> data, List<Piece> pieces, List<ExchangeProblem> problems)
    {
        foreach (var node in content.Nodes())
        {
            if (node is XText text)
            {
                pieces.Add(new TextPiece(text.Value));
                continue;
            }

            if (node is not XElement element)
            {
                continue;
            }

            var id = (string?)element.Attribute("id") ?? "";
            switch (element.Name.LocalName)
            {
                case "cp" when element.Name.Namespace == X:
                    pieces.Add(new TextPiece(CodePoint(element)));
                    break;
                case "ph" when element.Name.Namespace == X:
                    pieces.Add(new CodePiece(CodeRole.Standalone, id, Data(element, "dataRef"), KindOf(element)));
                    break;
                case "pc" when element.Name.Namespace == X:
                    pieces.Add(new CodePiece(CodeRole.Opening, id, Data(element, "dataRefStart"), KindOf(element)));
                    AddPieces(file, unit, element, data, pieces, problems);
                    pieces.Add(new CodePiece(CodeRole.Closing, id, Data(element, "dataRefEnd"), KindOf(element)));
                    break;
                case "sc" when element.Name.Namespace == X:
                    pieces.Add(new CodePiece(CodeRole.Opening, id, Data(element, "dataRef"), KindOf(element)));
                    break;
                case "ec" when element.Name.Namespace == X:
                    pieces.Add(new CodePiece(CodeRole.Closing, (string?)element.Attribute("startRef") ?? id, Data(element, "dataRef"), KindOf(element)));
                    break;
                case "mrk" when element.Name.Namespace == X:
                    AddPieces(file, unit, element, data, pieces, problems); // an annotation: its content is text
                    break;
                case "sm" or "em" when element.Name.Namespace == X:
                    break; // the ends of an annotation that spans segments: nothing of the text
                default:
                    problems.Add(new ExchangeProblem(file, unit, "The element <{0}> (line {1}) cannot stand in a unit's text.", element.Name.LocalName, XliffText.Line(element)));
                    break;
            }
        }

        string? Data(XElement code, string attribute)
        {
            if ((string?)code.Attribute(attribute) is not { } reference)
            {
                return null; // no original data named: the source's code of the same id stands for it
            }

            if (data.TryGetValue(reference, out var value))
            {
                return value;
            }

            problems.Add(new ExchangeProblem(file, unit, "The code {0} refers to original data \"{1}\", which the unit does not have.", (string?)code.Attribute("id") ?? "?", reference));
            return null;
        }
    }
}
