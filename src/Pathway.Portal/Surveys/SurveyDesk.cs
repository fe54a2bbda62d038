using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform;
using Pathway.Platform.Localization;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Portal.Assistant;
using Pathway.Portal.Content;
using Pathway.Portal.DecisionTrees;
using Pathway.Portal.Glossary;

namespace Pathway.Portal.Surveys;

/// <summary>One question as a reader sees it, in <see cref="Language"/>: its options' HTML for a question with choices.</summary>
public sealed record SurveyQuestionView(int Number, string Key, string Title, string Html, string Language, SurveyQuestionKind Kind, bool Required, IReadOnlyList<string> Options);

/// <summary>A published survey as a reader sees it: the introduction and the questions in their language or the fallback.</summary>
public sealed record SurveyView(
    PublishedContent Content, string IntroductionHtml, IReadOnlyList<SurveyQuestionView> Questions, IReadOnlyList<GlossaryTerm> Terms, SurveyState State, DateOnly? OpensOn, DateOnly? ClosesOn);

/// <summary>How one question was answered: per option (or point of the scale) how many chose it, and the latest words given.</summary>
public sealed record QuestionResult(int Number, string Key, string Title, SurveyQuestionKind Kind, int Answered, IReadOnlyList<OptionCount> Counts, double? Average, IReadOnlyList<string> LatestTexts);

/// <summary>An option's (or a point's) label in the survey's source language, and how many chose it.</summary>
public sealed record OptionCount(string Label, int Count);

/// <summary>How many responded while reading in one language.</summary>
public sealed record LanguageCount(string Language, int Responses);

/// <summary>
/// A survey's results: its title in its source language, how many responded and how each question
/// was answered: by everyone, or by those who read it in <see cref="ReadIn"/>; and how many responded
/// in each language (always of everyone).
/// </summary>
public sealed record SurveyResults(Guid Id, string Title, string Language, int Responses, IReadOnlyList<QuestionResult> Questions, string? ReadIn, IReadOnlyList<LanguageCount> Languages);

/// <summary>The days a survey takes answers (either end may be open), and whether it does today.</summary>
public sealed record SurveyWindowAnswer(DateOnly? OpensOn, DateOnly? ClosesOn, SurveyState State);

/// <summary>A survey in the list of results: its title in its source language and how many responded.</summary>
public sealed record SurveySummary(Guid Id, string Slug, string Title, string Language, int Responses);

