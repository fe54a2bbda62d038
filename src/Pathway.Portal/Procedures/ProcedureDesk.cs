using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Portal.Content;

namespace Pathway.Portal.Procedures;

/// <summary>A procedure or document another item links to, titled in the reader's language or the fallback.</summary>
public sealed record ItemLink(string Slug, string Title, string Language, bool Published);

/// <summary>A document a step needs or produces, and the procedures that produce it (for a need) or need it (for a product).</summary>
public sealed record DocumentLink(ItemLink Document, IReadOnlyList<ItemLink> Procedures);

/// <summary>One step as a reader sees it: its facts, its words in <see cref="Language"/>, and the numbers of the steps it waits for.</summary>
public sealed record StepView(
    int Number, ProcedureStep Facts, string Title, string Html, string Language, IReadOnlyList<int> After,
    IReadOnlyList<DocumentLink> Needs, IReadOnlyList<DocumentLink> Produces);

/// <summary>How far a migrant is with a procedure they follow: the steps they ticked off that it still has.</summary>
public sealed record ProcedureProgress(ItemLink Procedure, int Done, int Steps, IReadOnlyList<string> DoneSteps, DateTime LastDoneAt);

/// <summary>A published procedure as a reader sees it: the introduction and the steps in their language or the fallback.</summary>
public sealed record ProcedureView(PublishedContent Content, string IntroductionHtml, IReadOnlyList<StepView> Steps, IReadOnlyList<Glossary.GlossaryTerm> Terms);

/// <summary>
/// Guided procedures: editors give a procedure's steps their facts and order; readers get the steps
/// with their words from the body's sections, and the documents that chain procedures together.
/// </summary>
public sealed class ProcedureDesk(PathwayDbContext db, ITenantScopeAccessor scope, ContentDesk content, TimeProvider clock, Glossary.GlossaryTerms glossary)
{
    private IQueryable<ContentItem> Items => db.Set<ContentItem>().Include(i => i.Texts).Where(i => i.TenantId == scope.Current.TenantId);

    public async Task<IReadOnlyList<ProcedureStep>> StepsAsync(Guid itemId, CancellationToken cancellationToken = default) =>
        await db.Set<ProcedureStep>().AsNoTracking().Where(s => s.ItemId == itemId).OrderBy(s => s.Position).ToListAsync(cancellationToken);

    /// <summary>
    /// Replaces the steps of a procedure, made on its <paramref name="version"/>: as many as its
    /// source text has "## " sections, naming only documents the portal has.
    /// </summary>
    public async Task<ContentOutcome> SaveStepsAsync(Guid id, int version, IReadOnlyList<StepInput> steps, ClaimsPrincipal by, CancellationToken cancellationToken = default)
    {
        var named = steps.SelectMany(s => s.Needs.Concat(s.Produces)).Distinct(StringComparer.Ordinal).ToList();
        var documents = await Items.Where(i => i.Kind == ContentKind.Document && named.Contains(i.Slug)).Select(i => i.Slug).ToListAsync(cancellationToken);
        var unknown = steps.Select((s, i) => (s, i)).FirstOrDefault(p => p.s.Needs.Concat(p.s.Produces).Any(d => !documents.Contains(d, StringComparer.Ordinal)));
        if (unknown.s is not null)
        {
            return new ContentOutcome.Refused($"steps[{unknown.i.ToString(System.Globalization.CultureInfo.InvariantCulture)}].needs", "A step names a document the portal does not have: add it as an item of kind Document first.");
        }

        var existing = await db.Set<ProcedureStep>().Where(s => s.ItemId == id).ToListAsync(cancellationToken);
        return await content.ChangeAsync(id, version, by, "steps", (item, _, _) =>
        {
            if (item.Kind != ContentKind.Procedure)
            {
                return new ContentOutcome.Refused("steps", "Only a procedure has steps.");
            }

            if (ProcedureSections.Count(item.Source!.Body) != steps.Count)
            {
                return new ContentOutcome.Refused("steps", "The text has a different number of steps (its \"## \" headings) than this list: make them match.");
            }

            db.RemoveRange(existing);
            db.AddRange(steps.Select((s, i) => new ProcedureStep
            {
                ItemId = item.Id, TenantId = item.TenantId, Position = i + 1, Key = s.Key, CostAmount = s.CostAmount, CostCurrency = s.CostCurrency,
                PlaceName = s.PlaceName, Address = s.Address, Latitude = s.Latitude, Longitude = s.Longitude, OpeningHours = s.OpeningHours, OnlineUrl = s.OnlineUrl,
                Needs = SpacedList.Of(s.Needs), Produces = SpacedList.Of(s.Produces), After = SpacedList.Of(s.After),
            }));
            return null;
        }, cancellationToken);
    }

