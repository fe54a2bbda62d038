using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Casework;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Portal.Content;
using Pathway.Portal.Glossary;
using Pathway.Portal.Procedures;

namespace Pathway.Portal.DecisionTrees;

/// <summary>One answer as a reader sees it: its words, and where it leads.</summary>
public sealed record AnswerView(int Number, string Html, string? LeadsTo, ItemLink? Procedure, string? ApplicationType);

/// <summary>One question as a reader sees it, in <see cref="Language"/>.</summary>
public sealed record QuestionView(int Number, string Key, string Title, string Html, string Language, IReadOnlyList<AnswerView> Answers);

/// <summary>A published decision tree as a reader sees it: the introduction and the questions in their language or the fallback.</summary>
public sealed record TreeView(PublishedContent Content, string IntroductionHtml, IReadOnlyList<QuestionView> Questions, IReadOnlyList<GlossaryTerm> Terms)
{
    public QuestionView? Question(string? key) => key is null ? Questions.FirstOrDefault() : Questions.FirstOrDefault(q => q.Key == key);

    /// <summary>The question asked at <paramref name="key"/>: the first when the key names none (a broken address starts again).</summary>
    public QuestionView Asked(string? key) => Question(key) ?? Questions[0];

    /// <summary>The answer chosen to the question asked, when it ends in a procedure; null while the walk goes on.</summary>
    public AnswerView? Outcome(string? key, int? chosen) =>
        chosen is { } n && Asked(key).Answers.FirstOrDefault(a => a.Number == n) is { Procedure: not null } answer ? answer : null;
}

/// <summary>
/// "Which permit fits me?": decision trees editors keep as data, each answer leading to a later
/// question or to the procedure that may fit, shown with the real processing times of its
/// application type. It informs; it does not advise.
/// </summary>
public sealed class TreeDesk(PathwayDbContext db, ITenantScopeAccessor scope, ContentDesk content, GlossaryTerms glossary, IEnumerable<IPublishedProcessingTimes> times)
{
    private IQueryable<ContentItem> Items => db.Set<ContentItem>().Include(i => i.Texts).Where(i => i.TenantId == scope.Current.TenantId);

    public async Task<IReadOnlyList<TreeAnswer>> AnswersAsync(Guid itemId, CancellationToken cancellationToken = default) =>
        await db.Set<TreeAnswer>().AsNoTracking().Where(a => a.ItemId == itemId).OrderBy(a => a.Question).ThenBy(a => a.Answer).ToListAsync(cancellationToken);

    /// <summary>Replaces a tree's shape, made on its <paramref name="version"/>: as many questions and answers as its source text has, ending only in procedures the portal has.</summary>
    public async Task<ContentOutcome> SaveAsync(Guid id, int version, IReadOnlyList<TreeQuestionInput> questions, ClaimsPrincipal by, CancellationToken cancellationToken = default)
    {
        var named = questions.SelectMany(q => q.Answers).Select(a => a.Procedure).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var procedures = await Items.Where(i => i.Kind == ContentKind.Procedure && named.Contains(i.Slug)).Select(i => i.Slug).ToListAsync(cancellationToken);
        foreach (var (question, i) in questions.Select((q, i) => (q, i)))
        {
            var unknown = question.Answers.Select((a, j) => (a, j)).FirstOrDefault(p => p.a.Procedure is { } slug && !procedures.Contains(slug, StringComparer.Ordinal));
            if (unknown.a is not null)
            {
                return new ContentOutcome.Refused(
                    string.Create(CultureInfo.InvariantCulture, $"questions[{i}].answers[{unknown.j}].procedure"), "The portal has no procedure at this address.");
            }
        }

        var existing = await db.Set<TreeAnswer>().Where(a => a.ItemId == id).ToListAsync(cancellationToken);
        return await content.ChangeAsync(id, version, by, "tree", (item, _, _) =>
        {
            if (item.Kind != ContentKind.DecisionTree)
            {
                return new ContentOutcome.Refused("questions", "Only a decision tree has questions and answers.");
            }

            var texts = TreeSections.Split(item.Source!.Body).Questions;
            if (texts.Count != questions.Count || texts.Zip(questions).Any(p => p.First.Answers.Count != p.Second.Answers.Count))
            {
                return new ContentOutcome.Refused("questions", "The text has other questions or answers (its \"## \" headings and their lists) than this shape: make them match.");
            }

            db.RemoveRange(existing);
            db.AddRange(questions.SelectMany((q, i) => q.Answers.Select((a, j) => new TreeAnswer
            {
                ItemId = item.Id, TenantId = item.TenantId, Question = i + 1, Answer = j + 1, QuestionKey = q.Key,
                LeadsTo = a.LeadsTo, Procedure = a.Procedure, ApplicationType = a.ApplicationType,
            })));
            return null;
        }, cancellationToken);
    }

