using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Caching;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Portal.Glossary;
using Pathway.Portal.Search;

namespace Pathway.Portal.Content;

/// <summary>One item in the editors' and translators' list, with the state of every language.</summary>
public sealed record ContentSummary(
    Guid Id, ContentKind Kind, string Slug, string SourceLanguage, string Title, string OwnerName,
    DateTime LastCheckedAt, bool NeedsChecking, IReadOnlyDictionary<string, TranslationState> States, int Version);

/// <summary>
/// An item as a reader sees it in <see cref="RequestedLanguage"/>: in that language when its
/// translation is published, else in the fallback language (<see cref="IsFallback"/>), never empty.
/// </summary>
public sealed record PublishedContent(
    Guid Id, ContentKind Kind, string Slug, string Language, string RequestedLanguage, string Title, string? Html,
    DateTime LastCheckedAt, string LastCheckedBy, bool IsFallback, IReadOnlyList<GlossaryTerm>? Terms = null);

/// <summary>What became of an editor's or translator's change.</summary>
public abstract record ContentOutcome
{
    /// <summary>The English message (the key of its translation) that tells the person why nothing was written; null when it was.</summary>
    public virtual string? Message => null;

    /// <summary>What the message names in its placeholders.</summary>
    public virtual object[] Arguments => [];

    public sealed record Done(ContentItem Item) : ContentOutcome;

    public sealed record NotFound : ContentOutcome;

    /// <summary>The item changed since the editor read it (version <paramref name="Current"/>): nothing was written.</summary>
    public sealed record Stale(int Current) : ContentOutcome
    {
        public override string? Message => "Someone changed this item since you opened it. Nothing was saved; open it again to see the change.";
    }

    /// <summary>Refused for a field's value, with the English message (the key of its translation) and what it names, if anything.</summary>
    public sealed record Refused(string Field, string Reason, string? Argument = null) : ContentOutcome
    {
        public override string? Message => Reason;

        public override object[] Arguments => Argument is null ? [] : [Argument];
    }

    /// <summary>Refused because of where the item stands (publishing a stale translation), with the English message.</summary>
    public sealed record Conflict(string Reason) : ContentOutcome
    {
        public override string? Message => Reason;
    }
}

/// <summary>
/// The portal's content and its translation workflow: editors create items in a source language,
/// keep them current and publish; translators save translations as drafts or for review; readers
/// get the published text in their language or the fallback. Every change is audited.
/// </summary>
public sealed class ContentDesk(PathwayDbContext db, ITenantScopeAccessor scope, TimeProvider clock, PublicPageCache pages, SearchIndex search, GlossaryTerms glossary)
{
    /// <summary>The language a reader gets when their own is not published yet, before the source language.</summary>
    public const string FallbackLanguage = "en";

    public static IReadOnlyList<string> Languages { get; } = [.. SupportedCultures.All.Select(l => l.Code)];

    private IQueryable<ContentItem> Items => db.Set<ContentItem>().Include(i => i.Texts).Where(i => i.TenantId == scope.Current.TenantId);