    /// <summary>A published procedure in <paramref name="language"/> or the fallback; null when there is none by that address.</summary>
    public async Task<ProcedureView?> ReadAsync(string slug, string language, CancellationToken cancellationToken = default)
    {
        var item = await Items.AsNoTracking().FirstOrDefaultAsync(i => i.Slug == slug && i.Kind == ContentKind.Procedure, cancellationToken);
        if (item is null || ContentDesk.Read(item, language) is not { } published)
        {
            return null;
        }

        var steps = await StepsAsync(item.Id, cancellationToken);
        var (introduction, texts) = ProcedureSections.Split(item.In(published.Language)!.Body);
        var textLanguage = published.Language;
        if (texts.Count != steps.Count && published.Language != item.SourceLanguage)
        {
            // A translation whose sections do not match the steps: the steps' words in the source, not misplaced ones.
            (_, texts) = ProcedureSections.Split(item.Source!.Body);
            textLanguage = item.SourceLanguage;
        }

        var links = await LinksAsync(item.Id, steps, language, cancellationToken);
        var terms = await glossary.ForAsync(language, [introduction, .. texts.Select(t => t.Markdown)], cancellationToken);
        var introductionHtml = MarkdownText.ToHtml(introduction, terms);
        var numbers = steps.ToDictionary(s => s.Key, s => s.Position, StringComparer.Ordinal);
        var views = steps.Select(s =>
        {
            var text = texts.ElementAtOrDefault(s.Position - 1) ?? new StepText("", "");
            return new StepView(
                s.Position, s, text.Title, MarkdownText.ToHtml(text.Markdown, terms), textLanguage, [.. s.AfterList.Where(numbers.ContainsKey).Select(k => numbers[k])],
                [.. s.NeedsList.Select(d => links.Need(d))], [.. s.ProducesList.Select(d => links.Product(d))]);
        }).ToList();
        return new ProcedureView(published, introductionHtml, views, terms.Used);
    }

    /// <summary>The keys of the steps of <paramref name="itemId"/> the signed-in person has ticked off.</summary>
    public async Task<IReadOnlySet<string>> DoneAsync(Guid itemId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.GetUserId();
        var keys = await db.Set<StepDone>().AsNoTracking().Where(d => d.UserId == userId && d.ItemId == itemId).Select(d => d.StepKey).ToListAsync(cancellationToken);
        return keys.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Ticks a step of a published procedure off for the signed-in person, or unticks it; false when
    /// there is no such procedure or step. Ticking twice changes nothing.
    /// </summary>
    public async Task<bool> MarkAsync(string slug, string key, bool done, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var item = await Items.AsNoTracking().FirstOrDefaultAsync(i => i.Slug == slug && i.Kind == ContentKind.Procedure, cancellationToken);
        if (item is null || ContentDesk.ShownLanguage(item, item.SourceLanguage) is null || user.GetUserId() is not { } userId
            || !await db.Set<ProcedureStep>().AnyAsync(s => s.ItemId == item.Id && s.Key == key, cancellationToken))
        {
            return false;
        }

        var mark = await db.Set<StepDone>().FirstOrDefaultAsync(d => d.UserId == userId && d.ItemId == item.Id && d.StepKey == key, cancellationToken);
        if (done == mark is not null)
        {
            return true;
        }

        if (done)
        {
            db.Add(new StepDone { UserId = userId, ItemId = item.Id, StepKey = key, TenantId = item.TenantId, DoneAt = clock.GetUtcNow().UtcDateTime });
        }
        else
        {
            db.Remove(mark!);
        }

        db.Audit(new AuditRecord(done ? AuditAction.Create : AuditAction.Delete, nameof(StepDone), item.Id.ToString(), Details: key));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (done)
        {
            // The same tick from another tab at the same moment: it is there, which is what was asked.
            db.ChangeTracker.Clear();
        }

        return true;
    }

    /// <summary>The published procedures the signed-in person has ticked steps off in, most recent first, titled in <paramref name="language"/> or the fallback.</summary>
    public async Task<IReadOnlyList<ProcedureProgress>> MineAsync(ClaimsPrincipal user, string language, CancellationToken cancellationToken = default)
    {
        var userId = user.GetUserId();
        var tenant = scope.Current.TenantId;
        var marks = await db.Set<StepDone>().AsNoTracking().Where(d => d.UserId == userId && d.TenantId == tenant).ToListAsync(cancellationToken);
        var ids = marks.Select(m => m.ItemId).Distinct().ToList();
        var items = await Items.AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken);
        var steps = await db.Set<ProcedureStep>().AsNoTracking().Where(s => ids.Contains(s.ItemId)).ToListAsync(cancellationToken);
        return
        [
            .. items.Select(i => (Item: i, Read: ContentDesk.Read(i, language))).Where(p => p.Read is not null).Select(p =>
            {
                var keys = steps.Where(s => s.ItemId == p.Item.Id).OrderBy(s => s.Position).Select(s => s.Key).ToList();
                var done = marks.Where(m => m.ItemId == p.Item.Id && keys.Contains(m.StepKey)).ToList();
                return new ProcedureProgress(
                    new ItemLink(p.Item.Slug, p.Read!.Title, p.Read.Language, true), done.Count, keys.Count,
                    [.. keys.Where(k => done.Any(d => d.StepKey == k))], marks.Where(m => m.ItemId == p.Item.Id).Max(m => m.DoneAt));
            }).OrderByDescending(p => p.LastDoneAt),
        ];
    }

