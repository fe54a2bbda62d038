using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pathway.Platform.Localization;
using Pathway.Platform.Outbox;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Portal.Content;
using Pathway.Portal.Search;
using Pathway.Portal.Services;

namespace Pathway.Portal.Assistant;

/// <summary>An item an answer comes from, as the reader can open it.</summary>
public sealed record AnswerSourceLink(ContentKind Kind, string Slug, string Language, string Title, string Path);

/// <summary>A service the reader may ask instead, with how to reach it.</summary>
public sealed record HandOverService(string Slug, string Language, string Title, string? Phone, string? Email, string Address, string OpeningHours);

/// <summary>The people the assistant hands over to when it does not know: the helpline, and advice services that speak the reader's language.</summary>
public sealed record HandOver(string? HelplineName, string? HelplinePhone, IReadOnlyList<HandOverService> Services);

/// <summary>One question and what the assistant said, as the reader sees it.</summary>
public sealed record AssistantReply(
    Guid ConversationId, Guid TurnId, int Position, string Question, bool Answered, double Confidence,
    string? Answer, string? AnswerLanguage, bool Rephrased, IReadOnlyList<AnswerSourceLink> Sources, bool? Helpful);

/// <summary>A question readers asked (as kept), how often, and how the assistant fared.</summary>
public sealed record AskedQuestion(string Question, string Language, int Asked, int Answered, int NotHelpful, DateTime LastAsked);

