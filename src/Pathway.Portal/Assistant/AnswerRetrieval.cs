using Pathway.Portal.Content;
using Pathway.Portal.Procedures;
using Pathway.Portal.Search;

namespace Pathway.Portal.Assistant;

/// <summary>A published text the assistant may answer from: an item in the language its reader is shown it.</summary>
public sealed record AnswerSource(Guid ItemId, ContentKind Kind, string Slug, string Language, string Title, string Body);

/// <summary>A piece of a text small enough to be an answer: a procedure's step, an article's section or paragraphs, a term's definition.</summary>
public sealed record Passage(AnswerSource Source, string? Heading, string Markdown);

/// <summary>A question's word with its weight: how much finding it says about a text (rarer words say more).</summary>
public sealed record WeighedTerm(SearchTerm Term, double Weight);

/// <summary>
/// What the retrieval found: the passage that best answers, how sure it is (<see cref="Confidence"/>,
/// the share of the question's weight the passage holds), and the items it comes from.
/// </summary>
public sealed record Retrieved(Passage? Best, double Confidence, IReadOnlyList<AnswerSource> Sources)
{
    public bool IsConfident => Best is not null && Confidence >= AnswerRetrieval.ConfidentFrom;
}

/// <summary>
/// Picks the passage of the published content that answers a question, or says there is none.
/// Each word of the question weighs by how rare it is in the texts the reader is shown (inverse
/// document frequency); a word no text holds weighs most, for a question about something the
/// portal never mentions must not be answered from its other words. A passage's confidence is the
/// share of the question's weight found in it with its item's title and its heading, words matched
/// as the search matches them (folded, inflected forms by their shared beginning). Below
/// <see cref="ConfidentFrom"/> the assistant answers nothing and offers a person instead.
/// </summary>
public static class AnswerRetrieval
{
    /// <summary>The share of a question's weight a passage must hold to be given as the answer.</summary>
    public const double ConfidentFrom = 0.6;

    /// <summary>A passage grows by whole paragraphs up to about this many characters.</summary>
    public const int PassageLength = 700;

    public const int MaxSources = 3;

    /// <summary>
    /// The weight of a word found in <paramref name="documentFrequency"/> of the <paramref name="texts"/>
    /// the reader is shown: BM25's inverse document frequency, never below zero, highest for a word no text holds.
    /// </summary>
    public static double Weight(int documentFrequency, int texts) => Math.Log(1 + ((texts - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    public static Retrieved Choose(IReadOnlyList<WeighedTerm> terms, IReadOnlyList<AnswerSource> candidates)
    {
        var total = terms.Sum(t => t.Weight);
        if (terms.Count == 0 || total <= 0 || candidates.Count == 0)
        {
            return new Retrieved(null, 0, []);
        }

        // Each candidate's best passage: the most of the question's weight, then the most of it in
        // the passage's own words (a term's or question's title is its own: "What is a trusted
        // profile?" is answered by the term, not by a step that mentions it), then the shortest,
        // the most to the point, then the search's own order.
        var ranked = candidates
            .Select((source, order) => (source, order, best: PassagesOf(source)
                .Select(p => Score(terms, p, total))
                .OrderByDescending(s => s.whole).ThenByDescending(s => s.own).ThenBy(s => s.passage.Markdown.Length).First()))
            .OrderByDescending(c => c.best.whole).ThenByDescending(c => c.best.own).ThenBy(c => c.best.passage.Markdown.Length).ThenBy(c => c.order)
            .ToList();
        var top = ranked[0];
        var sources = ranked.Where(c => c.best.whole >= ConfidentFrom).Select(c => c.source).Take(MaxSources).ToList();
        return new Retrieved(top.best.passage, top.best.whole, sources.Count > 0 ? sources : [top.source]);
    }

    /// <summary>
    /// A text's passages: a procedure's introduction and each step; an article's "## " sections; a
    /// term, question or document whole. Long sections are cut at paragraphs.
    /// </summary>
    public static IReadOnlyList<Passage> PassagesOf(AnswerSource source)
    {
        if (source.Kind is ContentKind.Term or ContentKind.Question)
        {
            return [new Passage(source, null, source.Body)];
        }

        var (introduction, sections) = ProcedureSections.Split(source.Body);
        var passages = new List<Passage>();
        passages.AddRange(Paragraphs(introduction).Select(p => new Passage(source, null, p)));
        foreach (var section in sections)
        {
            passages.AddRange(Paragraphs(section.Markdown).Select(p => new Passage(source, section.Title, p)));
        }

        return passages.Count > 0 ? passages : [new Passage(source, null, source.Body)];
    }

    /// <summary>Blocks (separated by blank lines) joined while they stay near <see cref="PassageLength"/>, so a list stays with the sentence that leads into it.</summary>
    private static IEnumerable<string> Paragraphs(string markdown)
    {
        var current = "";
        foreach (var block in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (current.Length > 0 && current.Length + block.Length > PassageLength)
            {
                yield return current;
                current = "";
            }

            current = current.Length == 0 ? block : current + "\n\n" + block;
        }

        if (current.Length > 0)
        {
            yield return current;
        }
    }

    /// <summary>
    /// A passage's share of the question's weight with its item's title and heading (whole), and in
    /// its own words (own: a term's or question's title is its own). The passage is folded once.
    /// </summary>
    private static (Passage passage, double whole, double own) Score(IReadOnlyList<WeighedTerm> terms, Passage passage, double total)
    {
        var body = Folded(MarkdownText.ToPlainText(passage.Markdown));
        var titled = Folded($"{passage.Source.Title}\n{passage.Heading}").Concat(body).ToList();
        var whole = terms.Where(t => Holds(titled, t.Term)).Sum(t => t.Weight) / total;
        var own = passage.Source.Kind is ContentKind.Term or ContentKind.Question ? whole : terms.Where(t => Holds(body, t.Term)).Sum(t => t.Weight) / total;
        return (passage, whole, own);

        static string[] Folded(string text) => SearchFolding.Text(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Whether folded words hold a term: a word beginning with its stem, or a phrase's characters one after another.</summary>
    public static bool Holds(IReadOnlyList<string> words, SearchTerm term)
    {
        if (!term.IsPhrase)
        {
            return words.Any(term.Finds);
        }

        var characters = term.Characters;
        for (var i = 0; i + characters.Count <= words.Count; i++)
        {
            var all = true;
            for (var j = 0; j < characters.Count && all; j++)
            {
                all = string.Equals(words[i + j], characters[j], StringComparison.Ordinal);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
