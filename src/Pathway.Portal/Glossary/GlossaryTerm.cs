namespace Pathway.Portal.Glossary;

/// <summary>A published term as a reader sees it: in their language, or the fallback (<see cref="IsFallback"/>), with its definition as HTML.</summary>
public sealed record GlossaryTerm(string Slug, string Title, string DefinitionHtml, string Language, bool IsFallback)
{
    /// <summary>The id of the term's definition on a page: its mentions open it and are described by it.</summary>
    public string ElementId => "term-" + Slug;
}

/// <summary>
/// The published terms a body may mention, and those it did: the page that shows the body shows
/// their definitions once each (<see cref="TermDefinitions"/>), wherever they are mentioned.
/// </summary>
public sealed class TermsShown(IReadOnlyDictionary<string, GlossaryTerm> terms)
{
    private readonly List<GlossaryTerm> used = [];

    public static TermsShown None { get; } = new(new Dictionary<string, GlossaryTerm>(StringComparer.Ordinal));

    /// <summary>The terms mentioned so far, in the order they were first mentioned.</summary>
    public IReadOnlyList<GlossaryTerm> Used => used;

    /// <summary>The published term a mention names, counted as used; null when there is none (the mention reads as its words).</summary>
    public GlossaryTerm? Use(string slug)
    {
        if (!terms.TryGetValue(slug, out var term))
        {
            return null;
        }

        if (!used.Contains(term))
        {
            used.Add(term);
        }

        return term;
    }
}