    public async Task<IReadOnlyList<ContentSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var items = await Items.AsNoTracking().ToListAsync(cancellationToken);
        return [.. items.OrderBy(i => i.Kind).ThenBy(i => i.Slug, StringComparer.Ordinal).Select(i => Summary(i, now))];
    }

    public async Task<ContentItem?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    public ContentSummary Summary(ContentItem item, DateTime now) => new(
        item.Id, item.Kind, item.Slug, item.SourceLanguage, item.Source?.Title ?? "", item.OwnerName, item.LastCheckedAt, item.NeedsChecking(now),
        Languages.ToDictionary(l => l, l => TranslationStates.Of(item, l), StringComparer.Ordinal), item.Version);

    public async Task<ContentOutcome> CreateAsync(ContentDraft draft, ClaimsPrincipal by, CancellationToken cancellationToken = default)
    {
        if (by.GetOrganisationId() is not { } organisation)
        {
            return new ContentOutcome.Refused("organisation", "Only the staff of an office unit or a partner organisation publish content.");
        }

        var tenantId = scope.Current.TenantId;
        if (await db.Set<ContentItem>().AnyAsync(i => i.TenantId == tenantId && i.Slug == draft.Slug, cancellationToken))
        {
            return new ContentOutcome.Refused("slug", "Another item has this address already.");
        }

        if (await UnknownTermAsync(draft.Body, cancellationToken) is { } unknown)
        {
            return unknown;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var (id, name) = Who(by);
        var item = new ContentItem
        {
            TenantId = tenantId, OrganisationId = organisation, Kind = draft.Kind, Slug = draft.Slug, SourceLanguage = draft.SourceLanguage,
            OwnerId = id, OwnerName = name, CreatedAt = now, LastCheckedAt = now, LastCheckedBy = name,
            IndexedVersion = 1, // nothing is published yet: nothing to find
        };
        item.Texts.Add(new ContentText { ItemId = item.Id, Language = draft.SourceLanguage, Title = draft.Title, Body = draft.Body, State = TranslationState.Draft, UpdatedAt = now, UpdatedBy = name });
        db.Add(item);
        db.Audit(new AuditRecord(AuditAction.Create, nameof(ContentItem), item.Id.ToString(), Details: item.Slug));
        await db.SaveChangesAsync(cancellationToken);
        return new ContentOutcome.Done(item);
    }

    /// <summary>Changes the source text. Its translations become stale: each was made from the old text.</summary>
    public async Task<ContentOutcome> SaveSourceAsync(Guid id, int version, string title, string body, ClaimsPrincipal by, CancellationToken cancellationToken = default) =>
        await UnknownTermAsync(body, cancellationToken) ?? await ChangeAsync(id, version, by, "source", (item, now, name) =>
        {
            var source = item.Source!;
            source.Title = title;
            source.Body = body;
            source.UpdatedAt = now;
            source.UpdatedBy = name;
            item.LastCheckedAt = now;
            item.LastCheckedBy = name;
            return null;
        }, cancellationToken);

    /// <summary>A translator's text for one language, saved as a draft or sent for review, made from the source as it is now.</summary>
    public async Task<ContentOutcome> SaveTranslationAsync(Guid id, string language, int version, string title, string body, TranslationState state, ClaimsPrincipal by, CancellationToken cancellationToken = default) =>
        await UnknownTermAsync(body, cancellationToken) ?? await ChangeAsync(id, version, by, "translation:" + language, (item, now, name) =>
        {
            if (language == item.SourceLanguage)
            {
                return new ContentOutcome.Refused("language", "This is the source language: the editors change the source text.");
            }

            WriteTranslation(item, language, title, body, state, now, name);
            return null;
        }, cancellationToken, mayEditAnyOrganisation: true);

    /// <summary>A refusal naming the first glossary mention of <paramref name="body"/> that names no term; null when every mention does.</summary>
    internal async Task<ContentOutcome?> UnknownTermAsync(string body, CancellationToken cancellationToken) =>
        await glossary.UnknownAsync(body, cancellationToken) is { } slug
            ? new ContentOutcome.Refused("body", "The glossary has no term \"{0}\": add it as a glossary term first, or correct the mention.", slug)
            : null;

    /// <summary>Writes a translation made from the source as it is now, adding the language's text when it has none.</summary>
    internal ContentText WriteTranslation(ContentItem item, string language, string title, string body, TranslationState state, DateTime now, string name)
    {
        var text = item.In(language);
        if (text is null)
        {
            text = new ContentText { ItemId = item.Id, Language = language };
            item.Texts.Add(text);
            db.Add(text);
        }

        text.Title = title;
        text.Body = body;
        text.State = state;
        text.SourceHash = SourceHashes.Of(item.Source!);
        text.UpdatedAt = now;
        text.UpdatedBy = name;
        return text;
    }

    /// <summary>
    /// Publishes one language. The source first; a translation then, when a person has reviewed it
    /// (not a machine draft) and it was made from the source as it is now.
    /// </summary>
    public Task<ContentOutcome> PublishAsync(Guid id, string language, int version, ClaimsPrincipal by, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, by, "publish:" + language, (item, now, name) =>
        {
            var state = TranslationStates.Of(item, language);
            ContentOutcome.Conflict? refusal = state switch
            {
                TranslationState.Missing => new("There is no text in this language to publish."),
                TranslationState.Published => new("This language is published already."),
                TranslationState.MachineDraft => new("A machine draft is published only after a translator has gone through it."),
                TranslationState.Stale => new("The source changed after this translation was made: it needs updating before it is published."),
                _ when language != item.SourceLanguage && TranslationStates.Of(item, item.SourceLanguage) != TranslationState.Published =>
                    new("Publish the source text first."),
                _ => null,
            };
            if (refusal is not null)
            {
                return refusal;
            }

            var text = item.In(language)!;
            text.State = TranslationState.Published;
            text.UpdatedAt = now;
            text.UpdatedBy = name;
            return null;
        }, cancellationToken);

    /// <summary>The owner or an editor confirms the item is still right: "last checked on … by …".</summary>
    public Task<ContentOutcome> MarkCheckedAsync(Guid id, int version, ClaimsPrincipal by, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, by, "checked", (item, now, name) =>
        {
            item.LastCheckedAt = now;
            item.LastCheckedBy = name;
            return null;
        }, cancellationToken);

    /// <summary>The published items of the tenant, each titled in the reader's language or the fallback (no body: <see cref="PublishedContent.Html"/> is null).</summary>
    public async Task<IReadOnlyList<PublishedContent>> PublishedAsync(string language, CancellationToken cancellationToken = default)
    {
        var items = await Items.AsNoTracking().ToListAsync(cancellationToken);
        return [.. items.Select(i => Read(i, language)).OfType<PublishedContent>().OrderBy(p => p.Kind).ThenBy(p => p.Title, StringComparer.CurrentCulture)];
    }

    public Task<PublishedContent?> PublishedAsync(string slug, string language, CancellationToken cancellationToken = default) =>
        PublishedAsync(slug, language, static _ => true, cancellationToken);

    /// <summary>
    /// A published item, its body put into HTML (with the glossary's terms) only where
    /// <paramref name="rendered"/> says so for its kind: a caller that only asks what the item is, or
    /// renders its sections itself (a procedure's steps), saves the rendering and the terms' query.
    /// </summary>
    public async Task<PublishedContent?> PublishedAsync(string slug, string language, Func<ContentKind, bool> rendered, CancellationToken cancellationToken = default)
    {
        var item = await Items.AsNoTracking().FirstOrDefaultAsync(i => i.Slug == slug, cancellationToken);
        if (item is null || ShownLanguage(item, language) is not { } shown)
        {
            return null;
        }

        return rendered(item.Kind) ? Read(item, language, await glossary.ForAsync(language, [item.In(shown)!.Body], cancellationToken)) : Read(item, language);
    }

    /// <summary>The published words of an item as a reader of <paramref name="language"/> gets them (the fallback's when it is not translated), as Markdown: what read-aloud speaks.</summary>
    public async Task<(string Language, string Title, string Body)?> PublishedWordsAsync(string slug, string language, CancellationToken cancellationToken = default)
    {
        var item = await Items.AsNoTracking().FirstOrDefaultAsync(i => i.Slug == slug, cancellationToken);
        if (item is null || ShownLanguage(item, language) is not { } shown)
        {
            return null;
        }

        var text = item.In(shown)!;
        return (shown, text.Title, text.Body);
    }

    /// <summary>The reader's language when published; else English, else the source; null while the source is unpublished.</summary>
    internal static string? ShownLanguage(ContentItem item, string language) =>
        TranslationStates.Of(item, item.SourceLanguage) != TranslationState.Published
            ? null
            : new[] { language, FallbackLanguage, item.SourceLanguage }.First(l => TranslationStates.Of(item, l) == TranslationState.Published);

    /// <summary>The item as a reader of <paramref name="language"/> sees it, without its body (a list shows titles).</summary>
    internal static PublishedContent? Read(ContentItem item, string language) => Read(item, language, null);

    /// <summary>The item as a reader of <paramref name="language"/> sees it, with its body as HTML when <paramref name="terms"/> are given (the glossary it may mention).</summary>
    internal static PublishedContent? Read(ContentItem item, string language, TermsShown? terms)
    {
        if (ShownLanguage(item, language) is not { } shown)
        {
            return null;
        }

        var text = item.In(shown)!;
        var html = terms is null ? null : MarkdownText.ToHtml(text.Body, terms, spots: item.Kind == ContentKind.Document);
        return new PublishedContent(item.Id, item.Kind, item.Slug, shown, language, text.Title, html,
            item.LastCheckedAt, item.LastCheckedBy, !string.Equals(shown, language, StringComparison.Ordinal), terms?.Used);
    }

    internal async Task<ContentOutcome> ChangeAsync(
        Guid id, int version, ClaimsPrincipal by, string what, Func<ContentItem, DateTime, string, ContentOutcome?> change,
        CancellationToken cancellationToken, bool mayEditAnyOrganisation = false)
    {
        var item = await Items.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        // Editors change their own organisation's items (an office's editors every office unit's);
        // translators translate whatever the tenant publishes.
        if (item is null || (!mayEditAnyOrganisation && !scope.Current.AllOrganisations && !scope.Current.OrganisationIds.Contains(item.OrganisationId)))
        {
            return new ContentOutcome.NotFound();
        }

        if (item.Version != version)
        {
            return new ContentOutcome.Stale(item.Version);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (change(item, now, Who(by).Name) is { } refusal)
        {
            return refusal;
        }

        item.Version++;
        await search.RefreshAsync(item, cancellationToken);
        db.Audit(new AuditRecord(AuditAction.Update, nameof(ContentItem), item.Id.ToString(), Details: what));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            // Another change won (on another node, its search rows may collide with these first).
            db.ChangeTracker.Clear();
            var current = await db.Set<ContentItem>().AsNoTracking().Where(i => i.Id == id).Select(i => i.Version).FirstAsync(cancellationToken);
            if (e is not DbUpdateConcurrencyException && current == version)
            {
                throw;
            }

            return new ContentOutcome.Stale(current);
        }

        // Readers' cached pages show the change at once (other nodes: PortalChangeWatcher).
        await pages.EvictAsync(PublicPages.PortalTag, cancellationToken);
        return new ContentOutcome.Done(item);
    }

    private static (Guid Id, string Name) Who(ClaimsPrincipal by) =>
        (by.GetUserId() ?? Guid.Empty, by.Identity?.Name ?? by.GetUserId()?.ToString() ?? "");
}

/// <summary>A new item as an editor fills it in, already checked (<see cref="ContentRequests"/>).</summary>
public sealed record ContentDraft(ContentKind Kind, string Slug, string SourceLanguage, string Title, string Body);
