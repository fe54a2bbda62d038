using Markdig;
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

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        // A glossary mention ([karty pobytu](term:karta-pobytu)) reads as its words until the glossary
        // shows its definition: never as a link that goes nowhere.
        foreach (var mention in document.Descendants<LinkInline>().Where(l => !l.IsImage && IsMention(l.Url)).ToList())
        {
            foreach (var child in mention.ToList())
            {
                child.Remove();
                mention.InsertBefore(child);
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

    private static bool IsMention(string? url) => url?.StartsWith(Exchange.MarkdownUnits.TermScheme, StringComparison.OrdinalIgnoreCase) == true;

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