/// <summary>
/// The assistant: answers a question from the published questions and answers, glossary, procedures
/// and guides in the reader's language (<see cref="AnswerRetrieval"/>), always with its sources, and
/// hands over to a person when it is not confident. Every turn is kept, scrubbed of personal data
/// (<see cref="QuestionScrubber"/>), for the editors' view of what the portal does not answer.
/// </summary>
public sealed class AssistantDesk(
    PathwayDbContext db, ITenantScopeAccessor scope, ContentSearch search, ServiceDesk services, AnswerRephraser rephraser,
    IOptions<AssistantOptions> options, OrganisationDirectory directory, TimeProvider clock)
{
    /// <summary>A conversation holds at most this many questions; the next starts a new one.</summary>
    public const int MaxTurns = 50;

    /// <summary>The editors' view covers this many days.</summary>
    public const int QuestionsDays = 90;

    /// <summary>At most this many of a question's words are looked up to tell names from the portal's words.</summary>
    private const int MaxWordsLookedUp = 40;

    private static readonly ContentKind[] AnswerKinds = [ContentKind.Question, ContentKind.Term, ContentKind.Procedure, ContentKind.Article, ContentKind.Document, ContentKind.News];

    /// <summary>
    /// Words a reader wrote (a question, a survey's answer) as they may be kept: e-mail addresses and
    /// numbers taken out, and capitalised words no published text uses (names, mostly) replaced.
    /// </summary>
    public async Task<string> ScrubAsync(string words, string language, CancellationToken cancellationToken = default)
    {
        var subject = QuestionScrubber.WithoutContacts(words);
        var looked = await LookUpAsync(subject, QuestionTerms.Of(subject, language), language, cancellationToken);
        return QuestionScrubber.Scrub(words, w => looked.TryGetValue(w, out var l) && l.Frequency > 0, language);
    }

    public async Task<AssistantReply> AskAsync(Guid? conversationId, string question, string language, CancellationToken cancellationToken = default)
    {
        var texts = await search.TextsShownAsync(language, cancellationToken);
        var subject = QuestionScrubber.WithoutContacts(question);
        var questionTerms = QuestionTerms.Of(subject, language);
        var looked = await LookUpAsync(subject, questionTerms, language, cancellationToken);
        var resolved = questionTerms
            .Select(t => looked.TryGetValue(t.Folded, out var found) ? found : (Term: t, Frequency: 0))
            .Where(t => t.Frequency > 0 || !QuestionScrubber.IsLikelyName(question, t.Term.Typed))
            .ToList();
        var terms = resolved.Select(t => new WeighedTerm(t.Term, AnswerRetrieval.Weight(t.Frequency, texts))).ToList();
        // The search looks for the rarest known words; a word no text holds would only find nothing.
        var known = resolved.Where(t => t.Frequency > 0).OrderBy(t => t.Frequency).Select(t => t.Term).Take(SearchQuery.MaxTerms).ToList();
        var candidates = known.Count == 0 ? [] : await CandidatesAsync(known, language, cancellationToken);
        var found = AnswerRetrieval.Choose(terms, candidates);
        var kept = Cut(QuestionScrubber.Scrub(question, w => looked.TryGetValue(w, out var l) && l.Frequency > 0, language), QuestionTerms.MaxLength);

        string? answer = null;
        var rephrased = false;
        if (found.IsConfident)
        {
            var passage = found.Best!;
            answer = Cut(passage.Heading is null ? MarkdownText.ToPlainText(passage.Markdown).Trim() : $"{passage.Heading}\n\n{MarkdownText.ToPlainText(passage.Markdown).Trim()}");
            var sources = found.Sources.Select((s, i) => (s.Title, i == 0 ? answer : Cut(MarkdownText.ToPlainText(s.Body)))).ToList();
            if (await rephraser.RephraseAsync(kept, SupportedCultures.ByCode(language)?.Culture.EnglishName ?? language, sources, cancellationToken) is { } words)
            {
                answer = words;
                rephrased = true;
            }
        }

        var zone = await directory.ZoneOfAsync(scope.Current.TenantId, cancellationToken);
        AssistantTurn Turn((Guid Conversation, int Position) place)
        {
            var made = new AssistantTurn
            {
                TenantId = scope.Current.TenantId, ConversationId = place.Conversation, Position = place.Position, Language = language, Question = kept,
                Answered = answer is not null, Confidence = Math.Round(found.Confidence, 3), Answer = answer, AnswerLanguage = answer is null ? null : found.Best!.Source.Language,
                Rephrased = rephrased, Sources = SpacedList.Of(answer is null ? [] : found.Sources.Select(s => s.Slug)), AskedAt = clock.GetUtcNow().UtcDateTime,
            };
            made.Told(zone);
            return made;
        }

        var turn = Turn(await PlaceAsync(conversationId, cancellationToken));
        db.Add(turn);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same conversation asked twice at once (a double click): the other took this
            // place, so this one takes the next.
            db.Entry(turn).State = EntityState.Detached;
            // Its facts were put in the outbox with it: they go with it, and the next turn tells its own.
            foreach (var told in db.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added).ToList())
            {
                told.State = EntityState.Detached;
            }

            turn = Turn(await PlaceAsync(conversationId, cancellationToken));
            db.Add(turn);
            await db.SaveChangesAsync(cancellationToken);
        }

        return Reply(turn, answer is null ? [] : [.. found.Sources.Select(Link)]);
    }

    /// <summary>Where a new turn goes: after the conversation's last one, or first in a new conversation when there is none or it is full.</summary>
    private async Task<(Guid Conversation, int Position)> PlaceAsync(Guid? conversationId, CancellationToken cancellationToken)
    {
        if (conversationId is not { } id)
        {
            return (Guid.NewGuid(), 1);
        }

        var count = await db.Set<AssistantTurn>().CountAsync(t => t.TenantId == scope.Current.TenantId && t.ConversationId == id, cancellationToken);
        return count is > 0 and < MaxTurns ? (id, count + 1) : (Guid.NewGuid(), 1);
    }

    /// <summary>A conversation's turns, oldest first, with their sources titled in the reader's language; empty when there is none.</summary>
    public async Task<IReadOnlyList<AssistantReply>> ConversationAsync(Guid conversationId, string language, CancellationToken cancellationToken = default)
    {
        var turns = await db.Set<AssistantTurn>().AsNoTracking()
            .Where(t => t.TenantId == scope.Current.TenantId && t.ConversationId == conversationId).OrderBy(t => t.Position).ToListAsync(cancellationToken);
        if (turns.Count == 0)
        {
            return [];
        }

        var slugs = turns.SelectMany(t => t.SourceSlugs).Distinct(StringComparer.Ordinal).ToList();
        var items = await db.Set<ContentItem>().AsNoTracking().Include(i => i.Texts)
            .Where(i => i.TenantId == scope.Current.TenantId && slugs.Contains(i.Slug)).ToListAsync(cancellationToken);
        var shown = items.Select(i => ContentDesk.Read(i, language)).OfType<PublishedContent>().ToDictionary(p => p.Slug, StringComparer.Ordinal);
        return [.. turns.Select(t => Reply(t, [.. t.SourceSlugs.Where(shown.ContainsKey).Select(s => shown[s]).Select(p => new AnswerSourceLink(p.Kind, p.Slug, p.Language, p.Title, SearchApi.PathOf(p.Kind, p.Slug)))]))];
    }

    /// <summary>The reader's word on an answer; false when the conversation has no such turn.</summary>
    public async Task<bool> MarkAsync(Guid conversationId, Guid turnId, bool helpful, CancellationToken cancellationToken = default) =>
        await db.Set<AssistantTurn>().Where(t => t.TenantId == scope.Current.TenantId && t.ConversationId == conversationId && t.Id == turnId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Helpful, helpful), cancellationToken) > 0;

    /// <summary>Who to ask instead: the configured helpline, and up to three legal-advice services, those speaking the reader's language first.</summary>
    public async Task<HandOver> HandOverAsync(string language, CancellationToken cancellationToken = default)
    {
        // One reading of the directory; a stable order puts those speaking the language first, each group by name.
        var advice = (await services.DirectoryAsync(language, new ServiceFilter(ServiceCategory.LegalAdvice), cancellationToken)).Services;
        var offered = advice.OrderBy(s => !s.Details.LanguageCodes.Contains(language, StringComparer.Ordinal)).Take(3)
            .Select(s => new HandOverService(s.Content.Slug, s.Content.Language, s.Content.Title, s.Details.Phone, s.Details.Email, s.Details.Address, s.Details.OpeningHours)).ToList();
        return new HandOver(options.Value.HelplineName, options.Value.HelplinePhone, offered);
    }

    /// <summary>The questions of the last <see cref="QuestionsDays"/> days, the same question (folded) counted once per language, most asked first.</summary>
    public async Task<IReadOnlyList<AskedQuestion>> QuestionsAsync(bool unansweredOnly, CancellationToken cancellationToken = default)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-QuestionsDays);
        var turns = await db.Set<AssistantTurn>().AsNoTracking()
            .Where(t => t.TenantId == scope.Current.TenantId && t.AskedAt >= since)
            .OrderByDescending(t => t.AskedAt).Take(10_000)
            .Select(t => new { t.Question, t.Language, t.Answered, t.Helpful, t.AskedAt }).ToListAsync(cancellationToken);
        return [.. turns.GroupBy(t => (t.Language, Key: SearchFolding.Text(t.Question)))
            .Select(g => new AskedQuestion(g.First().Question, g.Key.Language, g.Count(), g.Count(t => t.Answered), g.Count(t => t.Helpful == false), g.Max(t => t.AskedAt)))
            .Where(q => !unansweredOnly || q.Answered < q.Asked || q.NotHelpful > 0)
            .OrderByDescending(q => q.Asked - q.Answered + q.NotHelpful).ThenByDescending(q => q.Asked).ThenByDescending(q => q.LastAsked)];
    }

    /// <summary>
    /// Each word of the question (its terms and, to tell names from the portal's words, its other
    /// words) by its folded form: the term the texts know it by and how many texts hold it. A word
    /// no text holds is tried again by a shorter beginning, down to four letters, for the inflected
    /// forms whose stems change ("zgubiłem" is found as "zgubi…" of "zgubię"); a subject the portal
    /// never mentions stays unknown ("asylum" is not "asyl…" of anything).
    /// </summary>
    private async Task<Dictionary<string, (SearchTerm Term, int Frequency)>> LookUpAsync(
        string question, IReadOnlyList<SearchTerm> terms, string language, CancellationToken cancellationToken)
    {
        var lookups = terms.ToList();
        foreach (var word in SearchFolding.Words(question))
        {
            var typed = question.Substring(word.Start, word.Length);
            var folded = SearchFolding.Word(typed);
            if (folded.Length > 0 && !StopWords.Contains(language, folded) && typed.Count(char.IsDigit) < 3 && !lookups.Any(t => t.Folded == folded))
            {
                lookups.Add(word.IsHan ? new SearchTerm(typed, folded, IsPhrase: true) : QuestionTerms.Word(typed, folded));
            }
        }

        var looked = new Dictionary<string, (SearchTerm, int)>(StringComparer.Ordinal);
        var asked = lookups.Take(MaxWordsLookedUp).ToList();
        var counts = await search.DocumentFrequenciesAsync(asked, language, cancellationToken);
        var tried = asked.Select((term, i) => (Original: term, Found: term, Frequency: counts[i])).ToList();
        // Shorter beginnings, one letter at a time, for the words no text holds: all of one length in one query.
        for (var cut = 1; ; cut++)
        {
            var retry = tried.Select((t, i) => (t, i)).Where(x => x.t.Frequency == 0 && !x.t.Original.IsPhrase && x.t.Original.Folded.Length - cut - 2 >= 4).ToList();
            if (retry.Count == 0)
            {
                break;
            }

            var shorter = retry.Select(x => x.t.Original with { Folded = x.t.Original.Folded[..^cut] }).ToList();
            var found = await search.DocumentFrequenciesAsync(shorter, language, cancellationToken);
            for (var k = 0; k < retry.Count; k++)
            {
                tried[retry[k].i] = (retry[k].t.Original, shorter[k], found[k]);
            }
        }

        foreach (var (original, found, frequency) in tried)
        {
            looked[original.Folded] = frequency > 0 ? (found, frequency) : (original, 0);
        }

        return looked;
    }

    /// <summary>The published texts the search finds for the question's known words, of the kinds that answer questions, in the search's order.</summary>
    private async Task<IReadOnlyList<AnswerSource>> CandidatesAsync(IReadOnlyList<SearchTerm> terms, string language, CancellationToken cancellationToken)
    {
        var hits = (await search.SearchAsync(terms, language, kind: null, page: 1, cancellationToken)).Hits.Where(h => AnswerKinds.Contains(h.Kind)).ToList();
        var ids = hits.Select(h => h.Id).ToList();
        var items = await db.Set<ContentItem>().AsNoTracking().Include(i => i.Texts)
            .Where(i => i.TenantId == scope.Current.TenantId && ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        return [.. hits.Where(h => items.ContainsKey(h.Id)).Select(h => items[h.Id]).Select(i => (item: i, shown: ContentDesk.ShownLanguage(i, language)))
            .Where(s => s.shown is not null)
            .Select(s => s.item.In(s.shown!)!)
            .Select(t => new AnswerSource(t.ItemId, items[t.ItemId].Kind, items[t.ItemId].Slug, t.Language, t.Title, t.Body))];
    }

    private static AnswerSourceLink Link(AnswerSource source) => new(source.Kind, source.Slug, source.Language, source.Title, SearchApi.PathOf(source.Kind, source.Slug));

    private static AssistantReply Reply(AssistantTurn turn, IReadOnlyList<AnswerSourceLink> sources) => new(
        turn.ConversationId, turn.Id, turn.Position, turn.Question, turn.Answered, turn.Confidence, turn.Answer, turn.AnswerLanguage, turn.Rephrased, sources, turn.Helpful);

    private static string Cut(string text, int length = AssistantTurn.MaxAnswerLength) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