/// <summary>
/// Surveys on the portal: a content item of kind Survey whose "## " sections are its questions and
/// whose first list under each its options, translated like any text; the shape (how each question
/// is answered, whether it must be) is the same in every language. Readers answer anonymously; words
/// they write are kept scrubbed of names and numbers.
/// </summary>
public sealed class SurveyDesk(
    PathwayDbContext db, ITenantScopeAccessor scope, ContentDesk content, GlossaryTerms glossary, AssistantDesk assistant, OrganisationDirectory directory, TimeProvider clock)
{
    /// <summary>The latest free-text answers the results show per question.</summary>
    public const int LatestTextsShown = 20;

    private IQueryable<ContentItem> Items => db.Set<ContentItem>().Include(i => i.Texts).Where(i => i.TenantId == scope.Current.TenantId && i.Kind == ContentKind.Survey);

    public async Task<IReadOnlyList<SurveyQuestion>> ShapeAsync(Guid itemId, CancellationToken cancellationToken = default) =>
        await db.Set<SurveyQuestion>().AsNoTracking().Where(q => q.ItemId == itemId).OrderBy(q => q.Number).ToListAsync(cancellationToken);

    /// <summary>Replaces a survey's shape, made on its <paramref name="version"/>; each problem lands in <paramref name="errors"/>.</summary>
    public async Task<ContentOutcome?> SaveShapeAsync(Guid id, int version, IReadOnlyList<SurveyQuestionRequest?>? requests, ClaimsPrincipal by, FieldErrors errors, CancellationToken cancellationToken = default)
    {
        var item = await Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return new ContentOutcome.NotFound();
        }

        var texts = TreeSections.Split(item.Source!.Body).Questions;
        if (SurveyRules.CheckShape(requests, texts, errors) is not { } shape)
        {
            return null;
        }

        var existing = await db.Set<SurveyQuestion>().Where(q => q.ItemId == id).ToListAsync(cancellationToken);
        return await content.ChangeAsync(id, version, by, "survey", (changed, _, _) =>
        {
            // The source may have changed since it was read above: the version says so (Stale).
            db.RemoveRange(existing);
            db.AddRange(shape.Select((q, i) => new SurveyQuestion
            {
                ItemId = changed.Id, TenantId = changed.TenantId, Number = i + 1, Key = q.Key, Kind = q.Kind, Required = q.Required,
            }));
            return null;
        }, cancellationToken);
    }

    /// <summary>The days a survey of this office takes answers, and whether it does today; null when there is no such survey.</summary>
    public async Task<SurveyWindowAnswer?> WindowAsync(Guid itemId, CancellationToken cancellationToken = default)
    {
        if (!await Items.AnyAsync(i => i.Id == itemId, cancellationToken))
        {
            return null;
        }

        var window = await db.Set<SurveyWindow>().AsNoTracking().FirstOrDefaultAsync(w => w.ItemId == itemId, cancellationToken);
        return new SurveyWindowAnswer(window?.OpensOn, window?.ClosesOn, SurveyWindow.StateOn(window, await directory.TodayOfAsync(scope.Current.TenantId, cancellationToken)));
    }

    /// <summary>Sets the days a survey takes answers (checked by <see cref="SurveyRules.CheckWindow"/>), made on its <paramref name="version"/>.</summary>
    public async Task<ContentOutcome> SaveWindowAsync(Guid id, int version, DateOnly? opensOn, DateOnly? closesOn, ClaimsPrincipal by, CancellationToken cancellationToken = default)
    {
        if (!await Items.AnyAsync(i => i.Id == id, cancellationToken))
        {
            return new ContentOutcome.NotFound();
        }

        var window = await db.Set<SurveyWindow>().FirstOrDefaultAsync(w => w.ItemId == id, cancellationToken);
        return await content.ChangeAsync(id, version, by, "survey window", (changed, _, _) =>
        {
            if (window is null)
            {
                db.Add(new SurveyWindow { ItemId = changed.Id, TenantId = changed.TenantId, OpensOn = opensOn, ClosesOn = closesOn });
            }
            else
            {
                (window.OpensOn, window.ClosesOn) = (opensOn, closesOn);
            }

            return null;
        }, cancellationToken);
    }

    /// <summary>A published survey in <paramref name="language"/> or the fallback; null when there is none by that address or it has no shape that fits its text.</summary>
    public async Task<SurveyView?> ReadAsync(string slug, string language, CancellationToken cancellationToken = default)
    {
        if (await AskedAsync(slug, language, cancellationToken) is not { } asked)
        {
            return null;
        }

        var (item, published, shape, source, window, state) = asked;

        var (introduction, texts) = TreeSections.Split(item.In(published.Language)!.Body);
        var textLanguage = published.Language;
        if (texts.Count != source.Count || texts.Zip(source).Any(p => p.First.Answers.Count != p.Second.Answers.Count))
        {
            // A translation with other questions or options than the source: the source's words rather than misplaced ones.
            (texts, textLanguage) = (source, item.SourceLanguage);
        }

        var terms = await glossary.ForAsync(language, [introduction, .. texts.Select(t => t.Explanation)], cancellationToken);
        var questions = shape.Select((q, i) => new SurveyQuestionView(
            q.Number, q.Key, texts[i].Title, MarkdownText.ToHtml(texts[i].Explanation, terms), textLanguage, q.Kind, q.Required,
            // An option is a label: a term's button cannot be inside it, so its mentions read as words.
            [.. texts[i].Answers.Select(a => MarkdownText.ToHtml(a))])).ToList();
        return new SurveyView(published, MarkdownText.ToHtml(introduction, terms), questions, terms.Used, state, window?.OpensOn, window?.ClosesOn);
    }

    /// <summary>
    /// Keeps a reader's answers: null when there is no such survey; false with the problems in
    /// <paramref name="errors"/>: the answers' under <c>answers[n]</c>, a survey not open today under <c>survey</c>.
    /// </summary>
    public async Task<bool?> AnswerAsync(string slug, string language, IReadOnlyDictionary<int, IReadOnlyList<string?>> given, FieldErrors errors, CancellationToken cancellationToken = default)
    {
        // The survey as it is asked, without putting its words into HTML: the answers are checked against its shape and options.
        if (await AskedAsync(slug, language, cancellationToken) is not { } asked)
        {
            return null;
        }

        var (item, _, shape, source, window, state) = asked;

        if (state != SurveyState.Open)
        {
            if (state == SurveyState.NotYetOpen)
            {
                errors.Add("survey", "This survey takes answers from {0}.", window!.OpensOn!.Value.ToString("D", CultureInfo.CurrentCulture));
            }
            else
            {
                errors.Add("survey", "This survey closed on {0}: it takes no more answers.", window!.ClosesOn!.Value.ToString("D", CultureInfo.CurrentCulture));
            }

            return false;
        }

        if (SurveyRules.CheckAnswers(shape, [.. source.Select(q => q.Answers.Count)], given, errors) is not { } rows)
        {
            return false;
        }

        var response = new SurveyResponse { TenantId = scope.Current.TenantId, ItemId = item.Id, Language = language, At = clock.GetUtcNow().UtcDateTime };
        foreach (var (question, choice, words) in rows)
        {
            var kept = words is null ? null : await assistant.ScrubAsync(words, language, cancellationToken);
            response.Answers.Add(new SurveyAnswer { ResponseId = response.Id, Question = question, Choice = choice, Text = kept is null ? null : Cut(kept) });
        }

        response.Told(await directory.ZoneOfAsync(response.TenantId, cancellationToken));
        db.Add(response);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The office's surveys, newest first, with how many responded to each.</summary>
    public async Task<IReadOnlyList<SurveySummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var items = await Items.AsNoTracking().OrderByDescending(i => i.CreatedAt).ToListAsync(cancellationToken);
        var ids = items.Select(i => i.Id).ToList();
        var counts = await db.Set<SurveyResponse>().Where(r => ids.Contains(r.ItemId)).GroupBy(r => r.ItemId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. items.Select(i => new SurveySummary(i.Id, i.Slug, i.Source!.Title, i.SourceLanguage, counts.GetValueOrDefault(i.Id)))];
    }

    /// <summary>
    /// A survey's results, labelled in its source language: of everyone, or of those who read it in
    /// <paramref name="readIn"/> (a language code); null when the item is no survey of this office.
    /// </summary>
    public async Task<SurveyResults?> ResultsAsync(Guid itemId, string? readIn = null, CancellationToken cancellationToken = default)
    {
        var item = await Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var shape = await ShapeAsync(itemId, cancellationToken);
        var texts = TreeSections.Split(item.Source!.Body).Questions;
        var languages = await db.Set<SurveyResponse>().Where(r => r.ItemId == itemId).GroupBy(r => r.Language)
            .Select(g => new LanguageCount(g.Key, g.Count())).ToListAsync(cancellationToken);
        var counted = db.Set<SurveyResponse>().Where(r => r.ItemId == itemId && (readIn == null || r.Language == readIn));
        var responses = await counted.CountAsync(cancellationToken);
        var answers = db.Set<SurveyAnswer>().AsNoTracking().Where(a => counted.Any(r => r.Id == a.ResponseId));
        var counts = await answers.Where(a => a.Choice != null).GroupBy(a => new { a.Question, a.Choice })
            .Select(g => new { g.Key.Question, g.Key.Choice, Count = g.Count() }).ToListAsync(cancellationToken);
        var answered = await answers.GroupBy(a => a.Question).Select(g => new { Question = g.Key, Responses = g.Select(a => a.ResponseId).Distinct().Count() })
            .ToDictionaryAsync(g => g.Question, g => g.Responses, cancellationToken);
        var results = new List<QuestionResult>();
        foreach (var question in shape)
        {
            var text = question.Number <= texts.Count ? texts[question.Number - 1] : null;
            var labels = question.Kind switch
            {
                SurveyQuestionKind.Scale => Enumerable.Range(1, SurveyQuestion.ScaleTop).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList(),
                SurveyQuestionKind.Text => [],
                _ => text?.Answers.Select(a => MarkdownText.ToPlainText(a).Trim()).ToList() ?? [],
            };
            var byChoice = counts.Where(c => c.Question == question.Number).ToDictionary(c => c.Choice!.Value, c => c.Count);
            var optionCounts = labels.Select((label, i) => new OptionCount(label, byChoice.GetValueOrDefault(i + 1))).ToList();
            var scaleTotal = optionCounts.Sum(o => o.Count);
            double? average = question.Kind == SurveyQuestionKind.Scale && scaleTotal > 0
                ? optionCounts.Select((o, i) => (i + 1.0) * o.Count).Sum() / scaleTotal
                : null;
            var latest = question.Kind == SurveyQuestionKind.Text
                ? await answers.Where(a => a.Question == question.Number && a.Text != null).OrderByDescending(a => a.Id).Take(LatestTextsShown).Select(a => a.Text!).ToListAsync(cancellationToken)
                : [];
            results.Add(new QuestionResult(question.Number, question.Key, text?.Title ?? question.Key, question.Kind, answered.GetValueOrDefault(question.Number), optionCounts, average, latest));
        }

        return new SurveyResults(item.Id, item.Source!.Title, item.SourceLanguage, responses, results, readIn,
            [.. languages.OrderByDescending(l => l.Responses).ThenBy(l => l.Language, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Every response as a CSV row (RFC 4180): when, the language read in, then one column per
    /// question by its key: the options' numbers (several joined by ";"), the point of the scale, or
    /// the words. A cell that a spreadsheet would read as a formula is prefixed with an apostrophe.
    /// </summary>
    public async Task<string?> CsvAsync(Guid itemId, CancellationToken cancellationToken = default)
    {
        if (!await Items.AnyAsync(i => i.Id == itemId, cancellationToken))
        {
            return null;
        }

        var shape = await ShapeAsync(itemId, cancellationToken);
        var responses = await db.Set<SurveyResponse>().AsNoTracking().Include(r => r.Answers).Where(r => r.ItemId == itemId).OrderBy(r => r.At).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var csv = new StringBuilder();
        csv.Append("response,at,language");
        foreach (var question in shape)
        {
            csv.Append(',').Append(CsvField.Quote(question.Key));
        }

        csv.Append("\r\n");
        foreach (var response in responses)
        {
            csv.Append(response.Id).Append(',').Append(response.At.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append(',').Append(response.Language);
            foreach (var question in shape)
            {
                var given = response.Answers.Where(a => a.Question == question.Number).ToList();
                var cell = question.Kind == SurveyQuestionKind.Text
                    ? given.FirstOrDefault()?.Text ?? ""
                    : string.Join(';', given.Where(a => a.Choice is not null).OrderBy(a => a.Choice).Select(a => a.Choice!.Value.ToString(CultureInfo.InvariantCulture)));
                csv.Append(',').Append(CsvField.Quote(Inert(cell)));
            }

            csv.Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>
    /// A published survey whose shape fits its source text, with the source's questions (whose
    /// options every translation shown has as many of); null when there is none by that address, it has
    /// no shape yet, or the source changed after it: nothing half right is asked.
    /// </summary>
    private async Task<(ContentItem Item, PublishedContent Published, IReadOnlyList<SurveyQuestion> Shape, IReadOnlyList<QuestionText> Source, SurveyWindow? Window, SurveyState State)?> AskedAsync(
        string slug, string language, CancellationToken cancellationToken)
    {
        var item = await Items.AsNoTracking().FirstOrDefaultAsync(i => i.Slug == slug, cancellationToken);
        if (item is null || ContentDesk.Read(item, language) is not { } published)
        {
            return null;
        }

        var shape = await ShapeAsync(item.Id, cancellationToken);
        var source = TreeSections.Split(item.Source!.Body).Questions;
        if (shape.Count == 0 || !Fits(source, shape))
        {
            return null;
        }

        var window = await db.Set<SurveyWindow>().AsNoTracking().FirstOrDefaultAsync(w => w.ItemId == item.Id, cancellationToken);
        // Today in the office's calendar: a survey open until a day takes answers all of that day there.
        return (item, published, shape, source, window, SurveyWindow.StateOn(window, await directory.TodayOfAsync(scope.Current.TenantId, cancellationToken)));
    }

    private static bool Fits(IReadOnlyList<QuestionText> texts, IReadOnlyList<SurveyQuestion> shape) =>
        texts.Count == shape.Count && texts.Zip(shape).All(p => p.Second.Kind is SurveyQuestionKind.OneChoice or SurveyQuestionKind.ManyChoices
            ? p.First.Answers.Count >= 2
            : p.First.Answers.Count == 0);

    private static string Inert(string cell) => cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal) ? "'" + cell : cell;

    private static string Cut(string text) => text.Length <= SurveyAnswer.MaxTextLength ? text : text[..(SurveyAnswer.MaxTextLength - 1)] + "…";
}