    private async Task<Links> LinksAsync(Guid itemId, IReadOnlyList<ProcedureStep> steps, string language, CancellationToken cancellationToken)
    {
        var named = steps.SelectMany(s => s.NeedsList.Concat(s.ProducesList)).Distinct(StringComparer.Ordinal).ToList();
        if (named.Count == 0)
        {
            return new Links(new Dictionary<string, ItemLink>(StringComparer.Ordinal), new Dictionary<string, IReadOnlyList<ItemLink>>(StringComparer.Ordinal), new Dictionary<string, IReadOnlyList<ItemLink>>(StringComparer.Ordinal));
        }

        var documents = await Items.AsNoTracking().Where(i => i.Kind == ContentKind.Document && named.Contains(i.Slug)).ToListAsync(cancellationToken);
        // Other procedures' steps that produce or need one of these documents (a few hundred procedures at most).
        var tenant = scope.Current.TenantId;
        var others = await db.Set<ProcedureStep>().AsNoTracking().Where(s => s.TenantId == tenant && s.ItemId != itemId).ToListAsync(cancellationToken);
        others = [.. others.Where(s => s.NeedsList.Concat(s.ProducesList).Any(named.Contains))];
        var ids = others.Select(s => s.ItemId).Distinct().ToList();
        var procedures = await Items.AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken);
        var titled = procedures.Select(p => (p, Read: ContentDesk.Read(p, language))).Where(p => p.Read is not null).ToList();
        return new Links(
            documents.Select(d => Link(d, language)).ToDictionary(l => l.Slug, StringComparer.Ordinal),
            named.ToDictionary(d => d, d => Procedures(titled, others.Where(s => s.ProducesList.Contains(d, StringComparer.Ordinal))), StringComparer.Ordinal),
            named.ToDictionary(d => d, d => Procedures(titled, others.Where(s => s.NeedsList.Contains(d, StringComparer.Ordinal))), StringComparer.Ordinal));
    }

    private static IReadOnlyList<ItemLink> Procedures(List<(ContentItem Item, PublishedContent? Read)> titled, IEnumerable<ProcedureStep> steps)
    {
        var ids = steps.Select(s => s.ItemId).ToHashSet();
        return [.. titled.Where(t => ids.Contains(t.Item.Id)).Select(t => new ItemLink(t.Item.Slug, t.Read!.Title, t.Read.Language, true)).OrderBy(l => l.Title, StringComparer.CurrentCulture)];
    }

    private static ItemLink Link(ContentItem item, string language) =>
        ContentDesk.Read(item, language) is { } read
            ? new ItemLink(item.Slug, read.Title, read.Language, true)
            : new ItemLink(item.Slug, item.Slug, "", false); // not public yet: its address, not its draft title

    // Space at either end, so that a document is found by " slug " and never by a part of another's address.

    private sealed record Links(
        IReadOnlyDictionary<string, ItemLink> Documents, IReadOnlyDictionary<string, IReadOnlyList<ItemLink>> ProducedBy, IReadOnlyDictionary<string, IReadOnlyList<ItemLink>> NeededBy)
    {
        public DocumentLink Need(string slug) => new(Document(slug), ProducedBy.GetValueOrDefault(slug) ?? []);

        public DocumentLink Product(string slug) => new(Document(slug), NeededBy.GetValueOrDefault(slug) ?? []);

        private ItemLink Document(string slug) => Documents.GetValueOrDefault(slug) ?? new ItemLink(slug, slug, "", false);
    }
}
