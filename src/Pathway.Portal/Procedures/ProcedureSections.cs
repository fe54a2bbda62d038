using Markdig;
using Markdig.Syntax;

namespace Pathway.Portal.Procedures;

/// <summary>A step's words in one language: its heading and the Markdown under it.</summary>
public sealed record StepText(string Title, string Markdown);

/// <summary>
/// A procedure's body cut at its level-2 headings: what comes before the first is the introduction,
/// each "## " section one step, in order. Cut by Markdig's own parse (a "##" inside a code block or
/// a list is not a step), at the headings' exact source positions.
/// </summary>
public static class ProcedureSections
{
    public static (string Introduction, IReadOnlyList<StepText> Steps) Split(string body)
    {
        var document = Markdown.Parse(body, new MarkdownPipelineBuilder().UsePipeTables().Build());
        var headings = document.OfType<HeadingBlock>().Where(h => h.Level == 2).ToList();
        if (headings.Count == 0)
        {
            return (body, []);
        }

        var steps = new List<StepText>();
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            var end = i + 1 < headings.Count ? headings[i + 1].Span.Start : body.Length;
            var title = heading.Inline is null ? "" : string.Concat(heading.Inline.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()));
            steps.Add(new StepText(title.Trim(), body[Math.Min(end, heading.Span.End + 1)..end].Trim()));
        }

        return (body[..headings[0].Span.Start].Trim(), steps);
    }

    /// <summary>How many steps a body has (its level-2 headings).</summary>
    public static int Count(string body) => Split(body).Steps.Count;
}