    /// <summary>A published tree in <paramref name="language"/> or the fallback; null when there is none by that address (or it has no shape yet).</summary>
    public async Task<TreeView?> ReadAsync(string slug, string language, CancellationToken cancellationToken = default)
    {
        var item = await Items.AsNoTracking().FirstOrDefaultAsync(i => i.Slug == slug && i.Kind == ContentKind.DecisionTree, cancellationToken);
        if (item is null || ContentDesk.Read(item, language) is not { } published)
        {
            return null;
        }

        var answers = await AnswersAsync(item.Id, cancellationToken);
        if (answers.Count == 0)
        {
            return null;
        }

        var shape = answers.GroupBy(a => a.Question).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
        var (introduction, texts) = TreeSections.Split(item.In(published.Language)!.Body);
        var textLanguage = published.Language;
        if (!Fits(texts, shape) && published.Language != item.SourceLanguage)
        {
            // A translation with other questions or answers than the tree: the source's words rather than misplaced ones.
            (_, texts) = TreeSections.Split(item.Source!.Body);
            textLanguage = item.SourceLanguage;
        }

        if (!Fits(texts, shape))
        {
            return null; // the source was changed after the shape was given: nothing half right is shown
        }

        var slugs = answers.Select(a => a.Procedure).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var procedures = (await Items.AsNoTracking().Where(i => i.Kind == ContentKind.Procedure && slugs.Contains(i.Slug)).ToListAsync(cancellationToken))
            .ToDictionary(i => i.Slug, i => ContentDesk.Read(i, language) is { } p ? new ItemLink(p.Slug, p.Title, p.Language, true) : new ItemLink(i.Slug, i.Slug, "", false), StringComparer.Ordinal);
        var terms = await glossary.ForAsync(language, [introduction, .. texts.Select(t => t.Explanation)], cancellationToken);
        var introductionHtml = MarkdownText.ToHtml(introduction, terms);
        var questions = shape.Select((rows, i) => new QuestionView(
            i + 1, rows[0].QuestionKey, texts[i].Title, MarkdownText.ToHtml(texts[i].Explanation, terms), textLanguage,
            // An answer is a link: a term's button cannot be inside it, so its mentions read as words.
            [.. rows.Select((a, j) => new AnswerView(j + 1, MarkdownText.ToHtml(texts[i].Answers[j]), a.LeadsTo,
                a.Procedure is null ? null : procedures.GetValueOrDefault(a.Procedure), a.ApplicationType))])).ToList();
        return new TreeView(published, introductionHtml, questions, terms.Used);
    }

    /// <summary>The published processing times of an application type; null when no cases module answers.</summary>
    public async Task<PublishedProcessingTime?> TimesAsync(string applicationType, CancellationToken cancellationToken = default) =>
        times.FirstOrDefault() is { } source ? await source.ForAsync(applicationType, cancellationToken) : null;

    private static bool Fits(IReadOnlyList<QuestionText> texts, List<List<TreeAnswer>> shape) =>
        texts.Count == shape.Count && texts.Zip(shape).All(p => p.First.Answers.Count == p.Second.Count);
}
