using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Pathway.Portal.Content;

/// <summary>
/// Content bodies are Markdown with raw HTML off: an editor's or translator's text can format, link
/// and list, but cannot put a script or a form on a public page. Raw HTML is shown as text, and a
/// link or image to anything but the web, mail or a telephone (javascript:, data:) loses its address.
/// </summary>
public static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    /// <summary>The same reading with every inline's exact place in the text, for tools that cut or mark the Markdown as written.</summary>
    internal static readonly MarkdownPipeline Positioned = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoLinks()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>
    /// The body as HTML. A glossary mention of a published term in <paramref name="terms"/> becomes a
    /// button that opens the term's definition (shown once on the page, <see cref="Glossary.TermDefinitions"/>)
    /// and is described by it; any other mention reads as its words, never as a link that goes nowhere.
    /// With <paramref name="spots"/>, the entries of the first numbered list are <c>spot-1</c>, <c>spot-2</c>, …:
    /// the explanations a document picture's markers lead to.
    /// </summary>
    public static string ToHtml(string markdown, Glossary.TermsShown? terms = null, bool spots = false)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        if (spots && FirstNumberedList(document) is { } list)
        {
            var number = 0;
            foreach (var entry in list.OfType<ListItemBlock>())
            {
                entry.GetAttributes().Id = Pictures.PictureSpots.ElementId(++number);
            }
        }

        foreach (var mention in document.Descendants<LinkInline>().Where(l => !l.IsImage && IsMention(l.Url)).ToList())
        {
            var term = terms?.Use(Glossary.TermMentions.SlugOf(mention.Url!));
            if (term is not null)
            {
                // Written by the portal, not the author: raw HTML stays off for the text itself.
                var id = System.Net.WebUtility.HtmlEncode(term.ElementId);
                mention.InsertBefore(new HtmlInline($"<button type=\"button\" class=\"term\" popovertarget=\"{id}\" aria-describedby=\"{id}\">"));
            }

            foreach (var child in mention.ToList())
            {
                child.Remove();
                mention.InsertBefore(child);
            }

            if (term is not null)
            {
                mention.InsertBefore(new HtmlInline("</button>"));
            }

            mention.Remove();
        }

        foreach (var link in document.Descendants<LinkInline>().Where(l => !IsSafe(l.Url)))
        {
            link.Url = "";
        }

        foreach (var link in document.Descendants<AutolinkInline>().Where(l => !l.IsEmail && !IsSafe(l.Url)))
        {
            link.Url = "";
        }

        return document.ToHtml(Pipeline);
    }

    /// <summary>The words of a body without its Markdown (a link or glossary mention reads as its words), for the search.</summary>
    public static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown, Pipeline);

    /// <summary>The entries of the body's first numbered list, in plain words and in order: what a document picture's spots mean.</summary>
    public static IReadOnlyList<string> NumberedEntries(string markdown)
    {
        if (FirstNumberedList(Markdown.Parse(markdown, Pipeline)) is not { } list)
        {
            return [];
        }

        return [.. list.OfType<ListItemBlock>().Select(entry => string.Join(' ', string.Concat(entry.Descendants<Inline>().Select(inline => inline switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            LineBreakInline => " ",
            _ => "",
        })).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))];
    }

    private static ListBlock? FirstNumberedList(MarkdownDocument document) => document.Descendants<ListBlock>().FirstOrDefault(l => l.IsOrdered);

    private static bool IsMention(string? url) => Glossary.TermMentions.IsMention(url);

    /// <summary>Web, mail and telephone addresses, and addresses within the portal.</summary>
    internal static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return true; // relative: no scheme
        }

        var scheme = trimmed[..colon];
        return scheme.Equals("https", StringComparison.OrdinalIgnoreCase) || scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase) || scheme.Equals("tel", StringComparison.OrdinalIgnoreCase);
    }
}
