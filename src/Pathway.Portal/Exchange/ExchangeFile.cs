using System.Xml.Linq;
using Pathway.Portal.Content;

namespace Pathway.Portal.Exchange;

/// <summary>
/// One content item in an exchange file, whatever the XLIFF version: which item and version it was
/// exported from, its units, and what translation tools added that the portal keeps (notes, elements
/// and attributes of other vocabularies) so that the next export gives them back.
/// </summary>
public sealed record ExchangeFile(
    string Id,
    Guid? ItemId,
    string SourceLanguage,
    string TargetLanguage,
    int? Version,
    string? SourceHash,
    string? TargetHash,
    IReadOnlyList<ExchangeUnit> Units,
    Kept Kept);

/// <summary>
/// One unit: the source and, when there is one, the target text, and where the translation stands.
/// <paramref name="TargetState"/> is the portal state the file's XLIFF state maps to (null without a target),
/// and <paramref name="Mark"/> what else the state said.
/// </summary>
public sealed record ExchangeUnit(string Id, string? Name, UnitText Source, UnitText? Target, TranslationState? TargetState, ToolMark Mark, Kept Kept);

/// <summary>
/// What an XLIFF state says beyond the portal state it maps to. An import never publishes (that is an
/// editor's act), but a published translation that comes back final and unchanged stays published, and
/// a stale one that comes back unchanged and still marked for updating stays stale.
/// </summary>
public enum ToolMark
{
    None,
    Final,
    NeedsUpdate,
}

/// <summary>What a translation tool left on a file or unit that the portal does not read: kept as it came.</summary>
public sealed record Kept(IReadOnlyList<ExchangeNote> Notes, IReadOnlyList<string> Elements, IReadOnlyList<KeptAttribute> Attributes)
{
    public static readonly Kept None = new([], [], []);

    public bool IsEmpty => Notes.Count == 0 && Elements.Count == 0 && Attributes.Count == 0;

    internal IEnumerable<XElement> ElementsAsXml() => Elements.Select(e => XElement.Parse(e, LoadOptions.PreserveWhitespace));

    internal IEnumerable<XAttribute> AttributesAsXml() => Attributes.Select(a => new XAttribute(XNamespace.Get(a.Namespace) + a.Name, a.Value));
}

/// <summary>
/// A note in either version: 2.0's category and appliesTo are 1.2's from and annotates (general when null).
/// </summary>
public sealed record ExchangeNote(string Text, string? Category, int? Priority, string? AppliesTo);

public sealed record KeptAttribute(string Namespace, string Name, string Value);

/// <summary>A problem with an imported file, named with its file and unit where it has them.</summary>
public sealed record ExchangeProblem(string? File, string? Unit, string Message, params object[] Arguments);
