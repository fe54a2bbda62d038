using Markdig;
using Markdig.Syntax;
using Pathway.Portal.Content;
using Pathway.Portal.Procedures;

namespace Pathway.Portal.DecisionTrees;

/// <summary>A question's words in one language: its heading, what explains it, and its answers' Markdown.</summary>
public sealed record QuestionText(string Title, string Explanation, IReadOnlyList<string> Answers);

/// <summary>
/// A decision tree's body read as questions: each "## " section is a question, the items of its
/// first list its answers, the rest of the section explains the question. The words are translated
/// as any body is; the tree's shape is in <see cref="TreeAnswer"/>s.
/// </summary>
public static class TreeSections
{
    public static (string Introduction, IReadOnlyList<QuestionText> Questions) Split(string body)
    {
        var (introduction, sections) = ProcedureSections.Split(body);
        return (introduction, [.. sections.Select(Question)]);
    }

    private static QuestionText Question(StepText section)
    {
        var document = Markdown.Parse(section.Markdown, MarkdownText.Positioned);
        if (document.OfType<ListBlock>().FirstOrDefault() is not { } list)
        {
            return new QuestionText(section.Title, section.Markdown, []);
        }

        var answers = list.OfType<ListItemBlock>()
            .Select(item => item.Span.Length > 0 ? Content(section.Markdown, item) : "")
            .ToList();
        var explanation = (section.Markdown[..list.Span.Start] + section.Markdown[Math.Min(section.Markdown.Length, list.Span.End + 1)..]).Trim();
        return new QuestionText(section.Title, explanation, answers);
    }

    /// <summary>An answer's Markdown: its list item without the marker.</summary>
    private static string Content(string markdown, ListItemBlock item) =>
        item.Count == 0 ? "" : markdown[item[0].Span.Start..(item[^1].Span.End + 1)].Trim();
}
